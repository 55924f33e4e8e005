// The access portal API (the SDK's `sso` client, docs/aws-wire.md §2) for one region and origin:
// one page of accounts, one page of an account's roles, role credentials, and Logout. Each call is
// one attempt (maxAttempts 1): retries and throttling belong to the caller's rate limiter, which
// sees every 429 instead of the SDK hiding three of them.
import {
  GetRoleCredentialsCommand,
  ListAccountRolesCommand,
  ListAccountsCommand,
  LogoutCommand,
  type SSOClient,
} from '@aws-sdk/client-sso';
import type { Clock } from '../ports/clock';
import { hostOf } from './endpoints';
import { classifyPortalError } from './portal-errors';
import { createPortalSdkClient, type SdkClientOptions } from './sdk-clients';

/** A sign-out must not hang on an unreachable host: Logout gets this long, then we move on. */
export const logoutTimeoutMs = 5_000;
/** The portal refuses larger pages. */
export const portalPageSize = 100;

export type LogoutOutcome = { readonly ok: true } | { readonly ok: false; readonly error: unknown };

export interface AccountSummary {
  readonly accountId: string;
  readonly accountName: string;
  readonly emailAddress: string;
}

export interface Page<T> {
  readonly items: readonly T[];
  /** Absent on the last page: the portal sends `null`, an empty string or nothing, all alike. */
  readonly nextToken?: string;
}

export interface RoleCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  /** Epoch ms (the wire sends milliseconds). */
  readonly expiration: number;
}

export class PortalClient {
  readonly #sdk: SSOClient;
  readonly #host: string;

  constructor(
    options: SdkClientOptions,
    private readonly clock: Clock,
  ) {
    this.#sdk = createPortalSdkClient({ ...options, maxAttempts: 1 });
    this.#host = hostOf(options.endpoint);
  }

  async listAccounts(accessToken: string, nextToken: string | undefined, signal?: AbortSignal): Promise<Page<AccountSummary>> {
    const command = new ListAccountsCommand({ accessToken, maxResults: portalPageSize, ...(nextToken ? { nextToken } : {}) });
    const output = await this.#guard((options) => this.#sdk.send(command, options), signal);
    const items = (output.accountList ?? []).flatMap((account) =>
      account.accountId ? [{ accountId: account.accountId, accountName: account.accountName ?? '', emailAddress: account.emailAddress ?? '' }] : [],
    );
    return { items, ...(output.nextToken ? { nextToken: output.nextToken } : {}) };
  }

  async listAccountRoles(accessToken: string, accountId: string, nextToken: string | undefined, signal?: AbortSignal): Promise<Page<string>> {
    const command = new ListAccountRolesCommand({ accessToken, accountId, maxResults: portalPageSize, ...(nextToken ? { nextToken } : {}) });
    const output = await this.#guard((options) => this.#sdk.send(command, options), signal);
    const items = (output.roleList ?? []).flatMap((role) => (role.roleName ? [role.roleName] : []));
    return { items, ...(output.nextToken ? { nextToken: output.nextToken } : {}) };
  }

  async getRoleCredentials(accessToken: string, accountId: string, roleName: string, signal?: AbortSignal): Promise<RoleCredentials> {
    const command = new GetRoleCredentialsCommand({ accessToken, accountId, roleName });
    const output = await this.#guard((options) => this.#sdk.send(command, options), signal);
    const credentials = output.roleCredentials;
    if (!credentials?.accessKeyId || !credentials.secretAccessKey || !credentials.sessionToken || !credentials.expiration) {
      throw classifyPortalError(new Error('GetRoleCredentials answered without credentials'), this.#host);
    }
    return {
      accessKeyId: credentials.accessKeyId,
      secretAccessKey: credentials.secretAccessKey,
      sessionToken: credentials.sessionToken,
      expiration: Number(credentials.expiration),
    };
  }

  /** Ends the session on the server side. Best effort: resolves with what happened, for the log. */
  async logout(accessToken: string): Promise<LogoutOutcome> {
    const timeout = new AbortController();
    const stopWaiting = new AbortController();
    this.clock.sleep(logoutTimeoutMs, stopWaiting.signal).then(() => timeout.abort(), () => undefined);
    try {
      await this.#sdk.send(new LogoutCommand({ accessToken }), { abortSignal: timeout.signal });
      return { ok: true };
    } catch (error) {
      return { ok: false, error };
    } finally {
      stopWaiting.abort();
    }
  }

  dispose(): void {
    this.#sdk.destroy();
  }

  async #guard<Output>(call: (options: { abortSignal?: AbortSignal }) => Promise<Output>, signal: AbortSignal | undefined): Promise<Output> {
    try {
      return await call(signal ? { abortSignal: signal } : {});
    } catch (error) {
      throw classifyPortalError(error, this.#host);
    }
  }
}
