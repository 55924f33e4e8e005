// Where secrets live: the OS keychain in production (KeychainSecretStore behind a
// ChunkedSecretStore), memory when no keychain is reachable (InMemorySecretStore). Never a file.

/** Stores one secret string per key. Implementations throw AppError('keychain-unavailable') on failure. */
export interface SecretStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  /** Removes the key; no error when it is absent. */
  delete(key: string): Promise<void>;
}
