// The portal listing under the trouble a real organisation brings: a 429 storm, 5xx bursts,
// dropped connections, an account that always fails, a session revoked or a token expiring
// mid-listing, and two instances listed at once. Real HTTP, the system clock (the limiter's pace is
// real time); the emulator's faults are seeded, so every run draws the same.
import { afterEach, describe, expect, it } from 'vitest';
import { generateOrganisation, startEmulator, type EmulatorOptions, type RunningEmulator } from '../../e2e/emulator';
import type { PortalSnapshot } from '../model/portal';
import { systemClock } from '../ports/clock';
import { InMemorySecretStore } from '../secrets/in-memory-secret-store';
import { CoreHarness } from '../testing/core-harness';

const startUrl = 'https://d-1234567890.awsapps.com/start';
const sandboxUrl = 'https://acme-sandbox.awsapps.com/start';
let emulator: RunningEmulator;
let harness: CoreHarness;

afterEach(async () => {
  await harness.dispose();
  await emulator.close();
});

async function start(accounts: number, options: Partial<EmulatorOptions> = {}, extra?: { sandboxAccounts: number }): Promise<void> {
  const main = generateOrganisation({ accounts, rolesPerAccount: 2, startUrl, region: 'eu-west-1', seed: 3 });
  const org = extra ? { instances: [...main.instances, ...generateOrganisation({ accounts: extra.sandboxAccounts, rolesPerAccount: 2, startUrl: sandboxUrl, region: 'us-east-1', seed: 4 }).instances] } : main;
  emulator = await startEmulator({ org, autoApproveUser: 'alice', rateLimitPerSecond: 0, portalRateLimitPerSecond: 0, log: () => undefined, seed: 11, ...options });
  harness = new CoreHarness({ clock: systemClock, endpoint: emulator.endpoint, secretStore: new InMemorySecretStore() });
  await harness.core.ready;
}

async function signIn(url = startUrl, region = 'eu-west-1'): Promise<string> {
  const instance = await harness.addInstance(url, region, 'device-code');
  await harness.call('sessions:sign-in', { instanceId: instance.id });
  await harness.waitForSession(instance.id, ['signed-in']);
  return instance.id;
}

/** Waits (real time) until the listing has stopped: finished, or stopped early with a reason. */
async function listingOver(instanceId: string, timeoutMs = 25_000): Promise<PortalSnapshot> {
  const deadline = Date.now() + timeoutMs;
  await new Promise((resolve) => setTimeout(resolve, 50));
  for (;;) {
    const snapshot = await harness.call('portal:get-snapshot', { instanceId });
    const { phase, refreshedAt, stoppedBecause } = snapshot.progress;
    if (phase === 'idle' && (refreshedAt !== undefined || stoppedBecause !== undefined)) return snapshot;
    if (Date.now() > deadline) throw new Error(`Listing still running: ${JSON.stringify(snapshot.progress)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const statuses = (snapshot: PortalSnapshot) => snapshot.accounts.map((account) => account.roles.status);
const portalCounts = (operation: string) => emulator.admin.counts()[operation] ?? { requests: 0, throttled: 0, faults: 0 };

describe('portal listing under trouble', () => {
  it('rides out a 429 storm: every account listed, the 429s bounded', async () => {
    // A quarter of IAM Identity Center's quota, as when another tool shares it.
    await start(24, { portalRateLimitPerSecond: 5 });
    const instanceId = await signIn();
    const snapshot = await listingOver(instanceId);
    expect(statuses(snapshot)).toEqual(Array(24).fill('loaded'));
    const throttled = portalCounts('ListAccountRoles').throttled + portalCounts('ListAccounts').throttled;
    expect(throttled).toBeGreaterThan(0);
    // The limiter cuts its pace at the first 429s of each burst instead of retrying blindly.
    expect(throttled).toBeLessThan(24);
  }, 40_000);

  it.each([
    ['5xx bursts', { errorRate: 0.3, operations: ['ListAccountRoles'] }],
    ['dropped connections', { dropRate: 0.2, operations: ['ListAccountRoles'] }],
  ] as const)('keeps a partial failure partial under %s, and the next refresh completes it', async (_name, faults) => {
    await start(40, { faults: { ...faults, operations: [...faults.operations] } });
    const instanceId = await signIn();
    const first = await listingOver(instanceId);
    expect(first.progress.refreshedAt).toBeDefined();
    expect(first.accounts).toHaveLength(40);
    // Every account is either listed or marked with what went wrong, never silently empty.
    for (const account of first.accounts) {
      expect(['loaded', 'failed']).toContain(account.roles.status);
      if (account.roles.status === 'failed') expect(account.roles.message).not.toBe('');
    }
    expect(statuses(first).filter((status) => status === 'loaded').length).toBeGreaterThan(30);

    emulator.admin.updateSettings({ faults: {} });
    await harness.call('portal:refresh', { instanceId });
    const second = await listingOver(instanceId);
    expect(statuses(second)).toEqual(Array(40).fill('loaded'));
  }, 40_000);

  it('marks an account that always fails, and completes the rest', async () => {
    await start(12);
    const broken = generateOrganisation({ accounts: 12, rolesPerAccount: 2, startUrl, region: 'eu-west-1', seed: 3 }).instances[0]!.accounts[5]!.accountId;
    emulator.admin.updateSettings({ faults: { failAccounts: [broken] } });
    const instanceId = await signIn();
    const snapshot = await listingOver(instanceId);
    expect(snapshot.progress.refreshedAt).toBeDefined();
    const failed = snapshot.accounts.filter((account) => account.roles.status === 'failed');
    expect(failed.map((account) => account.accountId)).toEqual([broken]);
    expect(failed[0]?.roles).toMatchObject({ status: 'failed', message: expect.stringMatching(/IAM Identity Center/) });
    expect(snapshot.accounts.filter((account) => account.roles.status === 'loaded')).toHaveLength(11);
  });

  it('stops cleanly when the session is revoked mid-listing: what was listed stays, one notice, no hammering', async () => {
    await start(80, { portalRateLimitPerSecond: 20 });
    const instanceId = await signIn();
    const deadline = Date.now() + 10_000;
    while ((await harness.call('portal:get-snapshot', { instanceId })).progress.accountsWithRoles < 10 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    emulator.admin.revokeUser('alice');
    const snapshot = await listingOver(instanceId);

    expect(snapshot.progress.stoppedBecause).toMatch(/Sign in again|session/i);
    const listed = snapshot.accounts.filter((account) => account.roles.status === 'loaded').length;
    expect(listed).toBeGreaterThanOrEqual(10);
    expect(listed).toBeLessThan(80);
    expect(await harness.session(instanceId)).toEqual({ kind: 'expired' });
    expect((await harness.call('notices:list')).filter((notice) => notice.kind === 'session-expired')).toHaveLength(1);
    const callsAtStop = portalCounts('ListAccountRoles').requests;
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(portalCounts('ListAccountRoles').requests).toBe(callsAtStop);
  }, 30_000);

  it('refreshes the session once when the access token runs out mid-listing, and goes on', async () => {
    // A 32 s token is fresh (here) for 2 s: the 60-account listing at 20/s outlasts it.
    await start(60, { portalRateLimitPerSecond: 20, lifetimes: { accessTokenSeconds: 32 } });
    const instanceId = await signIn();
    const signInTokens = portalCounts('CreateToken').requests;
    const snapshot = await listingOver(instanceId);
    expect(statuses(snapshot)).toEqual(Array(60).fill('loaded'));
    expect(portalCounts('CreateToken').requests - signInTokens).toBe(1);
  }, 30_000);

  it('lists two instances at once, each with its own limiter: a storm on one leaves the other untouched', async () => {
    await start(10, { portalRateLimitPerSecond: 20 }, { sandboxAccounts: 10 });
    const sandboxAccounts = generateOrganisation({ accounts: 10, rolesPerAccount: 2, startUrl: sandboxUrl, region: 'us-east-1', seed: 4 }).instances[0]!.accounts.map((account) => account.accountId);
    // Every role call of the sandbox answers 429: its limiter slows down and its list fails there.
    emulator.admin.updateSettings({ faults: { failAccounts: sandboxAccounts, failAccountsStatus: 429 } });
    const [main, sandbox] = await Promise.all([signIn(), signIn(sandboxUrl, 'us-east-1')]);
    const mainSnapshot = await listingOver(main);
    expect(statuses(mainSnapshot)).toEqual(Array(10).fill('loaded'));
    // The sandbox is still backing off from its 429s while the other instance has finished.
    const sandboxNow = await harness.call('portal:get-snapshot', { instanceId: sandbox });
    expect(sandboxNow.progress.phase).toBe('roles');
    expect(sandboxNow.progress.accountsWithRoles).toBeLessThan(10);
    // The window's one read as it opens: both lists, in the instances' order, as each is read alone.
    const instanceOrder = (await harness.call('instances:list')).map((instance) => instance.id);
    const all = await harness.call('portal:get-snapshots');
    expect(all.map((snapshot) => snapshot.instanceId)).toEqual(instanceOrder);
    expect(new Set(instanceOrder)).toEqual(new Set([main, sandbox]));
    expect(all.find((snapshot) => snapshot.instanceId === main)).toEqual(await harness.call('portal:get-snapshot', { instanceId: main }));
  }, 30_000);
});
