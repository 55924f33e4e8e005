// The start-up keychain probe as the user and the log see it: the entry it uses (documented in
// app/README.md), the reason shown when it falls back to memory, and no timer left behind.
import { describe, expect, it } from 'vitest';
import type { Logger } from '../ports/logger';
import { FakeClock } from '../testing/fake-clock';
import { InMemorySecretStore } from './in-memory-secret-store';
import type { SecretStore } from './secret-store';
import { probeSecretStore, probeTimeoutMs, selectSecretStore } from './select-secret-store';

/** A keychain that records which keys were written and deleted. */
class RecordingKeychain extends InMemorySecretStore {
  readonly written: string[] = [];
  readonly deleted: string[] = [];

  override async set(key: string, value: string): Promise<void> {
    this.written.push(key);
    await super.set(key, value);
  }

  override async delete(key: string): Promise<void> {
    this.deleted.push(key);
    await super.delete(key);
  }
}

function recordingLogger(): Logger & { readonly warnings: { message: string; details?: Record<string, unknown> }[] } {
  const warnings: { message: string; details?: Record<string, unknown> }[] = [];
  return { warnings, info: () => {}, error: () => {}, warn: (message, details) => warnings.push({ message, ...(details ? { details } : {}) }) };
}

describe('the keychain probe', () => {
  it('round-trips one sso-tray-probe/<uuid> entry and deletes it again', async () => {
    const keychain = new RecordingKeychain();
    expect(await probeSecretStore(keychain, new FakeClock())).toEqual({ ok: true });
    expect(keychain.written).toHaveLength(1);
    expect(keychain.written[0]).toMatch(/^sso-tray-probe\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(keychain.deleted).toEqual(keychain.written);
    expect(keychain.keys()).toEqual([]);
  });

  it('leaves no timer behind once the keychain has answered', async () => {
    const clock = new FakeClock();
    await selectSecretStore(new InMemorySecretStore(), clock, recordingLogger());
    expect(clock.pendingTimers).toBe(0);
  });

  it('says why when the keychain gives back something else, in the result and the log', async () => {
    const liar: SecretStore = { get: async () => 'other', set: async () => undefined, delete: async () => undefined };
    const logger = recordingLogger();
    const selected = await selectSecretStore(liar, new FakeClock(), logger);
    expect(selected).toMatchObject({ remembered: false, reason: 'The keychain did not return what was stored.' });
    expect(logger.warnings).toEqual([
      { message: 'No usable keychain; secrets stay in memory for this run', details: { reason: 'The keychain did not return what was stored.' } },
    ]);
  });

  it('names the time it waited when the keychain never answers', async () => {
    const clock = new FakeClock();
    const hanging: SecretStore = { get: () => new Promise(() => undefined), set: () => new Promise(() => undefined), delete: async () => undefined };
    const selecting = selectSecretStore(hanging, clock, recordingLogger());
    await clock.advance(probeTimeoutMs);
    expect((await selecting).reason).toBe('The keychain did not answer within 10 s.');
  });

  // A keychain adapter of another make may reject with a bare string: the user still reads it.
  it('shows what the keychain threw when it is not an Error', async () => {
    const refusing: SecretStore = { get: async () => undefined, set: () => Promise.reject('locked by policy'), delete: async () => undefined };
    const logger = recordingLogger();
    const selected = await selectSecretStore(refusing, new FakeClock(), logger);
    expect(selected).toMatchObject({ remembered: false, reason: 'locked by policy' });
    expect(logger.warnings).toEqual([{ message: 'No usable keychain; secrets stay in memory for this run', details: { reason: 'locked by policy' } }]);
  });

  it('gives no empty reason to show when the keychain fails without words', async () => {
    const mute: SecretStore = { get: async () => undefined, set: () => Promise.reject(new Error('')), delete: async () => undefined };
    const selected = await selectSecretStore(mute, new FakeClock(), recordingLogger());
    expect(selected.remembered).toBe(false);
    expect(Object.keys(selected).sort()).toEqual(['remembered', 'store']);
  });
});
