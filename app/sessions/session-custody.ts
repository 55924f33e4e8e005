// Where a session's tokens are kept: in the slot (memory), in the AWS CLI's token cache for the
// instances the user shares, and in the keychain. Keeping a new grant and forgetting one are the
// same few steps wherever the manager does them (a sign-in, a refresh, an expiry, a foreign origin).
import type { TokenGrant } from '../aws/oidc-client';
import type { NoticeCenter } from '../notices/notice-center';
import type { Clock } from '../ports/clock';
import type { Logger } from '../ports/logger';
import { storageFailedNotice } from './session-notices';
import type { SessionSecrets, SessionTokens } from './session-secrets';
import { stopTimer, type Slot } from './session-slot';
import type { SharedSession } from './shared-session';

export interface SessionCustodyDeps {
  readonly secrets: SessionSecrets;
  readonly shared: SharedSession;
  readonly logger: Logger;
  readonly notices: NoticeCenter;
  readonly clock: Clock;
}

export class SessionCustody {
  constructor(private readonly deps: SessionCustodyDeps) {}

  /**
   * Takes a new grant: memory first, keychain second (a keychain failure costs only persistence).
   * `signedInAt` is when the user last signed in interactively; a refresh carries it over.
   * Returns the tokens now in the slot.
   */
  async keep(slot: Slot, grant: TokenGrant, previousRefreshToken: string | undefined, signedInAt: number | undefined): Promise<SessionTokens> {
    const refreshToken = grant.refreshToken ?? previousRefreshToken;
    const tokens: SessionTokens = {
      issuer: grant.issuer,
      accessToken: grant.accessToken,
      issuedAt: grant.issuedAt,
      expiresAt: grant.expiresAt,
      ...(refreshToken ? { refreshToken } : {}),
      ...(signedInAt !== undefined ? { signedInAt } : {}),
    };
    slot.tokens = tokens;
    slot.retryAttempt = 0;
    // The shared file first: a rotated refresh token replaced the one it holds, which no longer works.
    await this.deps.shared.write(slot.instance, tokens);
    try {
      await this.deps.secrets.saveTokens(slot.instance.id, grant, signedInAt);
    } catch (error) {
      this.deps.logger.warn('Could not store the session in the keychain', { instanceId: slot.instance.id, error });
      this.deps.notices.add(storageFailedNotice(this.deps.clock.now()));
    }
    return tokens;
  }

  /** Drops the slot's tokens and their timer, and the stored ones (with the registration when asked). */
  async forget(slot: Slot, { registration }: { readonly registration: boolean }): Promise<void> {
    const id = slot.instance.id;
    slot.tokens = undefined;
    stopTimer(slot);
    await this.deps.secrets.deleteTokens(id).catch((error: unknown) => this.deps.logger.warn('Could not delete stored tokens', { instanceId: id, error }));
    if (registration) await this.deps.secrets.deleteRegistration(id).catch(() => undefined);
  }
}
