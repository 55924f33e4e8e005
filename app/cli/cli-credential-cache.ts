// Role credentials the CLI fetched, kept for the next `credential-process` while the app is not
// running: in the keychain (one entry per instance, chunked like every secret), never in a plain
// file. A tool calls credential_process on every start, so this is what makes it fast. At most
// eight roles per instance; the ones that run out first make room. Signing out deletes the entry
// with the session's other secrets (session-secrets.ts). No zod here: this path starts on every
// call and must load little.
import type { RoleCredentials } from '../aws/portal-client';
import { credentialsReuseMarginMs } from '../portal/role-credentials';
import type { SecretStore } from '../secrets/secret-store';

export const maxCachedRoles = 8;

interface CachedRole extends RoleCredentials {
  readonly accountId: string;
  readonly roleName: string;
  /** The AWS origin that issued them: credentials from the emulator never answer for AWS. */
  readonly issuer: string;
}

export function cliCacheAccount(instanceId: string): string {
  return `${instanceId}/cli-role-credentials`;
}

export class CliCredentialCache {
  constructor(
    private readonly store: SecretStore,
    private readonly now: () => number = Date.now,
  ) {}

  /** Credentials with more than the reuse margin left, or undefined. */
  async get(instanceId: string, accountId: string, roleName: string, issuer: string): Promise<RoleCredentials | undefined> {
    const found = (await this.#read(instanceId)).find((entry) => entry.accountId === accountId && entry.roleName === roleName && entry.issuer === issuer);
    if (!found || found.expiration - this.now() <= credentialsReuseMarginMs) return undefined;
    return { accessKeyId: found.accessKeyId, secretAccessKey: found.secretAccessKey, sessionToken: found.sessionToken, expiration: found.expiration };
  }

  async put(instanceId: string, accountId: string, roleName: string, issuer: string, credentials: RoleCredentials): Promise<void> {
    const now = this.now();
    const others = (await this.#read(instanceId)).filter((entry) => entry.expiration > now && !(entry.accountId === accountId && entry.roleName === roleName));
    const kept = [...others].sort((a, b) => b.expiration - a.expiration).slice(0, maxCachedRoles - 1);
    const entry: CachedRole = { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey, sessionToken: credentials.sessionToken, expiration: credentials.expiration, accountId, roleName, issuer };
    await this.store.set(cliCacheAccount(instanceId), JSON.stringify([entry, ...kept]));
  }

  async #read(instanceId: string): Promise<readonly CachedRole[]> {
    const text = await this.store.get(cliCacheAccount(instanceId));
    if (!text) return [];
    try {
      const value: unknown = JSON.parse(text);
      return Array.isArray(value) ? value.filter(isCachedRole) : [];
    } catch {
      return [];
    }
  }
}

function isCachedRole(value: unknown): value is CachedRole {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return ['accessKeyId', 'secretAccessKey', 'sessionToken', 'accountId', 'roleName', 'issuer'].every((key) => typeof entry[key] === 'string') && typeof entry.expiration === 'number';
}
