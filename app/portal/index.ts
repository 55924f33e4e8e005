// The portal area: the account and permission-set list of every instance, and role credentials on
// demand. It follows the catalog (a removed instance's list goes) and the sessions (a signed-in
// instance is listed; a signed-out one's list, cache and credentials go).
import { join } from 'node:path';
import { PortalError } from '../aws/portal-errors';
import type { CoreContext } from '../core-context';
import type { HandlerTable } from '../ipc/dispatch';
import type { portalRequests } from '../ipc/contract/portal';
import type { InstanceCatalog } from '../instances/instance-catalog';
import { hasUsableSession } from '../model/session';
import type { SessionManager } from '../sessions/session-manager';
import { PortalCache } from './portal-cache';
import { PortalService, type PortalServiceOptions } from './portal-service';
import { RoleCredentialsCache, type RoleRef } from './role-credentials';
import type { RoleCredentials } from '../aws/portal-client';

export interface PortalNeeds {
  readonly catalog: InstanceCatalog;
  readonly sessions: SessionManager;
  readonly options?: Partial<PortalServiceOptions>;
}

export interface PortalArea {
  readonly service: PortalService;
  /** Role credentials for the features that export them; main only, never the page. */
  roleCredentials(role: RoleRef): Promise<RoleCredentials>;
  /** Drops the role's held credentials (AWS sign-in refused them): the next use fetches new ones. */
  forgetRoleCredentials(role: RoleRef): void;
  dispose(): Promise<void>;
}

export const portalArea = {
  async start(context: CoreContext, needs: PortalNeeds): Promise<PortalArea> {
    const { catalog, sessions } = needs;
    const canList = (instanceId: string) => {
      const instance = catalog.list().find((candidate) => candidate.id === instanceId);
      return instance !== undefined && hasUsableSession(sessions.view(instance).session);
    };
    const cache = new PortalCache(context.dataDir ? join(context.dataDir, 'portal-cache') : undefined, context.fileSystem, context.logger, () => context.clock.now());
    // The schedule is the user's setting (settings.json `portal.refreshIntervalMinutes`, default 1 h).
    const refreshIntervalMs = (context.settings.current.portal?.refreshIntervalMinutes ?? 60) * 60_000;
    const options = { refreshIntervalMs, ...needs.options };
    // Favourite and recent roles (the preferences area keeps them in settings) are swept first.
    const priorityAccounts = (instanceId: string) => {
      const preferences = context.settings.current.preferences;
      const roles = [...(preferences?.favourites ?? []), ...(preferences?.recent ?? [])];
      return new Set(roles.filter((role) => role.instanceId === instanceId).map((role) => role.accountId));
    };
    const service = new PortalService({ clock: context.clock, logger: context.logger, events: context.events, aws: context.aws, tokens: sessions, instances: catalog, cache, random: context.random, canList, priorityAccounts, options });
    const credentials = new RoleCredentialsCache(context.clock, async (role) => {
      const instance = catalog.get(role.instanceId);
      try {
        return await service.callFor(instance)((accessToken, signal) => context.aws.portalFor(instance).getRoleCredentials(accessToken, role.accountId, role.roleName, signal), { priority: 'interactive' });
      } catch (error) {
        if (error instanceof PortalError && error.kind === 'not-found') service.markRoleGone(role.instanceId, role.accountId, role.roleName);
        throw error;
      }
    });

    // An instance is listed by itself whenever its session becomes usable (start-up with a stored
    // session, a sign-in, a recovery): stale-while-revalidate on top of the cache, then on schedule.
    const usable = new Set<string>();
    const listWhatIsSignedIn = () => {
      if (!context.listInBackground) return;
      for (const instance of catalog.list()) {
        if (!canList(instance.id)) {
          usable.delete(instance.id);
          continue;
        }
        if (usable.has(instance.id)) continue;
        usable.add(instance.id);
        service.refresh(instance.id).catch((error: unknown) => context.logger.warn('The portal refresh failed', { instanceId: instance.id, error }));
      }
    };
    const forget = (instanceId: string) => {
      usable.delete(instanceId);
      credentials.forgetInstance(instanceId);
      void service.forget(instanceId);
    };
    const stops = [
      sessions.onDidChange(listWhatIsSignedIn),
      sessions.onDidSignOut(forget),
      catalog.onDidChange((instances) => {
        const ids = new Set(instances.map((instance) => instance.id));
        for (const id of [...usable]) if (!ids.has(id)) forget(id);
      }),
    ];
    await service.loadCaches();
    listWhatIsSignedIn();

    return {
      service,
      roleCredentials: (role) => credentials.get(role),
      forgetRoleCredentials: (role) => credentials.forget(role),
      async dispose() {
        stops.forEach((stop) => stop());
        await service.dispose();
      },
    };
  },

  handlers(area: () => Promise<PortalArea>): Pick<HandlerTable, keyof typeof portalRequests> {
    return {
      'portal:get-snapshot': async ({ instanceId }) => (await area()).service.snapshot(instanceId),
      'portal:get-snapshots': async () => (await area()).service.snapshots(),
      'portal:refresh': async ({ instanceId }) => {
        const { service } = await area();
        service.snapshot(instanceId);
        service.refresh(instanceId).catch(() => undefined);
      },
    };
  },
};
