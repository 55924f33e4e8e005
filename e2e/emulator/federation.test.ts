// The console federation endpoint accepts exactly the credentials this emulator issued and still
// honours, and its login page names the account and role, escaped (docs/aws-wire.md §4).
import { GetRoleCredentialsCommand, type RoleCredentials } from '@aws-sdk/client-sso';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrganisation, startEmulator, type RunningEmulator } from './index';
import { escapeHtml } from './pages';
import { deviceSignIn, portalClient } from './testing';

const org = loadOrganisation('e2e/fixtures/sample-org.json');
const HOSTILE_ID = '423456789012';
const hostileName = org.instances[0]?.accounts.find((account) => account.accountId === HOSTILE_ID)?.accountName ?? '';

let emulator: RunningEmulator;
// A frozen clock moved only by the tests: expiry is decided on exact instants, not on elapsed time.
let nowMs = Date.UTC(2030, 0, 1, 8);
let accessToken = '';

beforeAll(async () => {
  emulator = await startEmulator({ org, now: () => nowMs, rateLimitPerSecond: 0, portalRateLimitPerSecond: 0 });
  accessToken = (await deviceSignIn(emulator)).tokens.accessToken ?? '';
});
afterAll(() => emulator.close());

async function credentialsFor(accountId: string, roleName: string): Promise<RoleCredentials> {
  const { roleCredentials } = await portalClient(emulator.endpoint).send(new GetRoleCredentialsCommand({ accessToken, accountId, roleName }));
  return roleCredentials ?? {};
}

function getSigninToken(credentials: RoleCredentials, extra: Record<string, string> = {}): Promise<Response> {
  const session = JSON.stringify({ sessionId: credentials.accessKeyId, sessionKey: credentials.secretAccessKey, sessionToken: credentials.sessionToken });
  return fetch(`${emulator.endpoint}/federation?${new URLSearchParams({ Action: 'getSigninToken', ...extra, Session: session })}`);
}

async function signinToken(credentials: RoleCredentials, extra: Record<string, string> = {}): Promise<string> {
  const response = await getSigninToken(credentials, extra);
  expect(response.status).toBe(200);
  const body = (await response.json()) as { SigninToken: string };
  return body.SigninToken;
}

const loginUrl = (token: string) =>
  `${emulator.endpoint}/federation?${new URLSearchParams({ Action: 'login', Issuer: 'https://sso-tray.example/', Destination: 'https://console.aws.amazon.com/', SigninToken: token })}`;

describe('getSigninToken', () => {
  it('accepts credentials from GetRoleCredentials', async () => {
    const token = await signinToken(await credentialsFor('111111111111', 'AdministratorAccess'), { SessionDuration: '43200' });
    expect(token.length).toBeGreaterThan(100);
  });

  it.each([
    ['made-up credentials', (c: RoleCredentials) => ({ ...c, accessKeyId: 'ASIAMADEUPMADEUP1234' }), /not issued by this emulator/],
    ['a wrong secret key', (c: RoleCredentials) => ({ ...c, secretAccessKey: 'x' }), /does not match/],
    ['a wrong session token', (c: RoleCredentials) => ({ ...c, sessionToken: 'x' }), /does not match/],
  ])('rejects %s with 400 and a clear message', async (_name, spoil, message) => {
    const response = await getSigninToken(spoil(await credentialsFor('111111111111', 'ReadOnlyAccess')));
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(message);
  });

  it.each(['899', '43201', 'abc'])('rejects SessionDuration=%s', async (duration) => {
    const response = await getSigninToken(await credentialsFor('111111111111', 'ReadOnlyAccess'), { SessionDuration: duration });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/SessionDuration must be an integer from 900 to 43200/);
  });

  it('rejects a missing or malformed Session', async () => {
    expect((await fetch(`${emulator.endpoint}/federation?Action=getSigninToken`)).status).toBe(400);
    expect((await fetch(`${emulator.endpoint}/federation?Action=getSigninToken&Session=%7Bnot-json`)).status).toBe(400);
  });

  it('rejects expired credentials', async () => {
    const credentials = await credentialsFor('111111111111', 'ReadOnlyAccess');
    nowMs += 3601_000;
    try {
      const response = await getSigninToken(credentials);
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/expired/);
    } finally {
      nowMs -= 3601_000;
    }
  });
});

describe('login', () => {
  it('names the account and role, once: sign-in tokens are single use', async () => {
    const token = await signinToken(await credentialsFor('222222222222', 'PowerUserAccess'));
    const page = await fetch(loginUrl(token));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<h1>Signed in to payments-staging (222222222222) as PowerUserAccess</h1>');
    expect(html).toContain('href="https://console.aws.amazon.com/"');
    const again = await fetch(loginUrl(token));
    expect(again.status).toBe(400);
    expect(await again.text()).toMatch(/already used/);
  });

  it('refuses tokens older than 15 minutes and made-up tokens', async () => {
    const token = await signinToken(await credentialsFor('111111111111', 'ReadOnlyAccess'));
    nowMs += 15 * 60_000;
    const late = await fetch(loginUrl(token));
    expect(late.status).toBe(400);
    expect(await late.text()).toMatch(/expired/);
    expect((await fetch(loginUrl('made-up'))).status).toBe(400);
  });

  it('escapes a hostile account name', async () => {
    expect(hostileName).toContain('<script>');
    const token = await signinToken(await credentialsFor(HOSTILE_ID, 'ReadOnlyAccess'));
    const html = await (await fetch(loginUrl(token))).text();
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain(`<h1>Signed in to ${escapeHtml(hostileName)} (${HOSTILE_ID}) as ReadOnlyAccess</h1>`);
  });
});

describe('console logout', () => {
  it('answers a page, or redirects to an http(s) redirect_uri', async () => {
    const page = await fetch(`${emulator.endpoint}/oauth?Action=logout`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Signed out');
    const chained = await fetch(`${emulator.endpoint}/oauth?Action=logout&redirect_uri=${encodeURIComponent(`${emulator.endpoint}/federation?Action=login`)}`, { redirect: 'manual' });
    expect(chained.status).toBe(302);
    expect(chained.headers.get('location')).toBe(`${emulator.endpoint}/federation?Action=login`);
    const scripted = await fetch(`${emulator.endpoint}/oauth?Action=logout&redirect_uri=javascript:alert(1)`, { redirect: 'manual' });
    expect(scripted.status).toBe(200);
  });
});
