// The token bucket on its own, then AWS-like throttling under a real burst from the SDK: the
// portal's collective quota per instance, and the per-operation buckets. Every clock the buckets
// see is frozen or moved by hand, so what is throttled never depends on the machine's speed.
import { GetRoleCredentialsCommand, ListAccountRolesCommand, ListAccountsCommand, LogoutCommand, TooManyRequestsException, UnauthorizedException } from '@aws-sdk/client-sso';
import { afterEach, describe, expect, it } from 'vitest';
import { loadOrganisation, startEmulator, type EmulatorOptions, type RunningEmulator } from './index';
import { RateLimiter, TokenBucket, portalQuotaKey } from './rate-limit';
import { SANDBOX_START_URL, deviceSignIn, portalClient, startSampleEmulator } from './testing';

describe('TokenBucket', () => {
  it('allows a burst of `capacity`, then refills at the rate', () => {
    const bucket = new TokenBucket(20, 20, 0);
    const burst = Array.from({ length: 25 }, () => bucket.tryTake(0));
    expect(burst.filter(Boolean)).toHaveLength(20);
    expect(bucket.tryTake(49)).toBe(false); // 0.98 of a token
    expect(bucket.tryTake(50)).toBe(true); // one token after 1/20 s
    expect(bucket.tryTake(50)).toBe(false);
    expect(Array.from({ length: 30 }, () => bucket.tryTake(10_000)).filter(Boolean)).toHaveLength(20); // never above capacity
  });

  it('ignores a clock that goes backwards', () => {
    const bucket = new TokenBucket(1, 1, 1000);
    expect(bucket.tryTake(1000)).toBe(true);
    expect(bucket.tryTake(0)).toBe(false);
    expect(bucket.tryTake(1999)).toBe(false);
    expect(bucket.tryTake(2000)).toBe(true);
  });
});

describe('RateLimiter', () => {
  it('keeps one bucket per operation and treats 0 as unlimited', () => {
    let now = 0;
    const limiter = new RateLimiter(() => now);
    expect([1, 2, 3].map(() => limiter.allow('A', 2))).toEqual([true, true, false]);
    expect(limiter.allow('B', 2)).toBe(true);
    expect(Array.from({ length: 100 }, () => limiter.allow('C', 0)).every(Boolean)).toBe(true);
    now = 500;
    expect(limiter.allow('A', 2)).toBe(true);
  });
});

describe('throttling under the default 20 requests/s', () => {
  it('answers all but one second’s worth of a 100-call burst with 429, and the admin counts agree (in process and over HTTP)', async () => {
    // The bucket's clock is frozen: on real time a slow machine would refill it mid-burst and
    // the split between throttled and answered calls would depend on its speed.
    const emulator = await startEmulator({ org: loadOrganisation('e2e/fixtures/sample-org.json'), rateLimitClock: () => 0 });
    try {
      const { tokens } = await deviceSignIn(emulator);
      emulator.admin.resetCounts();
      const client = portalClient(emulator.endpoint, { maxAttempts: 1 });
      const results = await Promise.allSettled(
        Array.from({ length: 100 }, () => client.send(new ListAccountRolesCommand({ accessToken: tokens.accessToken, accountId: '111111111111' }))),
      );
      const throttled = results.filter((result) => result.status === 'rejected' && result.reason instanceof TooManyRequestsException).length;
      const succeeded = results.filter((result) => result.status === 'fulfilled').length;
      expect(succeeded).toBe(20);
      expect(throttled).toBe(80);

      expect(emulator.admin.counts().ListAccountRoles).toEqual({ requests: 100, throttled, faults: 0 });
      const overHttp = (await (await fetch(`${emulator.endpoint}/_emulator/counts`)).json()) as Record<string, unknown>;
      expect(overHttp.ListAccountRoles).toEqual({ requests: 100, throttled, faults: 0 });

      await fetch(`${emulator.endpoint}/_emulator/counts/reset`, { method: 'POST' });
      expect(emulator.admin.counts().ListAccountRoles).toEqual({ requests: 0, throttled: 0, faults: 0 });
    } finally {
      await emulator.close();
    }
  });
});

describe('the collective portal quota (portalRateLimitPerSecond, default 20 per instance)', () => {
  const running: RunningEmulator[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((emulator) => emulator.close()));
  });
  let clockMs = 0;
  /** The sample organisation with the default portal quota on a clock the test moves; OIDC unthrottled. */
  async function emulatorWith(options: Partial<EmulatorOptions> = {}) {
    clockMs = 0;
    const emulator = await startSampleEmulator({ portalRateLimitPerSecond: undefined, autoApproveUser: undefined, rateLimitClock: () => clockMs, ...options });
    running.push(emulator);
    const { tokens } = await deviceSignIn(emulator);
    const accessToken = tokens.accessToken ?? '';
    const client = portalClient(emulator.endpoint, { maxAttempts: 1 });
    const outcome = (call: Promise<unknown>) =>
      call.then(
        () => 'ok',
        (error: unknown) => (error instanceof TooManyRequestsException ? 'throttled' : `failed: ${String(error)}`),
      );
    const listAccounts = (token = accessToken) => outcome(client.send(new ListAccountsCommand({ accessToken: token })));
    const listRoles = () => outcome(client.send(new ListAccountRolesCommand({ accessToken, accountId: '111111111111' })));
    const credentials = () => outcome(client.send(new GetRoleCredentialsCommand({ accessToken, accountId: '111111111111', roleName: 'ReadOnlyAccess' })));
    const logout = () => outcome(client.send(new LogoutCommand({ accessToken })));
    return { emulator, accessToken, client, listAccounts, listRoles, credentials, logout };
  }
  const tally = (outcomes: string[]) => outcomes.reduce<Record<string, number>>((counts, outcome) => ({ ...counts, [outcome]: (counts[outcome] ?? 0) + 1 }), {});

  it('is on by default: 20 per second, shared by ListAccounts, ListAccountRoles and GetRoleCredentials in one mixed burst', async () => {
    const emulator = await startEmulator({ org: loadOrganisation('e2e/fixtures/sample-org.json'), log: () => undefined });
    running.push(emulator);
    expect(emulator.admin.settings()).toMatchObject({ portalRateLimitPerSecond: 20, rateLimitPerSecond: 20 });

    const { emulator: frozen, listAccounts, listRoles, credentials } = await emulatorWith();
    const burst = await Promise.all(Array.from({ length: 60 }, (_, index) => [listAccounts, listRoles, credentials][index % 3]?.() ?? ''));
    expect(tally(burst)).toEqual({ ok: 20, throttled: 40 });
    const counts = frozen.admin.counts();
    const portalCounts = ['ListAccounts', 'ListAccountRoles', 'GetRoleCredentials'].map((operation) => counts[operation]);
    expect(portalCounts.map((entry) => entry?.requests)).toEqual([20, 20, 20]);
    expect(portalCounts.reduce((sum, entry) => sum + (entry?.throttled ?? 0), 0)).toBe(40);
  });

  it('throttles Logout too once the other operations have spent the quota, and refills at the rate on rateLimitClock', async () => {
    const { listAccounts, listRoles, credentials, logout } = await emulatorWith();
    const spent: string[] = [];
    for (let index = 0; index < 20; index++) spent.push(await listAccounts());
    expect(tally(spent)).toEqual({ ok: 20 });
    expect([await logout(), await listRoles(), await credentials()]).toEqual(['throttled', 'throttled', 'throttled']);
    clockMs = 49; // 0.98 of a token
    expect(await listRoles()).toBe('throttled');
    clockMs = 50; // one token after 1/20 s
    expect([await listRoles(), await listRoles()]).toEqual(['ok', 'throttled']);
    clockMs = 60_000; // never more than one second's worth
    const refilled: string[] = [];
    for (let index = 0; index < 25; index++) refilled.push(await credentials());
    expect(tally(refilled)).toEqual({ ok: 20, throttled: 5 });
    clockMs += 50;
    expect(await logout()).toBe('ok');
  });

  it('is one bucket per instance: a spent quota on one start URL leaves another instance’s whole', async () => {
    const { emulator, listAccounts } = await emulatorWith();
    const sandbox = (await deviceSignIn(emulator, { startUrl: SANDBOX_START_URL })).tokens.accessToken ?? '';
    await Promise.all(Array.from({ length: 25 }, () => listAccounts()));
    expect(await listAccounts()).toBe('throttled');
    expect(tally(await Promise.all(Array.from({ length: 25 }, () => listAccounts(sandbox))))).toEqual({ ok: 20, throttled: 5 });
  });

  it('charges tokens it never issued to one bucket of their own', async () => {
    const { client, listAccounts } = await emulatorWith();
    const garbage = await Promise.all(
      Array.from({ length: 21 }, () =>
        client.send(new ListAccountsCommand({ accessToken: 'not-a-token' })).then(
          () => 'ok',
          (error: unknown) => (error instanceof UnauthorizedException ? 'unauthorized' : error instanceof TooManyRequestsException ? 'throttled' : String(error)),
        ),
      ),
    );
    expect(tally(garbage)).toEqual({ unauthorized: 20, throttled: 1 });
    expect(await listAccounts()).toBe('ok');
    expect(portalQuotaKey(undefined)).toBe('portal (no session)');
  });

  it('replaces the per-operation buckets for the portal while on, and gives way to them when 0 (also over HTTP)', async () => {
    const { emulator, listAccounts, listRoles } = await emulatorWith({ rateLimitPerSecond: 1, portalRateLimitPerSecond: 30 });
    expect(tally(await Promise.all(Array.from({ length: 40 }, () => listAccounts())))).toEqual({ ok: 30, throttled: 10 });

    const patched = await fetch(`${emulator.endpoint}/_emulator/settings`, { method: 'PATCH', body: JSON.stringify({ portalRateLimitPerSecond: 0, rateLimitPerSecond: 2 }) });
    expect(await patched.json()).toMatchObject({ portalRateLimitPerSecond: 0, rateLimitPerSecond: 2 });
    expect([await listAccounts(), await listAccounts(), await listAccounts()]).toEqual(['ok', 'ok', 'throttled']);
    expect([await listRoles(), await listRoles(), await listRoles()]).toEqual(['ok', 'ok', 'throttled']); // a bucket per operation again

    emulator.admin.updateSettings({ portalRateLimitPerSecond: 3, rateLimitPerSecond: 0 }); // a new limit starts with a full bucket
    expect([await listRoles(), await listAccounts(), await listRoles(), await listAccounts()]).toEqual(['ok', 'ok', 'ok', 'throttled']);
    expect(() => emulator.admin.updateSettings({ portalRateLimitPerSecond: -1 })).toThrow(/portalRateLimitPerSecond/);
  });
});
