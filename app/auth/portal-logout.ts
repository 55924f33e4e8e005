// Ends the portal session on the server side (SSO portal `Logout`, contracts §2), as `aws sso
// logout` does. Best effort: a sign-out must succeed locally even when the server is unreachable.
import { LogoutCommand, type SSOClient } from '@aws-sdk/client-sso';
import { createPortalSdkClient, type SdkClientOptions } from '../aws/sdk-clients';

export class PortalLogout {
  readonly #sdk: SSOClient;

  constructor(options: SdkClientOptions) {
    this.#sdk = createPortalSdkClient(options);
  }

  /** Resolves whether or not the server accepted it; returns what happened for the log. */
  async logout(accessToken: string, signal?: AbortSignal): Promise<{ ok: true } | { ok: false; error: unknown }> {
    try {
      await this.#sdk.send(new LogoutCommand({ accessToken }), signal ? { abortSignal: signal } : {});
      return { ok: true };
    } catch (error) {
      return { ok: false, error };
    }
  }

  dispose(): void {
    this.#sdk.destroy();
  }
}
