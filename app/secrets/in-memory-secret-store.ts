// Secrets for this run only: used when no keychain is reachable, so sign-in still works but nothing
// is remembered (docs/architecture.md "Secrets: fail closed", never a plaintext fallback).
import type { SecretStore } from './secret-store';

export class InMemorySecretStore implements SecretStore {
  readonly #values = new Map<string, string>();

  async get(key: string): Promise<string | undefined> {
    return this.#values.get(key);
  }

  async set(key: string, value: string): Promise<void> {
    this.#values.set(key, value);
  }

  async delete(key: string): Promise<void> {
    this.#values.delete(key);
  }

  /** For tests: the keys currently held. */
  keys(): readonly string[] {
    return [...this.#values.keys()];
  }
}
