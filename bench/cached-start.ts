// A restart with a large list on disk: how long until the page can show it. A previous core signed
// in and quit; the cache a complete listing of 5,000 accounts x 4 roles leaves is then written with
// the core's own PortalCache (listing it live would take 500 s at 20 requests/s). The cold core
// (a new CoreHarness on the same settings, keychain and data folder) is timed from its construction
// to its first `portal-changed` event and to `portal:get-snapshot` answering with the whole list,
// asked at once as a page would. It is signed in, so its live refresh starts too, against the
// emulator's 20 requests/s. Same process, so module loading and JIT warm-up are not in the figure.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeFileSystem } from '../app/files/node-file-system';
import type { PortalAccount } from '../app/model/portal';
import { PortalCache } from '../app/portal/portal-cache';
import { silentLogger } from '../app/ports/logger';
import { InMemorySecretStore } from '../app/secrets/in-memory-secret-store';
import { InMemorySettingsStore } from '../app/settings/in-memory-settings-store';
import type { Organisation, RunningEmulator } from '../e2e/emulator';
import { round, type BenchOutput } from './figure';
import { PeakRss } from './peak-rss';
import { addInstance, checkSnapshot, organisation, portalCore, portalEmulator, seconds, signIn } from './portal-bench';

const accounts = 5000;
const rolesPerAccount = 4;

export async function cachedStart(): Promise<BenchOutput> {
  const org = organisation(accounts, rolesPerAccount);
  const emulator = await portalEmulator(org);
  const dataDir = mkdtempSync(join(tmpdir(), 'sso-tray-bench-'));
  const stores = { secretStore: new InMemorySecretStore(), settingsStore: new InMemorySettingsStore(), dataDir };
  try {
    const previous = portalCore(emulator, stores);
    let instanceId = '';
    try {
      instanceId = await addInstance(previous);
      await signIn(previous, instanceId);
    } finally {
      // Quitting stops its listing (and saves what it had); the full cache is written after.
      await previous.dispose();
    }
    const cache = new PortalCache(join(dataDir, 'portal-cache'), new NodeFileSystem(), silentLogger, Date.now);
    await cache.save(instanceId, listedAccounts(org), Date.now());
    return await coldStart(emulator, stores, instanceId);
  } finally {
    await emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function coldStart(emulator: RunningEmulator, stores: Parameters<typeof portalCore>[1], instanceId: string): Promise<BenchOutput> {
  const rss = new PeakRss();
  const started = performance.now();
  const cold = portalCore(emulator, stores);
  try {
    const firstEvent = cold.timeline.until('portal-changed', (change) => change.instanceId === instanceId, 'the first portal-changed', 30_000);
    const snapshot = await cold.harness.call('portal:get-snapshot', { instanceId });
    const snapshotAt = performance.now();
    const first = await firstEvent;
    const { failedAccounts } = checkSnapshot(snapshot, accounts, rolesPerAccount);
    if (failedAccounts > 0) throw new Error(`The cached list has ${failedAccounts} failed accounts`);
    const total = seconds(started, snapshotAt);
    const firstEventSeconds = seconds(started, first.at);
    const peakRssMb = rss.stop();
    return {
      lines: [{ bench: 'cached-start', accounts, rolesPerAccount, seconds: round(total), firstEventSeconds: round(firstEventSeconds), peakRssMb: round(peakRssMb, 1) }],
      figures: [
        { name: `cached start, ${accounts} accounts x ${rolesPerAccount} roles: first portal event`, value: firstEventSeconds * 1000, unit: 'ms', note: 'from new CoreHarness' },
        { name: `cached start, ${accounts} accounts x ${rolesPerAccount} roles: full snapshot`, value: total * 1000, unit: 'ms', note: `portal:get-snapshot asked at once, peak RSS ${peakRssMb.toFixed(0)} MB` },
      ],
    };
  } finally {
    rss.stop();
    await cold.dispose();
  }
}

/** The list a complete listing of alice's portal leaves: every account, its roles loaded. */
export function listedAccounts(org: Organisation): PortalAccount[] {
  const instance = org.instances[0];
  const assignments = instance?.users.find((user) => user.userName === 'alice')?.assignments ?? {};
  const checkedAt = Date.now();
  return (instance?.accounts ?? []).map((account) => ({
    accountId: account.accountId,
    accountName: account.accountName,
    emailAddress: account.emailAddress ?? '',
    roles: { status: 'loaded', names: [...(assignments[account.accountId] ?? [])], checkedAt },
  }));
}
