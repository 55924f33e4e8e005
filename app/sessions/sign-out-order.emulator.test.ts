// Sign-out ordering against the real Secret Service: every keychain entry of the instance is
// deleted (and the keychain confirms it) before any page is told "signed out". The in-memory test
// beside this one pins the rule; this one pins it where the deletes really take time.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../e2e/emulator';
import { startSampleEmulator } from '../../e2e/emulator/testing';
import { KeychainSecretStore } from '../secrets/keychain-secret-store';
import { CoreHarness } from '../testing/core-harness';
import { FakeClock } from '../testing/fake-clock';
import { requireSecretService, secretToolLookup, secretToolSearch, uniqueKeychainService } from '../testing/keyring';
import { allSecretAccounts } from './session-secrets';

/** The real keychain, with a log of each delete the moment the keychain has finished it. */
class RecordingKeychain extends KeychainSecretStore {
  readonly log: string[] = [];
  override async delete(account: string): Promise<void> {
    await super.delete(account);
    this.log.push(`deleted ${account}`);
  }
}

let clock: FakeClock;
let emulator: RunningEmulator;
let service: string;
let keychain: RecordingKeychain;
let harness: CoreHarness;

beforeAll(requireSecretService);

beforeEach(async () => {
  clock = new FakeClock();
  emulator = await startSampleEmulator({ now: () => clock.now(), autoApproveUser: 'alice' });
  service = uniqueKeychainService();
  keychain = new RecordingKeychain(service);
  harness = new CoreHarness({ clock, endpoint: emulator.endpoint, secretStore: keychain });
  await harness.core.ready;
});

afterEach(async () => {
  await harness.dispose();
  await emulator.close();
  const cleanup = new KeychainSecretStore(service);
  for (const account of (await secretToolSearch(service)).keys()) await cleanup.delete(account);
});

describe('sign-out with the real keychain', () => {
  it('deletes every entry before the page hears "signed out"', async () => {
    const instance = await harness.addInstance('https://d-1234567890.awsapps.com/start', 'eu-west-1', 'device-code');
    await harness.call('sessions:sign-in', { instanceId: instance.id });
    await harness.waitForSession(instance.id, ['signed-in']);
    expect(await secretToolLookup(service, `${instance.id}/refresh-token`)).toMatch(/^aor/);

    harness.core.events.subscribeAll((event, payload) => {
      if (event !== 'instances-changed') return;
      const view = (payload as readonly { id: string; session: { kind: string } }[]).find((candidate) => candidate.id === instance.id);
      if (view?.session.kind === 'signed-out') keychain.log.push('page told: signed out');
    });
    await harness.call('sessions:sign-out', { instanceId: instance.id });

    const told = keychain.log.indexOf('page told: signed out');
    expect(told).toBeGreaterThan(0);
    for (const account of allSecretAccounts(instance.id)) {
      const deleted = keychain.log.indexOf(`deleted ${account}`);
      expect(deleted, account).toBeGreaterThanOrEqual(0);
      expect(deleted, account).toBeLessThan(told);
    }
    // And the Secret Service itself no longer has any entry of the instance.
    expect([...(await secretToolSearch(service)).keys()].filter((account) => account.startsWith(`${instance.id}/`))).toEqual([]);
  });
});
