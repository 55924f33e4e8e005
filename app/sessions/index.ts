// The sessions area: sign-in, refresh and sign-out of every instance in the catalog. It follows the
// catalog, restores stored sessions at start, and publishes the instances with their session
// state as `instances-changed` after any change to either.
import type { CoreContext } from '../core-context';
import type { HandlerTable } from '../ipc/dispatch';
import type { sessionRequests } from '../ipc/contract/sessions';
import type { InstanceCatalog } from '../instances/instance-catalog';
import type { NoticeCenter } from '../notices/notice-center';
import { SessionManager } from './session-manager';
import { SessionSecrets } from './session-secrets';
import { CliTokenCache } from '../credentials/token-cache/cli-token-cache';

export interface SessionsNeeds {
  readonly catalog: InstanceCatalog;
  readonly notices: NoticeCenter;
}

export interface SessionsArea {
  readonly sessions: SessionManager;
  dispose(): Promise<void>;
}

export const sessionsArea = {
  async start(context: CoreContext, needs: SessionsNeeds): Promise<SessionsArea> {
    const { catalog } = needs;
    // The user's `tokenCache` setting, per instance (off unless turned on).
    const shares = (instanceId: string) => context.settings.current.appSettings?.tokenCache?.[instanceId] === true;
    const sharedCache = new CliTokenCache({ fileSystem: context.fileSystem, homeDir: context.homeDir, isOn: shares, now: () => context.clock.now() });
    const sessions = new SessionManager({
      sharedCache,
      clock: context.clock,
      browser: context.browser,
      logger: context.logger,
      secrets: new SessionSecrets(context.secrets),
      notices: needs.notices,
      clients: context.aws,
      instances: catalog,
      remembered: context.remembered,
      random: context.random,
    });
    const publish = () => context.events.emit('instances-changed', catalog.list().map((instance) => sessions.view(instance)));
    // Turning the token cache on writes the signed-in session at once; turning it off removes the file.
    let sharing = { ...context.settings.current.appSettings?.tokenCache };
    const followSharing = () => {
      const now = { ...context.settings.current.appSettings?.tokenCache };
      const changed = catalog.list().filter((instance) => (sharing[instance.id] === true) !== (now[instance.id] === true));
      sharing = now;
      for (const instance of changed) {
        sessions.syncSharedCache(instance.id).catch((error: unknown) => context.logger.warn('Could not update the AWS CLI token cache', { instanceId: instance.id, error }));
      }
    };
    const stops = [catalog.onDidChange(publish), sessions.onDidChange(publish), context.settings.onDidChange(followSharing)];
    await sessions.restore();
    publish();
    return {
      sessions,
      async dispose() {
        stops.forEach((stop) => stop());
        await sessions.dispose();
      },
    };
  },

  handlers(area: () => Promise<SessionsArea>): Pick<HandlerTable, keyof typeof sessionRequests> {
    const sessions = async () => (await area()).sessions;
    return {
      'sessions:sign-in': async ({ instanceId, method }) => {
        (await sessions()).startSignIn(instanceId, method);
      },
      'sessions:cancel-sign-in': async ({ instanceId }) => {
        (await sessions()).cancelSignIn(instanceId);
      },
      'sessions:open-sign-in-page': async ({ instanceId }) => {
        await (await sessions()).openSignInPage(instanceId);
      },
      'sessions:sign-out': async ({ instanceId }) => {
        await (await sessions()).signOut(instanceId);
      },
    };
  },
};
