// The secrets of one instance and how they are named in the keychain (service `sso-tray`):
//
//   <instanceId>/client-registration   JSON {clientId, clientSecret, expiresAt, registeredFor, region, startUrl, issuer}
//   <instanceId>/access-token          JSON {accessToken, issuedAt, expiresAt, issuer, signedInAt}
//   <instanceId>/refresh-token         the refresh token itself
//   <instanceId>/cli-role-credentials  the CLI's role credentials, for credential_process without the app
//   <account>#1 … #n                   chunks, when a value is too long for one entry (chunked-secret-store.ts)
//
// Values are validated when read; an unreadable entry counts as absent (the user signs in again).
import { z } from 'zod';
import type { ClientRegistration } from '../auth/client-registration';
import type { TokenGrant } from '../aws/oidc-client';
import type { SecretStore } from '../secrets/secret-store';

export const secretAccounts = {
  clientRegistration: (instanceId: string) => `${instanceId}/client-registration`,
  accessToken: (instanceId: string) => `${instanceId}/access-token`,
  refreshToken: (instanceId: string) => `${instanceId}/refresh-token`,
  /** The CLI's cache of role credentials (app/cli/cli-credential-cache.ts), gone with the session. */
  cliRoleCredentials: (instanceId: string) => `${instanceId}/cli-role-credentials`,
} as const;

export function allSecretAccounts(instanceId: string): readonly string[] {
  return Object.values(secretAccounts).map((account) => account(instanceId));
}

const StoredRegistration = z.object({
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  expiresAt: z.number(),
  registeredFor: z.enum(['browser', 'device-code']),
  region: z.string(),
  startUrl: z.string(),
  issuer: z.string().optional(),
});

const StoredAccessToken = z.object({
  accessToken: z.string().min(1),
  issuedAt: z.number(),
  expiresAt: z.number(),
  issuer: z.string().optional(),
  /** When the user signed in (not secret; kept beside the token so a restart still knows it). */
  signedInAt: z.number().optional(),
});

export interface SessionTokens {
  /** The OIDC origin that issued the tokens; absent for tokens stored before the binding existed. */
  readonly issuer?: string;
  readonly accessToken: string;
  readonly issuedAt: number;
  readonly expiresAt: number;
  readonly refreshToken?: string;
  /** When the user last signed in interactively (refreshes keep it). */
  readonly signedInAt?: number;
}

export class SessionSecrets {
  /** Every refresh needs the client registration; it changes rarely, so it is read once. */
  readonly #registrations = new Map<string, ClientRegistration>();

  constructor(private readonly store: SecretStore) {}

  async loadRegistration(instanceId: string): Promise<ClientRegistration | undefined> {
    const cached = this.#registrations.get(instanceId);
    if (cached) return cached;
    const stored = parseJson(await this.store.get(secretAccounts.clientRegistration(instanceId)), StoredRegistration);
    if (stored) this.#registrations.set(instanceId, stored);
    return stored;
  }

  async saveRegistration(instanceId: string, registration: ClientRegistration): Promise<void> {
    this.#registrations.set(instanceId, registration);
    await this.store.set(secretAccounts.clientRegistration(instanceId), JSON.stringify(registration));
  }

  async deleteRegistration(instanceId: string): Promise<void> {
    this.#registrations.delete(instanceId);
    await this.store.delete(secretAccounts.clientRegistration(instanceId));
  }

  async loadTokens(instanceId: string): Promise<SessionTokens | undefined> {
    const access = parseJson(await this.store.get(secretAccounts.accessToken(instanceId)), StoredAccessToken);
    const refreshToken = await this.store.get(secretAccounts.refreshToken(instanceId));
    if (access) return { ...access, ...(refreshToken ? { refreshToken } : {}) };
    // An interrupted write can leave the refresh token alone: an already-expired placeholder makes
    // the manager refresh before anything uses it.
    return refreshToken ? { accessToken: '', issuedAt: 0, expiresAt: 0, refreshToken } : undefined;
  }

  /** Stores a new grant; a rotated refresh token replaces the old one, a grant without one keeps it. */
  async saveTokens(instanceId: string, grant: TokenGrant, signedInAt?: number): Promise<void> {
    const access = { accessToken: grant.accessToken, issuedAt: grant.issuedAt, expiresAt: grant.expiresAt, issuer: grant.issuer, ...(signedInAt !== undefined ? { signedInAt } : {}) };
    await this.store.set(secretAccounts.accessToken(instanceId), JSON.stringify(access));
    if (grant.refreshToken) await this.store.set(secretAccounts.refreshToken(instanceId), grant.refreshToken);
  }

  async deleteTokens(instanceId: string): Promise<void> {
    await this.store.delete(secretAccounts.accessToken(instanceId));
    await this.store.delete(secretAccounts.refreshToken(instanceId));
  }

  async deleteAll(instanceId: string): Promise<void> {
    this.#registrations.delete(instanceId);
    for (const account of allSecretAccounts(instanceId)) await this.store.delete(account);
  }
}

function parseJson<T>(text: string | undefined, schema: z.ZodType<T>): T | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
