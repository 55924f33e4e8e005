// The access portal API (the SDK's `sso` client, docs/aws-wire.md §2) for one region and origin.
// Today: Logout, as `aws sso logout` calls it; the account listing and role credentials join it here.
import { LogoutCommand, type SSOClient } from '@aws-sdk/client-sso';
import type { Clock } from '../ports/clock';
import { createPortalSdkClient, type SdkClientOptions } from './sdk-clients';

/** A sign-out must not hang on an unreachable host: Logout gets this long, then we move on. */
export const logoutTimeoutMs = 5_000;

export type LogoutOutcome = { readonly ok: true } | { readonly ok: false; readonly error: unknown };

export class PortalClient {
  readonly #sdk: SSOClient;

  constructor(
    options: SdkClientOptions,
    private readonly clock: Clock,
  ) {
    this.#sdk = createPortalSdkClient(options);
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
}
