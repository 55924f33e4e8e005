// The admin API over HTTP (/_emulator/...) and the settings it steers: latency, auto-approve,
// lifetimes, faults scoped to operations.
import { CreateTokenCommand, RegisterClientCommand, StartDeviceAuthorizationCommand, AccessDeniedException } from '@aws-sdk/client-sso-oidc';
import { GetRoleCredentialsCommand, ListAccountRolesCommand, ListAccountsCommand, UnauthorizedException } from '@aws-sdk/client-sso';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadOrganisation, startEmulator, type RunningEmulator } from './index';
import { SAMPLE_START_URL, SANDBOX_START_URL, deviceSignIn, oidcClient, portalClient } from './testing';

let emulator: RunningEmulator;
const admin = (path: string, init?: RequestInit) => fetch(`${emulator.endpoint}/_emulator/${path}`, init);
const json = async (response: Response) => ({ status: response.status, body: (await response.json()) as Record<string, unknown> });

beforeAll(async () => {
  emulator = await startEmulator({ org: loadOrganisation('e2e/fixtures/sample-org.json'), rateLimitPerSecond: 0, portalRateLimitPerSecond: 0, pollIntervalSeconds: 0 });
});
afterAll(() => emulator.close());
// Every test starts from the same settings and the start of the seed's fault sequence, so no test
// inherits a lifetime, a fault or a position in the sequence from the one before.
beforeEach(() => emulator.admin.updateSettings({ latencyMs: 0, faults: {}, autoApproveUser: null, lifetimes: { accessTokenSeconds: 3600 }, seed: 1 }));

async function startDevice(startUrl = SAMPLE_START_URL) {
  const oidc = oidcClient(emulator.endpoint);
  const registration = await oidc.send(new RegisterClientCommand({ clientName: 'admin-test', clientType: 'public', scopes: ['sso:account:access'] }));
  const device = await oidc.send(new StartDeviceAuthorizationCommand({ clientId: registration.clientId, clientSecret: registration.clientSecret, startUrl }));
  const redeem = () => oidc.send(new CreateTokenCommand({ clientId: registration.clientId, clientSecret: registration.clientSecret, grantType: 'urn:ietf:params:oauth:grant-type:device_code', deviceCode: device.deviceCode }));
  return { userCode: device.userCode ?? '', redeem };
}

describe('settings over HTTP', () => {
  it('reads, patches and validates', async () => {
    expect((await json(await admin('settings'))).body).toMatchObject({ rateLimitPerSecond: 0, pollIntervalSeconds: 0, lifetimes: { accessTokenSeconds: 3600 }, seed: 1 });
    const patch = { lifetimes: { accessTokenSeconds: 120 }, faults: { errorRate: 0.5, operations: ['CreateToken'] }, seed: 42 };
    const patched = await json(await admin('settings', { method: 'PATCH', body: JSON.stringify(patch) }));
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ lifetimes: { accessTokenSeconds: 120, refreshTokenSeconds: 28800 }, faults: { errorRate: 0.5, operations: ['CreateToken'] }, seed: 42 });
    expect(emulator.admin.settings().lifetimes.accessTokenSeconds).toBe(120);
    // The sign-in below checks the patched lifetime, so it must not run under the 50 % CreateToken
    // fault: it would fail whenever all three SDK attempts drew a fault (0.5³, one run in eight).
    const cleared = await json(await admin('settings', { method: 'PATCH', body: JSON.stringify({ faults: {} }) }));
    expect(cleared.body).toMatchObject({ faults: {}, lifetimes: { accessTokenSeconds: 120 } });
    const { tokens } = await deviceSignIn(emulator);
    expect(tokens.expiresIn).toBe(120);

    const invalid = await json(await admin('settings', { method: 'PATCH', body: JSON.stringify({ faults: { operations: ['CreateTokens'] } }) }));
    expect(invalid.status).toBe(400);
    expect(invalid.body.message).toMatch(/faults\.operations\.0/);
    expect((await json(await admin('settings', { method: 'PATCH', body: JSON.stringify({ autoApproveUser: 'mallory' }) }))).status).toBe(400);
    for (const seed of [1.5, -1, 2 ** 32, '7']) {
      const refused = await json(await admin('settings', { method: 'PATCH', body: JSON.stringify({ seed }) }));
      expect(refused.status).toBe(400);
      expect(refused.body.message).toMatch(/seed/);
    }
    expect(() => emulator.admin.updateSettings({ latencyMs: -5 })).toThrow(/latencyMs/);
  });

  it('delays every call by latencyMs', async () => {
    await admin('settings', { method: 'PATCH', body: JSON.stringify({ latencyMs: 300 }) });
    const started = performance.now();
    await oidcClient(emulator.endpoint).send(new RegisterClientCommand({ clientName: 'slow', clientType: 'public' }));
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('delays portal calls by latencyMs too, and serves concurrent calls together, not one after another', async () => {
    const { tokens } = await deviceSignIn(emulator);
    emulator.admin.updateSettings({ latencyMs: 250 });
    const portal = portalClient(emulator.endpoint);
    const timed = async (call: () => Promise<unknown>) => {
      const started = performance.now();
      await call();
      return performance.now() - started;
    };
    expect(await timed(() => portal.send(new ListAccountsCommand({ accessToken: tokens.accessToken })))).toBeGreaterThanOrEqual(240);
    // 24 calls at 250 ms each would take 6 s one after another; together they take one delay.
    const accountIds = ['111111111111', '222222222222', '123456789012', '210987654321'];
    const started = performance.now();
    const each = await Promise.all(
      Array.from({ length: 24 }, (_, index) =>
        timed(() =>
          index % 2 === 0
            ? portal.send(new ListAccountRolesCommand({ accessToken: tokens.accessToken, accountId: accountIds[index % 4] }))
            : portal.send(new GetRoleCredentialsCommand({ accessToken: tokens.accessToken, accountId: '111111111111', roleName: 'ReadOnlyAccess' })),
        ),
      ),
    );
    const total = performance.now() - started;
    expect(Math.min(...each)).toBeGreaterThanOrEqual(240);
    expect(total).toBeLessThan(1_500); // about 300 ms here; serialised it would be 6,000
  });
});

describe('device codes over HTTP', () => {
  it('lists pending codes, approves as a user, denies, and explains refusals', async () => {
    const first = await startDevice();
    const second = await startDevice(SANDBOX_START_URL);
    const pending = (await (await admin('device-codes')).json()) as { userCode: string; startUrl: string }[];
    expect(pending).toEqual(expect.arrayContaining([{ userCode: first.userCode, startUrl: SAMPLE_START_URL }, { userCode: second.userCode, startUrl: SANDBOX_START_URL }]));

    const approve = (code: string, userName: string) => admin(`device-codes/${code}/approve`, { method: 'POST', body: JSON.stringify({ userName }) });
    expect((await json(await approve(first.userCode, 'mallory'))).status).toBe(400);
    expect((await json(await approve('AAAA-EEEE', 'alice'))).status).toBe(404); // vowels: never issued (ids.ts)
    expect((await approve(first.userCode, 'bob')).status).toBe(200);
    expect((await json(await approve(first.userCode, 'bob'))).body.message).toMatch(/already approved/);
    const tokens = await first.redeem();
    expect((await portalClient(emulator.endpoint).send(new ListAccountsCommand({ accessToken: tokens.accessToken }))).accountList).toHaveLength(6);

    expect((await admin(`device-codes/${second.userCode}/deny`, { method: 'POST' })).status).toBe(200);
    await expect(second.redeem()).rejects.toBeInstanceOf(AccessDeniedException);
  });

  it('auto-approves new device codes as the configured user', async () => {
    emulator.admin.updateSettings({ autoApproveUser: 'alice' });
    const { redeem } = await startDevice();
    await expect(redeem()).resolves.toMatchObject({ tokenType: 'Bearer' });
  });
});

describe('users and credentials over HTTP', () => {
  it('revokes a user and answers 404 for unknown users, credentials and routes', async () => {
    const { tokens } = await deviceSignIn(emulator, { userName: 'bob' });
    expect((await admin('users/bob/revoke', { method: 'POST' })).status).toBe(200);
    await expect(portalClient(emulator.endpoint).send(new ListAccountsCommand({ accessToken: tokens.accessToken }))).rejects.toBeInstanceOf(UnauthorizedException);
    expect((await admin('users/mallory/revoke', { method: 'POST' })).status).toBe(404);
    expect((await admin('credentials/ASIAUNKNOWNUNKNOWN12')).status).toBe(404);
    expect((await admin('accounts/nothing-here/roles/x/y')).status).toBe(404);
    expect((await admin('nothing-here')).status).toBe(404);
    expect((await json(await admin('instances'))).status).toBe(200);
  });
});

describe('issued credentials over HTTP', () => {
  it('tell who an access key id the emulator issued belongs to, and when it expires', async () => {
    const { tokens } = await deviceSignIn(emulator, { userName: 'bob' });
    const { roleCredentials } = await portalClient(emulator.endpoint).send(new GetRoleCredentialsCommand({ accessToken: tokens.accessToken, accountId: '111111111111', roleName: 'ReadOnlyAccess' }));
    const accessKeyId = roleCredentials?.accessKeyId ?? '';
    const response = await json(await admin(`credentials/${accessKeyId}`));
    expect(response).toEqual({
      status: 200,
      body: { accessKeyId, accountId: '111111111111', accountName: 'payments-prod', roleName: 'ReadOnlyAccess', userName: 'bob', startUrl: SAMPLE_START_URL, expiration: roleCredentials?.expiration },
    });
    expect(emulator.admin.issuedCredentials(accessKeyId)).toEqual(response.body);
  });
});
