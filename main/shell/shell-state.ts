// What the tray and the notification rules look at, gathered from the core: the instances with
// their sessions, the preferences (favourites, recent, aliases), the accounts of each portal list
// (for the roles' names) and the app settings. Electron-free: it follows the core's events and
// asks through the dispatcher, and tells its listener when anything changed.
import type { Core } from '../../app/core';
import { defaultAppSettings, type AppSettings } from '../../app/model/app-settings';
import type { InstanceView } from '../../app/model/instance-view';
import type { PortalAccount, PortalDiff } from '../../app/model/portal';
import { emptyPreferences, type Preferences } from '../../app/model/preferences';
import { menuRoles } from '../../app/model/role-choices';
import type { Logger } from '../../app/ports/logger';
import type { CoreRequest } from '../commands/app-command';
import { onCoreEvent } from '../core-events';
import { maxMenuRoles, type ShortcutStatus, type TrayState } from '../tray/tray-menu';
import type { ActiveProfile } from '../../app/aws-files/active-profile-keeper';
import { trayActiveRole } from './active-role';

export interface ShellSnapshot {
  readonly instances: readonly InstanceView[];
  readonly preferences: Preferences;
  readonly accounts: ReadonlyMap<string, readonly PortalAccount[]>;
  readonly settings: AppSettings;
}

export interface ShellStateDeps {
  readonly core: Pick<Core, 'events' | 'ready' | 'appSettings' | 'onAppSettingsChange' | 'quickActions'>;
  readonly request: CoreRequest;
  readonly logger: Logger;
  /** After any change (the tray redraws what changed; the rules look again). */
  readonly changed: () => void;
  /** Settings as saved, first at start and then on each change (shortcut, login item, theme). */
  readonly settingsChanged: (settings: AppSettings) => void;
  readonly portalRefreshed: (instance: InstanceView | undefined, diff: PortalDiff, accountsNow: number) => void;
}

export interface ShellState {
  snapshot(): ShellSnapshot;
  trayState(appName: string, now: number, shortcut: ShortcutStatus | undefined): TrayState;
  /** Reads the kept profiles again (a renewal moves their expiry without any settings change). */
  refreshActive(): Promise<void>;
  /** Settles once the first values were read. */
  readonly loaded: Promise<void>;
  stop(): void;
}

export function createShellState(deps: ShellStateDeps): ShellState {
  let instances: readonly InstanceView[] = [];
  let preferences = emptyPreferences();
  let settings = defaultAppSettings();
  const accounts = new Map<string, readonly PortalAccount[]>();
  let stopped = false;
  let kept: readonly ActiveProfile[] = [];

  const readActive = async () => {
    const result = await deps.request('profiles:get-active', undefined);
    if (stopped || !result.ok) return;
    kept = result.value as ActiveProfile[];
    deps.changed();
  };

  const readAccounts = async (instanceId: string) => {
    const result = await deps.request('portal:get-snapshot', { instanceId });
    if (stopped) return;
    if (result.ok) accounts.set(instanceId, (result.value as { accounts: PortalAccount[] }).accounts);
    else accounts.delete(instanceId);
    deps.changed();
  };
  // A listing streams many portal-changed events: read each changed list again at most once per
  // burst, after it settles (the tray needs names, not every account as it arrives).
  const dirty = new Set<string>();
  let readTimer: ReturnType<typeof setTimeout> | undefined;
  const markDirty = (instanceId: string) => {
    dirty.add(instanceId);
    if (readTimer) return;
    readTimer = setTimeout(() => {
      readTimer = undefined;
      const ids = [...dirty];
      dirty.clear();
      for (const id of ids) void readAccounts(id);
    }, 1_000);
    readTimer.unref?.();
  };

  const setInstances = (next: readonly InstanceView[]) => {
    const known = new Set(instances.map((instance) => instance.id));
    instances = next;
    for (const id of [...accounts.keys()]) if (!next.some((instance) => instance.id === id)) accounts.delete(id);
    for (const instance of next) if (!known.has(instance.id)) void readAccounts(instance.id);
    deps.changed();
  };

  const stops = [
    onCoreEvent(deps.core.events, 'instances-changed', setInstances),
    onCoreEvent(deps.core.events, 'preferences-changed', (value) => {
      preferences = value;
      deps.changed();
    }),
    onCoreEvent(deps.core.events, 'portal-changed', ({ instanceId }) => markDirty(instanceId)),
    onCoreEvent(deps.core.events, 'portal-refreshed', ({ instanceId, diff }) => {
      const instance = instances.find((candidate) => candidate.id === instanceId);
      void deps.request('portal:get-snapshot', { instanceId }).then((result) => {
        if (stopped) return;
        const list = result.ok ? (result.value as { accounts: PortalAccount[] }).accounts : [];
        if (result.ok) accounts.set(instanceId, list);
        deps.portalRefreshed(instance, diff, list.length);
        deps.changed();
      });
    }),
    deps.core.onAppSettingsChange((value) => {
      settings = value;
      deps.settingsChanged(value);
      deps.changed();
      // profiles.active is saved after each make-active: the tray shows the new role.
      void readActive();
    }),
  ];

  const loaded = (async () => {
    await deps.core.ready;
    const [listed, prefs, appSettings] = await Promise.all([deps.request('instances:list', undefined), deps.request('preferences:get', undefined), deps.core.appSettings()]);
    if (stopped) return;
    if (prefs.ok) preferences = prefs.value as Preferences;
    settings = appSettings;
    deps.settingsChanged(settings);
    if (listed.ok) setInstances(listed.value as InstanceView[]);
    else deps.changed();
    await readActive();
  })().catch((error: unknown) => deps.logger.warn('The tray could not read the app state', { error }));

  return {
    loaded,
    snapshot: () => ({ instances, preferences, accounts, settings }),
    refreshActive: readActive,
    trayState(appName, now, shortcut) {
      const roles = menuRoles(preferences, accounts, new Set(instances.map((instance) => instance.id)), maxMenuRoles);
      return {
        appName,
        instances,
        favourites: roles.favourites,
        recent: roles.recent,
        active: trayActiveRole(kept, settings, accounts, preferences),
        capabilities: deps.core.quickActions(),
        quickCopyFormat: settings.credentials.quickCopyFormat,
        shortcut,
        now,
      };
    },
    stop() {
      stopped = true;
      if (readTimer) clearTimeout(readTimer);
      stops.forEach((stop) => stop());
    },
  };
}
