// The session manager's side of the AWS CLI token cache (shared-token-cache.ts): for the instances
// the user shares, every accepted token is written there first, a refresh token the CLI rotated
// meanwhile is taken over, and sign-out removes the file. Failures here never fail a sign-in or a
// refresh: they are logged and the app's own session goes on.
import type { Instance } from '../model/instance';
import type { Logger } from '../ports/logger';
import { refreshAt, refreshAtWhenShared } from '../auth/token-refresh-schedule';
import type { SessionSecrets, SessionTokens } from './session-secrets';
import type { SharedTokenCache } from './shared-token-cache';

export class SharedSession {
  constructor(
    private readonly cache: SharedTokenCache | undefined,
    private readonly secrets: Pick<SessionSecrets, 'loadRegistration'>,
    private readonly logger: Logger,
  ) {}

  isOn(instance: Instance): boolean {
    return this.cache?.isOn(instance) ?? false;
  }

  /** Earlier while the CLI shares the session: it must never be the one that refreshes. */
  refreshDue(instance: Instance, tokens: SessionTokens, random: () => number): number {
    return this.isOn(instance) ? refreshAtWhenShared(tokens, random) : refreshAt(tokens, random);
  }

  async write(instance: Instance, tokens: SessionTokens | undefined): Promise<void> {
    if (!this.cache || !tokens || !this.cache.isOn(instance)) return;
    try {
      const registration = await this.secrets.loadRegistration(instance.id);
      if (registration) await this.cache.write(instance, tokens, registration);
    } catch (error) {
      this.logger.warn('Could not write the AWS CLI token cache', { instanceId: instance.id, error });
    }
  }

  async remove(instance: Instance): Promise<void> {
    if (!this.cache) return;
    await this.cache.remove(instance).catch((error: unknown) => this.logger.warn('Could not remove the AWS CLI token cache', { instanceId: instance.id, error }));
  }

  /** The session the AWS CLI (or an SDK) refreshed while we were not looking, if it is newer than ours. */
  async newerFromCli(instance: Instance, tokens: SessionTokens | undefined): Promise<SessionTokens | undefined> {
    if (!this.cache || !tokens || !this.cache.isOn(instance)) return undefined;
    const newer = await this.cache.readNewer(instance, tokens).catch((error: unknown) => {
      this.logger.warn('Could not read the AWS CLI token cache', { instanceId: instance.id, error });
      return undefined;
    });
    if (newer) this.logger.info('Took over the session the AWS CLI refreshed', { instanceId: instance.id });
    return newer;
  }
}
