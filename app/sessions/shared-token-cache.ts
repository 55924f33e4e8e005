// A copy of the session other programs read: the AWS CLI's SSO token cache, when the user turns it
// on for an instance (credentials/token-cache/). The session manager keeps it in step with every
// grant, removes it on sign-out and, before a refresh, adopts a newer token another program left
// there (botocore rotates the refresh token when it refreshes, so ours would be stale).
import type { ClientRegistration } from '../auth/client-registration';
import type { Instance } from '../model/instance';
import type { SessionTokens } from './session-secrets';

export interface SharedTokenCache {
  /** Whether this instance shares its sign-in now (the user's `tokenCache` setting). */
  isOn(instance: Instance): boolean;
  write(instance: Instance, tokens: SessionTokens, registration: ClientRegistration): Promise<void>;
  /** Tokens in the cache that are newer than `ours` (another program refreshed), or undefined. */
  readNewer(instance: Instance, ours: SessionTokens): Promise<SessionTokens | undefined>;
  remove(instance: Instance): Promise<void>;
}
