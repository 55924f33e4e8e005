// Decides at start-up where secrets go: the keychain when a probe entry can be written, read back
// and deleted; memory otherwise (sign-in works for this run, nothing is remembered, the user is
// told). docs/architecture.md "Secrets: fail closed".
import { randomUUID } from 'node:crypto';
import type { Clock } from '../ports/clock';
import type { Logger } from '../ports/logger';
import { ChunkedSecretStore } from './chunked-secret-store';
import { InMemorySecretStore } from './in-memory-secret-store';
import type { SecretStore } from './secret-store';

export const probeKeyPrefix = 'sso-tray-probe/';
/** A locked or absent keyring daemon can hang; do not hold start-up for longer than this. */
export const probeTimeoutMs = 10_000;

export interface SelectedSecretStore {
  readonly store: SecretStore;
  /** False when secrets live only in memory. */
  readonly remembered: boolean;
  /** Why the keychain was not used (safe to show). */
  readonly reason?: string;
}

/** True when the store can write, read back and delete an entry. */
export async function probeSecretStore(store: SecretStore, clock: Clock, timeoutMs = probeTimeoutMs): Promise<{ ok: boolean; reason?: string }> {
  const key = `${probeKeyPrefix}${randomUUID()}`;
  const value = randomUUID();
  const timeout = new AbortController();
  const roundTrip = async () => {
    await store.set(key, value);
    const read = await store.get(key);
    await store.delete(key);
    return read === value ? { ok: true } : { ok: false, reason: 'The keychain did not return what was stored.' };
  };
  const timedOut = clock.sleep(timeoutMs, timeout.signal).then(
    () => ({ ok: false, reason: `The keychain did not answer within ${timeoutMs / 1000} s.` }),
    () => ({ ok: false, reason: 'cancelled' }),
  );
  try {
    return await Promise.race([roundTrip(), timedOut]);
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    timeout.abort();
  }
}

/** Wraps the keychain in chunking when it works, or falls back to memory. */
export async function selectSecretStore(keychain: SecretStore, clock: Clock, logger: Logger): Promise<SelectedSecretStore> {
  const probe = await probeSecretStore(keychain, clock);
  if (probe.ok) return { store: new ChunkedSecretStore(keychain), remembered: true };
  logger.warn('No usable keychain; secrets stay in memory for this run', { reason: probe.reason });
  return { store: new InMemorySecretStore(), remembered: false, ...(probe.reason ? { reason: probe.reason } : {}) };
}
