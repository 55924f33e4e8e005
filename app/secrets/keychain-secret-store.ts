// The OS keychain through @napi-rs/keyring: macOS Keychain, Windows Credential Manager, the Secret
// Service on Linux. Each key is one entry (service, account). On Linux the store is pinned to the
// Secret Service so a missing one fails loudly instead of falling back to the kernel keyring, which
// does not survive a reboot (toolchain.md "Which keychain library").
import { AsyncEntry } from '@napi-rs/keyring';
import { AppError } from '../ipc/result';
import type { SecretStore } from './secret-store';
import { defaultKeychainService } from './keychain-service-name';

export class KeychainSecretStore implements SecretStore {
  /** Creating an entry opens a Secret Service session (~8 ms); reusing it costs ~2 ms per call. */
  readonly #entries = new Map<string, AsyncEntry>();

  constructor(readonly service: string = defaultKeychainService) {}

  async get(key: string): Promise<string | undefined> {
    const value = await this.#call('read', key, (entry) => entry.getPassword());
    return value ?? undefined;
  }

  async set(key: string, value: string): Promise<void> {
    await this.#call('write', key, (entry) => entry.setPassword(value));
  }

  async delete(key: string): Promise<void> {
    await this.#call('delete', key, (entry) => entry.deleteCredential());
  }

  async #call<T>(verb: string, key: string, action: (entry: AsyncEntry) => Promise<T>): Promise<T> {
    try {
      return await action(this.#entry(key));
    } catch (error) {
      this.#entries.delete(key);
      // The library's message names the platform failure, never the secret.
      const reason = error instanceof Error ? error.message.slice(0, 200) : String(error);
      throw new AppError('keychain-unavailable', `Could not ${verb} "${key}" in the system keychain: ${reason}`, { cause: error });
    }
  }

  #entry(key: string): AsyncEntry {
    let entry = this.#entries.get(key);
    if (!entry) {
      entry = new AsyncEntry(this.service, key, { linux: { store: 'secret-service' } });
      this.#entries.set(key, entry);
    }
    return entry;
  }
}
