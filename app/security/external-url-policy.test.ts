import { describe, expect, it } from 'vitest';
import { buildAuthorizeUrl } from '../auth/authorize-url';
import { federationOrigin, resolveEndpoints } from '../aws/endpoints';
import { knownRegions, partitionOfRegion, partitions } from '../model/regions';
import { createExternalUrlPolicy, decideExternalUrl, describeUrlForLog } from './external-url-policy';

describe('decideExternalUrl', () => {
  const plain = createExternalUrlPolicy();
  const withEmulator = createExternalUrlPolicy({ awsEndpoint: 'http://127.0.0.1:4566' });

  it.each([
    ['https://d-1234567890.awsapps.com/start', true],
    ['https://ssoins-7223b2a8f35c.portal.us-east-1.app.aws/', true],
    ['https://device.sso.eu-west-1.amazonaws.com/?user_code=ABCD-EFGH', true],
    ['https://oidc.us-east-1.amazonaws.com/authorize?response_type=code', true],
    ['https://signin.aws.amazon.com/federation?Action=login&SigninToken=x', true],
    ['https://eu-west-1.signin.aws.amazon.com/federation', true],
    ['https://signin.amazonaws-us-gov.com/federation', true],
    ['https://signin.amazonaws.cn/federation', true],
    ['https://D-1234567890.AWSAPPS.COM/start', true],
    // Lookalikes and other schemes
    ['https://awsapps.com.evil.example/start', false],
    ['https://evilawsapps.com/start', false],
    ['https://example.com/', false],
    ['http://d-1234567890.awsapps.com/start', false],
    ['http://127.0.0.1:4566/device', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['smb://server/share', false],
    ['https://user:pass@d-1234567890.awsapps.com/start', false],
    ['not a url', false],
    ['', false],
  ])('without the emulator: %s → %s', (url, allowed) => {
    expect(decideExternalUrl(url, plain).allowed).toBe(allowed);
  });

  it.each([
    ['http://127.0.0.1:4566/device?user_code=ABCD', true],
    ['http://127.0.0.1:4567/device', false],
    ['http://localhost:4566/device', false],
    ['https://d-1234567890.awsapps.com/start', true],
    ['https://example.com/', false],
  ])('with the emulator at 127.0.0.1:4566: %s → %s', (url, allowed) => {
    expect(decideExternalUrl(url, withEmulator).allowed).toBe(allowed);
  });

  it('refuses plain http to a non-loopback endpoint even when it is configured', () => {
    const remote = createExternalUrlPolicy({ awsEndpoint: 'http://10.0.0.5:4566' });
    expect(decideExternalUrl('http://10.0.0.5:4566/device', remote)).toMatchObject({ allowed: false });
  });

  it('refuses values that are not strings', () => {
    expect(decideExternalUrl(42, plain).allowed).toBe(false);
    expect(decideExternalUrl({ href: 'https://awsapps.com' }, plain).allowed).toBe(false);
  });
});

// Finding 8: the allow-list was domain suffixes, so amazonaws.com also admitted S3 buckets, API
// Gateway stages and EC2 host names that anyone can fill with a page of their own.
describe('decideExternalUrl: AWS hosts by name, per partition', () => {
  const plain = createExternalUrlPolicy();

  it.each([
    // OIDC (the /authorize page), device verification and the portal API, each partition
    'https://oidc.eu-west-1.amazonaws.com/authorize?response_type=code',
    'https://oidc.us-gov-west-1.amazonaws.com/authorize',
    'https://oidc.cn-northwest-1.amazonaws.com.cn/authorize',
    'https://device.sso.us-east-1.amazonaws.com/?user_code=ABCD-EFGH',
    'https://device.sso.us-gov-east-1.amazonaws.com/',
    'https://device.sso.cn-north-1.amazonaws.com.cn/',
    'https://portal.sso.ap-southeast-2.amazonaws.com/',
    'https://portal.sso.cn-north-1.amazonaws.com.cn/',
    // Access portals, in every form app/model/start-url.ts accepts
    'https://d-1234567890.awsapps.com/start',
    'https://my-company.awsapps.com/start/#/',
    'https://start.us-gov-home.awsapps.com/directory/d-1234567890',
    'https://start.us-gov-west-1.us-gov-home.awsapps.com/directory/my-alias',
    'https://my-company.awsapps.cn/start',
    'https://start.home.awsapps.cn/directory/d-1234567890',
    'https://start.cn-north-1.home.awsapps.cn/directory/d-1234567890',
    'https://ssoins-7223b2a8f35c.portal.eu-central-1.app.aws/',
    'https://ssoins-7223b2a8f35c.portal.us-gov-west-1.app.aws/',
    // Sign-in and console, with their regional forms
    'https://signin.aws.amazon.com/oauth?Action=logout',
    'https://us-east-1.signin.aws.amazon.com/oauth?Action=logout',
    'https://console.aws.amazon.com/',
    'https://eu-west-1.console.aws.amazon.com/console/home?region=eu-west-1',
    'https://signin.amazonaws-us-gov.com/federation',
    'https://us-gov-east-1.signin.amazonaws-us-gov.com/federation',
    'https://console.amazonaws-us-gov.com/console/home?region=us-gov-west-1',
    'https://us-gov-west-1.console.amazonaws-us-gov.com/',
    'https://signin.amazonaws.cn/federation',
    'https://console.amazonaws.cn/',
    'https://cn-north-1.console.amazonaws.cn/',
    // Console pages link to AWS's documentation.
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/',
  ])('allows %s', (url) => expect(decideExternalUrl(url, plain)).toMatchObject({ allowed: true }));

  it.each([
    // Hosts on AWS domains whose content is anyone's
    'https://attacker-bucket.s3.amazonaws.com/index.html',
    'https://attacker-bucket.s3.us-east-1.amazonaws.com/index.html',
    'https://s3.amazonaws.com/attacker-bucket/index.html',
    'https://attacker-bucket.s3-website-us-east-1.amazonaws.com/',
    'https://attacker-bucket.s3.cn-north-1.amazonaws.com.cn/',
    'https://abc123.execute-api.us-east-1.amazonaws.com/prod/login',
    'https://abc123.execute-api.cn-north-1.amazonaws.com.cn/prod',
    'https://ec2-203-0-113-5.compute-1.amazonaws.com/',
    'https://ec2-203-0-113-5.eu-west-1.compute.amazonaws.com/',
    'https://my-lb-123.us-east-1.elb.amazonaws.com/',
    'https://amazonaws.com/',
    'https://awsapps.com/start',
    'https://aws.amazon.com/',
    'https://docs.aws.amazon.com.evil.example/',
    // Region tokens that are no region, or the wrong partition's
    'https://oidc.moon-east-1.amazonaws.com/authorize',
    'https://oidc.us-east-1.amazonaws.com.cn/authorize',
    'https://oidc.cn-north-1.amazonaws.com/authorize',
    'https://device.sso.us-east-1.amazonaws.com.cn/',
    'https://ssoins-7223b2a8f35c.portal.moon-east-1.app.aws/',
    'https://start.moon-east-1.us-gov-home.awsapps.com/directory/d-1234567890',
    'https://moon-east-1.signin.aws.amazon.com/federation',
    'https://us-gov-west-1.signin.aws.amazon.com/federation',
    'https://moon-east-1.console.aws.amazon.com/',
    'https://cn-north-1.signin.amazonaws.cn/federation',
    // Lookalikes: suffix appended, prefix added, dots replaced
    'https://oidc.us-east-1.amazonaws.com.evil.example/authorize',
    'https://evil.oidc.us-east-1.amazonaws.com/authorize',
    'https://oidc-us-east-1.amazonaws.com/authorize',
    'https://oidcXus-east-1.amazonaws.com/authorize',
    'https://signin.aws.amazon.com.evil.example/federation',
    'https://evil.signin.aws.amazon.com/federation',
    'https://evil.console.aws.amazon.com/',
    'https://d-1234567890.awsapps.com.evil.example/start',
    'https://evil.d-1234567890.awsapps.com/start',
    'https://d-1234567890-awsapps.com/start',
    // Userinfo, ports and plain http on a real host
    'https://user@oidc.us-east-1.amazonaws.com/authorize',
    'https://oidc.us-east-1.amazonaws.com@evil.example/authorize',
    'https://oidc.us-east-1.amazonaws.com:8443/authorize',
    'https://signin.aws.amazon.com:444/federation',
    'http://oidc.us-east-1.amazonaws.com/authorize',
    'http://signin.aws.amazon.com/federation',
  ])('refuses %s', (url) => expect(decideExternalUrl(url, plain)).toMatchObject({ allowed: false }));
});

// Finding 7: China regions could not sign in in the browser, because the policy refused the
// amazonaws.com.cn hosts that app/aws/endpoints.ts builds for them.
describe('decideExternalUrl: every page the app itself sends to the browser', () => {
  const plain = createExternalUrlPolicy();
  const authorize = (oidcEndpoint: string) =>
    buildAuthorizeUrl({ oidcEndpoint, clientId: 'client', redirectUri: 'http://127.0.0.1:49152/oauth/callback', state: 'state', codeChallenge: 'challenge', scopes: ['sso:account:access'] });

  it.each(knownRegions.map((region) => [region]))('the /authorize page of the OIDC endpoint in %s', (region) => {
    const partition = partitionOfRegion(region)!;
    expect(decideExternalUrl(authorize(resolveEndpoints(region, partition).oidc), plain)).toMatchObject({ allowed: true });
  });

  it.each(partitions.map((partition) => [partition]))('the console federation login of %s', (partition) => {
    expect(decideExternalUrl(`${federationOrigin(partition)}/federation?Action=login&SigninToken=x`, plain)).toMatchObject({ allowed: true });
  });

  it.each([
    ['https://oidc.cn-north-1.amazonaws.com.cn/authorize?response_type=code'],
    ['https://oidc.cn-northwest-1.amazonaws.com.cn/authorize?response_type=code'],
    ['https://device.sso.cn-north-1.amazonaws.com.cn/?user_code=ABCD-EFGH'],
  ])('China: %s', (url) => expect(decideExternalUrl(url, plain)).toMatchObject({ allowed: true }));
});

describe('describeUrlForLog', () => {
  it('keeps only the origin, never the query that carries tokens', () => {
    const text = describeUrlForLog('https://signin.aws.amazon.com/federation?SigninToken=very-secret');
    expect(text).toBe('https://signin.aws.amazon.com');
  });

  it.each([['javascript:alert(1)'], ['not a url'], [undefined]])('does not echo %s', (url) => {
    expect(describeUrlForLog(url)).not.toContain('alert');
  });
});
