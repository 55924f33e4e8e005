// The SharedTokenCache behind the `tokenCache` setting: the session of an instance written where the
// AWS CLI and the SDKs look for it (`~/.aws/sso/cache/<sha1 of ssoSessionName>.json`, mode 0600,
// atomically), so `aws` and `fromSSO` use the app's sign-in without a second login.
import type { ClientRegistration } from '../../auth/client-registration';
import type { Instance } from '../../model/instance';
import { ssoSessionName } from '../../model/sso-session-name';
import type { FileSystem } from '../../ports/file-system';
import type { SessionTokens } from '../../sessions/session-secrets';
import type { SharedTokenCache } from '../../sessions/shared-token-cache';
import { cliTokenCachePath, cliTokenFileJson, isNewerThan, parseCliTokenFile } from './cli-token-file';

export interface CliTokenCacheOptions {
  readonly fileSystem: FileSystem;
  /** The user's home folder (tests pass a temporary one). */
  readonly homeDir: string;
  /** The user's setting for this instance. */
  readonly isOn: (instanceId: string) => boolean;
  /** Epoch ms now, to stamp an adopted token. */
  readonly now: () => number;
}

export class CliTokenCache implements SharedTokenCache {
  constructor(private readonly options: CliTokenCacheOptions) {}

  /** Where the instance's file goes (shown in the settings screen's explanation too). */
  pathFor(instance: Pick<Instance, 'startUrl'>): string {
    return cliTokenCachePath(this.options.homeDir, ssoSessionName(instance));
  }

  isOn(instance: Instance): boolean {
    return this.options.isOn(instance.id);
  }

  async write(instance: Instance, tokens: SessionTokens, registration: ClientRegistration): Promise<void> {
    const text = cliTokenFileJson({ startUrl: instance.startUrl, region: instance.region, tokens, registration });
    await this.options.fileSystem.writeTextAtomic(this.pathFor(instance), text, { mode: 0o600 });
  }

  async readNewer(instance: Instance, ours: SessionTokens): Promise<SessionTokens | undefined> {
    const text = await this.options.fileSystem.readText(this.pathFor(instance));
    const cached = text === undefined ? undefined : parseCliTokenFile(text);
    if (!cached || !isNewerThan(cached, ours, instance.startUrl)) return undefined;
    const issuedAt = Math.min(this.options.now(), cached.expiresAt);
    return { ...(ours.issuer ? { issuer: ours.issuer } : {}), accessToken: cached.accessToken, issuedAt, expiresAt: cached.expiresAt, ...(cached.refreshToken ? { refreshToken: cached.refreshToken } : {}) };
  }

  async remove(instance: Instance): Promise<void> {
    await this.options.fileSystem.remove(this.pathFor(instance));
  }
}
