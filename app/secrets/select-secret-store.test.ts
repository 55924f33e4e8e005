import { describe, expect, it } from 'vitest';
import { AppError } from '../ipc/result';
import { silentLogger } from '../ports/logger';
import { FakeClock } from '../testing/fake-clock';
import { ChunkedSecretStore } from './chunked-secret-store';
import { InMemorySecretStore } from './in-memory-secret-store';
import type { SecretStore } from './secret-store';
import { selectSecretStore } from './select-secret-store';

const failing: SecretStore = {
  get: () => Promise.reject(new AppError('keychain-unavailable', 'no Secret Service')),
  set: () => Promise.reject(new AppError('keychain-unavailable', 'no Secret Service')),
  delete: () => Promise.reject(new AppError('keychain-unavailable', 'no Secret Service')),
};

describe('selectSecretStore', () => {
  it('uses the keychain, chunked, when the probe round-trips', async () => {
    const keychain = new InMemorySecretStore();
    const selected = await selectSecretStore(keychain, new FakeClock(), silentLogger);
    expect(selected.remembered).toBe(true);
    expect(selected.store).toBeInstanceOf(ChunkedSecretStore);
    expect(keychain.keys()).toEqual([]);
  });

  it('falls back to memory when the probe fails', async () => {
    const selected = await selectSecretStore(failing, new FakeClock(), silentLogger);
    expect(selected).toMatchObject({ remembered: false, reason: 'no Secret Service' });
    expect(selected.store).toBeInstanceOf(InMemorySecretStore);
  });

  it('falls back to memory when the keychain gives back something else', async () => {
    const liar: SecretStore = { get: async () => 'other', set: async () => undefined, delete: async () => undefined };
    expect((await selectSecretStore(liar, new FakeClock(), silentLogger)).remembered).toBe(false);
  });

  it('falls back to memory when the keychain never answers', async () => {
    const clock = new FakeClock();
    const hanging: SecretStore = { get: () => new Promise(() => undefined), set: () => new Promise(() => undefined), delete: async () => undefined };
    const selecting = selectSecretStore(hanging, clock, silentLogger);
    await clock.advance(10_000);
    expect(await selecting).toMatchObject({ remembered: false, reason: expect.stringMatching(/did not answer/) });
  });
});
