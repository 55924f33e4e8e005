// The portal listing against the emulator over real HTTP: complete pages (exactly 100 and 101
// accounts), roles for every account, an instant start from the cache, a cheap refresh that finds
// what changed, and an account that always fails while the rest completes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateOrganisation, startEmulator, type RunningEmulator } from '../../e2e/emulator';
import type { PortalSnapshot } from '../model/portal';
import { InMemorySecretStore } from '../secrets/in-memory-secret-store';
import { InMemorySettingsStore } from '../settings/in-memory-settings-store';
import { CoreHarness } from '../testing/core-harness';
import { systemClock } from '../ports/clock';

const startUrl = 'https://d-1234567890.awsapps.com/start';
let emulator: RunningEmulator;
const harnesses: CoreHarness[] = [];
let dataDir: string | undefined;

afterEach(async () => {
  for (const harness of harnesses.splice(0)) await harness.dispose();
  await emulator.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  dataDir = undefined;
});

async function startOrg(accounts: number, rolesPerAccount = 2) {
  emulator = await startEmulator({ org: generateOrganisation({ accounts, rolesPerAccount, startUrl, region: 'eu-west-1' }), autoApproveUser: 'alice', rateLimitPerSecond: 0, log: () => undefined });
}

async function signedInHarness(options: { settings?: InMemorySettingsStore; secrets?: InMemorySecretStore; dataDir?: string } = {}): Promise<{ harness: CoreHarness; instanceId: string }> {
  // The portal listing runs on real time (its pacing and backoff); sign-in needs no fake clock here.
  const harness = new CoreHarness({ clock: systemClock, endpoint: emulator.endpoint, secretStore: options.secrets ?? new InMemorySecretStore(), settingsStore: options.settings ?? new InMemorySettingsStore(), ...(options.dataDir ? { dataDir: options.dataDir } : {}) });
  harnesses.push(harness);
  await harness.core.ready;
  const existing = (await harness.call('instances:list'))[0];
  const instance = existing ?? (await harness.addInstance(startUrl, 'eu-west-1', 'device-code'));
  if (!existing) {
    await harness.call('sessions:sign-in', { instanceId: instance.id });
    await harness.waitForSession(instance.id, ['signed-in']);
  }
  return { harness, instanceId: instance.id };
}

async function completeSnapshot(harness: CoreHarness, instanceId: string, timeoutMs = 20_000): Promise<PortalSnapshot> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const snapshot = await harness.call('portal:get-snapshot', { instanceId });
    const done = snapshot.progress.phase === 'idle' && snapshot.progress.refreshedAt !== undefined;
    if (done) return snapshot;
    if (Date.now() > deadline) throw new Error(`Listing not done: ${JSON.stringify(snapshot.progress)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('portal listing', () => {
  it.each([100, 101])('lists all %i accounts and the roles of each', async (count) => {
    await startOrg(count, 2);
    const { harness, instanceId } = await signedInHarness();
    const snapshot = await completeSnapshot(harness, instanceId);
    expect(snapshot.accounts).toHaveLength(count);
    expect(new Set(snapshot.accounts.map((account) => account.accountId)).size).toBe(count);
    expect(snapshot.accounts.every((account) => account.roles.status === 'loaded' && account.roles.names.length === 2)).toBe(true);
    expect(snapshot.progress).toMatchObject({ accounts: count, accountsWithRoles: count });
    expect(emulator.admin.counts()['ListAccounts']?.requests).toBe(count > 100 ? 2 : 1);
  });

  it('sends its progress only when it changes, also through a sweep that changes nothing', async () => {
    await startOrg(30, 1);
    const { harness, instanceId } = await signedInHarness();
    await completeSnapshot(harness, instanceId);
    // Paced so the sweep spans many of the publishing loop's ticks.
    emulator.admin.updateSettings({ portalRateLimitPerSecond: 15 });
    const sentBefore = harness.eventsNamed('portal-progress-changed').length;
    await harness.call('portal:refresh', { instanceId });
    const sweptAt = Date.now();
    await completeSnapshot(harness, instanceId);
    expect(Date.now() - sweptAt).toBeGreaterThan(1_000);

    const sent = harness.eventsNamed('portal-progress-changed').filter((progress) => progress.instanceId === instanceId);
    const repeats = sent.filter((progress, index) => index > 0 && JSON.stringify(progress) === JSON.stringify(sent[index - 1]));
    expect(repeats).toEqual([]);
    // The refresh still says each step: the accounts, their new roles, the sweep, then idle again.
    expect(sent.slice(sentBefore).map((progress) => progress.phase)).toEqual(['accounts', 'roles', 'sweeping', 'idle']);
  });

  it('starts from the cache at once after a restart, then refreshes cheaply', async () => {
    await startOrg(30, 2);
    dataDir = mkdtempSync(join(tmpdir(), 'sso-tray-portal-'));
    const settings = new InMemorySettingsStore();
    const secrets = new InMemorySecretStore();
    const first = await signedInHarness({ settings, secrets, dataDir });
    const listed = await completeSnapshot(first.harness, first.instanceId);
    await first.harness.dispose();
    harnesses.splice(harnesses.indexOf(first.harness), 1);

    const before = emulator.admin.counts()['ListAccountRoles']?.requests ?? 0;
    const second = await signedInHarness({ settings, secrets, dataDir });
    // Right after start, before any call: the cached list.
    const cached = await second.harness.call('portal:get-snapshot', { instanceId: second.instanceId });
    expect(cached.accounts.map((account) => account.accountId)).toEqual(listed.accounts.map((account) => account.accountId));
    await completeSnapshot(second.harness, second.instanceId);
    expect(second.harness.eventsNamed('portal-refreshed')).toEqual([]);
    // The sweep re-checks each known account once.
    expect((emulator.admin.counts()['ListAccountRoles']?.requests ?? 0) - before).toBe(30);
  });
});

describe('a refresh asked for while another is finishing', () => {
  async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('Condition not met in time');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('runs again once the listing is done, even when asked for in its last step (the cache write)', async () => {
    await startOrg(60, 1);
    dataDir = mkdtempSync(join(tmpdir(), 'sso-tray-portal-'));
    const { harness, instanceId } = await signedInHarness({ dataDir });
    // The moment the first listing says it is complete, before its cache write has finished.
    await waitFor(async () => (await harness.call('portal:get-snapshot', { instanceId })).progress.refreshedAt !== undefined, 20_000);
    emulator.admin.addGeneratedAccounts({ accounts: 3, rolesPerAccount: 1 });
    await harness.call('portal:refresh', { instanceId });
    await waitFor(async () => (await harness.call('portal:get-snapshot', { instanceId })).accounts.length === 63);
  });

  it('stops a background sweep for it, so new accounts show up without waiting for the sweep', async () => {
    await startOrg(60, 1);
    emulator.admin.updateSettings({ portalRateLimitPerSecond: 20 });
    const { harness, instanceId } = await signedInHarness();
    await completeSnapshot(harness, instanceId);
    await harness.call('portal:refresh', { instanceId });
    await waitFor(async () => (await harness.call('portal:get-snapshot', { instanceId })).progress.phase === 'sweeping');
    const listAccountsBefore = emulator.admin.counts()['ListAccounts']?.requests ?? 0;
    emulator.admin.addGeneratedAccounts({ accounts: 3, rolesPerAccount: 1 });
    await harness.call('portal:refresh', { instanceId });
    await waitFor(async () => {
      const snapshot = await harness.call('portal:get-snapshot', { instanceId });
      return snapshot.accounts.length === 63 && snapshot.accounts.every((account) => account.roles.status === 'loaded');
    });
    expect((emulator.admin.counts()['ListAccounts']?.requests ?? 0) - listAccountsBefore).toBe(1);
  });
});
