// The console sign-in URLs: each partition's hosts, each destination, every field encoded so that
// it reads back as sent (a role name with + = , . @ -), the session length's bounds and the
// logout-first chain.
import { describe, expect, it } from 'vitest';
import { federationOrigin } from '../aws/endpoints';
import { consoleServices } from '../model/console-destinations';
import type { Partition } from '../model/regions';
import { consoleDestinationUrl, describeSeconds, getSigninTokenUrl, logOutFirstUrl, logoutOrigin, loginUrl, portalShortcutUrl, sessionLength } from './sign-in-urls';

const credentials = { accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 'se+cr/et=', sessionToken: 'tok&en=+/ with space', expiration: 0 };
const hardRole = 'Ops+Admin=1,team.lead@x-y';

describe('consoleDestinationUrl', () => {
  it.each<[Partition, string, string]>([
    ['aws', 'eu-west-1', 'https://eu-west-1.console.aws.amazon.com/console/home?region=eu-west-1'],
    ['aws-us-gov', 'us-gov-west-1', 'https://console.amazonaws-us-gov.com/console/home?region=us-gov-west-1'],
    ['aws-cn', 'cn-north-1', 'https://console.amazonaws.cn/console/home?region=cn-north-1'],
  ])('puts the console home of %s in %s', (partition, region, expected) => {
    expect(consoleDestinationUrl(partition, region)).toBe(expected);
    expect(consoleDestinationUrl(partition, region, 'home')).toBe(expected);
  });

  it.each(consoleServices.map((service) => [service.id, service.path] as const))('opens %s at its console path with the region', (id, path) => {
    expect(consoleDestinationUrl('aws', 'us-east-2', id)).toBe(`https://us-east-2.console.aws.amazon.com${path}?region=us-east-2`);
  });

  it('keeps a typed path with its query and fragment, and its own region', () => {
    expect(consoleDestinationUrl('aws', 'eu-west-1', '/ec2/home#Instances:sort=name')).toBe('https://eu-west-1.console.aws.amazon.com/ec2/home?region=eu-west-1#Instances:sort=name');
    expect(consoleDestinationUrl('aws', 'eu-west-1', 'lambda/home?region=us-west-2#/functions')).toBe('https://eu-west-1.console.aws.amazon.com/lambda/home?region=us-west-2#/functions');
  });

  it.each([
    ['//evil.example/x', /another host/],
    ['/\\evil.example', /another host/],
    ['https://evil.example/', /not a whole URL|another host/],
    ['javascript:alert(1)', /not a whole URL/],
    ['/ec2/../../x', /\. or \.\./],
    ['/ec2 home', /spaces/],
    ['/ec2\nhome', /control/],
    [`/${'a'.repeat(1_000)}`, /at most 1000/],
  ])('refuses %j with a reason', (path, reason) => {
    expect(() => consoleDestinationUrl('aws', 'eu-west-1', path)).toThrow(reason);
  });
});

describe('getSigninTokenUrl', () => {
  it('sends the three credential fields as JSON, encoded so they read back as sent, with SessionDuration', () => {
    const url = new URL(getSigninTokenUrl(federationOrigin('aws'), credentials, 3600));
    expect(url.origin + url.pathname).toBe('https://signin.aws.amazon.com/federation');
    expect(url.searchParams.get('Action')).toBe('getSigninToken');
    expect(url.searchParams.get('SessionDuration')).toBe('3600');
    expect(JSON.parse(url.searchParams.get('Session') ?? '')).toEqual({ sessionId: 'ASIAEXAMPLE', sessionKey: 'se+cr/et=', sessionToken: 'tok&en=+/ with space' });
    // `+` must be %2B: a form decoder would read a bare + as a space.
    expect(url.search).not.toMatch(/[^%]\+/);
  });

  it('leaves SessionDuration out when no length is chosen', () => {
    expect(new URL(getSigninTokenUrl(federationOrigin('aws-cn'), credentials)).searchParams.has('SessionDuration')).toBe(false);
  });

  it.each<[Partition, string]>([
    ['aws', 'https://signin.aws.amazon.com/federation'],
    ['aws-us-gov', 'https://signin.amazonaws-us-gov.com/federation'],
    ['aws-cn', 'https://signin.amazonaws.cn/federation'],
  ])('uses the %s federation endpoint', (partition, endpoint) => {
    const url = new URL(loginUrl(federationOrigin(partition), { issuer: 'https://x.awsapps.com/start', destination: 'https://console.example/', signinToken: 't' }));
    expect(url.origin + url.pathname).toBe(endpoint);
  });
});

describe('loginUrl', () => {
  it('carries Issuer, Destination and the token, each reading back as sent', () => {
    const destination = consoleDestinationUrl('aws', 'eu-west-1', `/iam/home#/roles/details/${hardRole}`);
    const url = new URL(loginUrl('http://127.0.0.1:4566', { issuer: 'https://d-1234567890.awsapps.com/start', destination, signinToken: 'a+b/c=' }));
    expect(url.origin).toBe('http://127.0.0.1:4566');
    expect(Object.fromEntries(url.searchParams)).toEqual({ Action: 'login', Issuer: 'https://d-1234567890.awsapps.com/start', Destination: destination, SigninToken: 'a+b/c=' });
    expect(url.search).not.toMatch(/[^%]\+/);
  });
});

describe('the access portal shortcut', () => {
  it('names account, role and destination in the portal fragment, a hard role name intact', () => {
    const destination = consoleDestinationUrl('aws', 'eu-west-1', 's3');
    const url = portalShortcutUrl('https://d-1234567890.awsapps.com/start/', '111111111111', hardRole, destination);
    expect(url.startsWith('https://d-1234567890.awsapps.com/start/#/console?')).toBe(true);
    const query = new URLSearchParams(url.slice(url.indexOf('?') + 1));
    expect(Object.fromEntries(query)).toEqual({ account_id: '111111111111', role_name: hardRole, destination });
    expect(url).toContain('role_name=Ops%2BAdmin%3D1%2Cteam.lead%40x-y');
  });
});

describe('log out first', () => {
  it.each<[Partition, string]>([
    ['aws', 'https://us-east-1.signin.aws.amazon.com'],
    ['aws-us-gov', 'https://signin.amazonaws-us-gov.com'],
    ['aws-cn', 'https://signin.amazonaws.cn'],
  ])('chains the %s logout before the login', (partition, origin) => {
    const login = loginUrl(federationOrigin(partition), { issuer: 'https://x/', destination: 'https://console/', signinToken: 't+k' });
    const chained = new URL(logOutFirstUrl(logoutOrigin(partition), login));
    expect(chained.origin).toBe(origin);
    expect(chained.pathname).toBe('/oauth');
    expect(chained.searchParams.get('Action')).toBe('logout');
    expect(chained.searchParams.get('redirect_uri')).toBe(login);
  });

  it("uses the emulator's origin with SSO_TRAY_AWS_ENDPOINT", () => {
    expect(logoutOrigin('aws', 'http://127.0.0.1:4566/')).toBe('http://127.0.0.1:4566');
  });
});

describe('sessionLength', () => {
  const now = 1_000_000;
  const hour = now + 3600_000;

  it('is none unless asked for or set; the click wins over the setting', () => {
    expect(sessionLength({ credentialsExpireAt: hour, now })).toEqual({ ok: true, seconds: undefined });
    expect(sessionLength({ configured: 1800, credentialsExpireAt: hour, now })).toEqual({ ok: true, seconds: 1800 });
    expect(sessionLength({ requested: 900, configured: 1800, credentialsExpireAt: hour, now })).toEqual({ ok: true, seconds: 900 });
  });

  it.each([900, 3600])('accepts %i s with credentials for an hour', (seconds) => {
    expect(sessionLength({ requested: seconds, credentialsExpireAt: hour, now })).toEqual({ ok: true, seconds });
  });

  it('accepts the 12-hour maximum when the credentials last that long', () => {
    expect(sessionLength({ requested: 43_200, credentialsExpireAt: now + 43_200_000, now })).toEqual({ ok: true, seconds: 43_200 });
  });

  it.each([899, 43_201, 1000.5])('refuses %s s: AWS takes 900 to 43,200', (seconds) => {
    const result = sessionLength({ requested: seconds, credentialsExpireAt: now + 86_400_000, now });
    expect(result).toEqual({ ok: false, message: `The console session length must be a whole number of seconds from 900 (15 minutes) to 43200 (12 hours); it is ${seconds}.` });
  });

  it('refuses a length the credentials would not last, saying how long they have', () => {
    expect(sessionLength({ requested: 3601, credentialsExpireAt: hour, now })).toEqual({ ok: false, message: 'The console session length (1 h) is longer than the role\'s credentials last (1 h left); choose 1 h or less.' });
    expect(sessionLength({ configured: 7200, credentialsExpireAt: now + 2700_000, now })).toEqual({ ok: false, message: "The console session length in the settings (2 h) is longer than the role's credentials last (45 min left); choose 45 min or less." });
  });

  it('describes lengths in hours and minutes', () => {
    expect([45, 900, 5400, 43_200].map(describeSeconds)).toEqual(['45 s', '15 min', '1 h 30 min', '12 h']);
  });
});
