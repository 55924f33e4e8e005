// The preferences area: favourite and recent roles, and per account an alias, a colour and a
// default region, kept in settings. It follows the catalog (a removed instance's preferences go)
// and publishes every change as `preferences-changed`. Main records the roles it opens through
// Core.recordRoleUse; pages read the preferences whole and change them one at a time.
import type { CoreContext } from '../core-context';
import type { HandlerTable } from '../ipc/dispatch';
import type { preferenceRequests } from '../ipc/contract/preferences';
import type { InstanceList } from '../instances/instance-catalog';
import { PreferencesService } from './preferences-service';
import { AppSettingsService } from './app-settings-service';
import type { appSettingsRequests } from '../ipc/contract/app-settings';

export interface PreferencesNeeds {
  readonly catalog: InstanceList;
}

export interface PreferencesArea {
  readonly preferences: PreferencesService;
  /** The settings screen's values (how consoles open, quick-copy format, profiles, shell, notifications). */
  readonly appSettings: AppSettingsService;
  dispose(): void;
}

export const preferencesArea = {
  start(context: CoreContext, needs: PreferencesNeeds): PreferencesArea {
    const { catalog } = needs;
    const preferences = new PreferencesService(context.settings, context.clock);
    const appSettings = new AppSettingsService(context.settings);
    // Only instances that leave the list: one left out on load (kept in the file for a version
    // that accepts it) keeps its preferences too.
    let known = new Set(catalog.list().map((instance) => instance.id));
    const stops = [
      preferences.onDidChange((value) => context.events.emit('preferences-changed', value)),
      appSettings.onDidChange((value) => context.events.emit('settings-changed', value)),
      catalog.onDidChange((instances) => {
        const now = new Set(instances.map((instance) => instance.id));
        const removed = new Set([...known].filter((id) => !now.has(id)));
        known = now;
        if (removed.size === 0) return;
        preferences.forgetInstances(removed).catch((error: unknown) => context.logger.warn('Could not remove the preferences of a removed instance', { error }));
      }),
    ];
    return {
      preferences,
      appSettings,
      dispose() {
        stops.forEach((stop) => stop());
        preferences.dispose();
        appSettings.dispose();
      },
    };
  },

  handlers(area: () => Promise<PreferencesArea>): Pick<HandlerTable, keyof typeof preferenceRequests | keyof typeof appSettingsRequests> {
    return {
      'settings:get': async () => (await area()).appSettings.get(),
      'settings:update': async (patch) => (await area()).appSettings.update(patch),
      'preferences:get': async () => (await area()).preferences.get(),
      'preferences:set-favourite': async ({ favourite, ...role }) => {
        await (await area()).preferences.setFavourite(role, favourite);
      },
      'preferences:set-account': async ({ instanceId, accountId, preferences }) => {
        await (await area()).preferences.setAccount(instanceId, accountId, preferences);
      },
    };
  },
};
