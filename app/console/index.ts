// The console area: one-click console sign-in for a role (federation URL, destination, region,
// session length) and opening it the way the user chose, through the host's ConsoleOpener (main's
// in-app windows and browser, the web host's recorder). The sign-in URL never reaches a page.
import type { CoreContext } from '../core-context';
import type { HandlerTable } from '../ipc/dispatch';
import type { consoleRequests } from '../ipc/contract/console';
import type { InstanceCatalog } from '../instances/instance-catalog';
import type { PortalArea } from '../portal';
import type { PreferencesArea } from '../preferences';
import type { ConsoleOpener } from '../ports/console-opener';
import { ConsoleService } from './console-service';

export interface ConsoleNeeds {
  readonly catalog: InstanceCatalog;
  readonly portal: PortalArea;
  readonly preferences: PreferencesArea;
  readonly opener: ConsoleOpener | undefined;
}

export interface ConsoleArea {
  readonly service: ConsoleService;
}

export const consoleArea = {
  start(context: CoreContext, needs: ConsoleNeeds): ConsoleArea {
    const { catalog, portal, preferences } = needs;
    const service = new ConsoleService({
      clock: context.clock,
      logger: context.logger,
      instance: (instanceId) => catalog.get(instanceId),
      endpointsFor: (instance) => context.aws.endpointsFor(instance),
      roleCredentials: (role) => portal.roleCredentials(role),
      forgetRoleCredentials: (role) => portal.forgetRoleCredentials(role),
      appSettings: () => preferences.appSettings.get(),
      preferences: () => preferences.preferences.get(),
      accountName: (instanceId, accountId) => portal.service.snapshot(instanceId).accounts.find((account) => account.accountId === accountId)?.accountName,
      recordUse: (role) => preferences.preferences.recordUse(role),
      opener: needs.opener,
    });
    return { service };
  },

  handlers(area: () => Promise<ConsoleArea>): Pick<HandlerTable, keyof typeof consoleRequests> {
    return {
      'console:open': async (request) => (await area()).service.open(request),
    };
  },
};
