// Sign-out tells the truth about the keychain: the card says "signed out" only once the stored
// sign-in is really gone, and a keychain that refuses to delete is reported, not hidden.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../e2e/emulator';
import { startSampleEmulator } from '../../e2e/emulator/testing';
import { InMemorySecretStore } from '../secrets/in-memory-secret-store';
import { CoreHarness } from '../testing/core-harness';
import { FakeClock } from '../testing/fake-clock';
import { secretAccounts } from './session-secrets';

/** A keychain whose deletes can be made to fail, as a locked or busy Secret Service does. */
class FlakyDeleteSecretStore extends InMemorySecretStore {
  failDeletes = false;
  override async delete(key: string): Promise<void> {
    if (this.failDeletes) throw new Error('org.freedesktop.Secret.Error.IsLocked');
    return super.delete(key);
  }
}

let clock: FakeClock;
let emulator: RunningEmulator;
let secrets: FlakyDeleteSecretStore;
let harness: CoreHarness;

beforeEach(async () => {
  clock = new FakeClock();
  emulator = await startSampleEmulator({ now: () => clock.now() });
  secrets = new FlakyDeleteSecretStore();
  harness = new CoreHarness({ clock, endpoint: emulator.endpoint, secretStore: secrets });
  await harness.core.ready;
});

afterEach(async () => {
  secrets.failDeletes = false;
  await harness.dispose();
  await emulator.close();
});

async function signedInInstanceId(): Promise<string> {
  const instance = await harness.addInstance('https://d-1234567890.awsapps.com/start', 'eu-west-1');
  await harness.call('sessions:sign-in', { instanceId: instance.id });
  await harness.waitForSession(instance.id, ['signed-in']);
  return instance.id;
}

describe('sign-out', () => {
  it('never shows "signed out" while the refresh token is still in the keychain', async () => {
    const instanceId = await signedInInstanceId();
    const refreshTokenKey = secretAccounts.refreshToken(instanceId);
    harness.core.events.subscribeAll((event, payload) => {
      if (event !== 'instances-changed') return;
      const view = (payload as readonly { id: string; session: { kind: string } }[]).find((instance) => instance.id === instanceId);
      if (view?.session.kind === 'signed-out') expect(secrets.keys()).not.toContain(refreshTokenKey);
    });
    expect(secrets.keys()).toContain(refreshTokenKey);
    await harness.call('sessions:sign-out', { instanceId });
    expect(await harness.session(instanceId)).toEqual({ kind: 'signed-out' });
    expect(secrets.keys().filter((key) => key.startsWith(`${instanceId}/`))).toEqual([]);
    expect(emulator.admin.counts()['Logout']?.requests).toBe(1);
  });

  it('reports a keychain that will not delete, instead of claiming the sign-in is gone', async () => {
    const instanceId = await signedInInstanceId();
    secrets.failDeletes = true;
    const result = await harness.request('sessions:sign-out', { instanceId });
    expect(result).toMatchObject({ ok: false, code: 'keychain-unavailable' });
    expect(await harness.session(instanceId)).toMatchObject({ kind: 'error', code: 'keychain-unavailable', message: expect.stringMatching(/Sign out again/) });

    secrets.failDeletes = false;
    await harness.call('sessions:sign-out', { instanceId });
    expect(await harness.session(instanceId)).toEqual({ kind: 'signed-out' });
    expect(secrets.keys().filter((key) => key.startsWith(`${instanceId}/`))).toEqual([]);
  });
});
