// The CLI's keychain cache as one module: role-credentials-for.ts loads it (and with it the
// keychain's native module) only when the running app did not answer, in one step.
import { ChunkedSecretStore } from '../secrets/chunked-secret-store';
import { KeychainSecretStore } from '../secrets/keychain-secret-store';
import { CliCredentialCache } from './cli-credential-cache';

export function keychainRoleCache(service: string): CliCredentialCache {
  return new CliCredentialCache(new ChunkedSecretStore(new KeychainSecretStore(service)));
}
