// The page's state, one zustand store per app instance. Created with the DesktopApi it talks to,
// so tests pass a fake and the page passes window.desktop. Holds nothing secret: the contract
// never sends a token here.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DesktopApi } from '../../../app/ipc/contract';
import { createActionRunner } from './action-runner';
import { without, type ActionError, type ActionKey } from './action-status';
import { createAppInfoSlice, type AppInfoSlice } from './app-info-slice';
import { createConsoleSlice, type ConsoleSlice } from './console-slice';
import { createAppSettingsSlice, type AppSettingsSlice } from './app-settings-slice';
import { createInstancesSlice, type InstancesSlice } from './instances-slice';
import { createNoticesSlice, type NoticesSlice } from './notices-slice';
import { createPortalSlice, type PortalSlice } from './portal-slice';
import { createPreferencesSlice, type PreferencesSlice } from './preferences-slice';
import { createSettingsScreenSlice, type SettingsScreenSlice } from './settings-screen-slice';
import { createProfileSyncSlice, type ProfileSyncSlice } from './profile-sync-slice';

export type { AppInfoState } from './app-info-slice';

export interface AppState extends AppInfoSlice, AppSettingsSlice, InstancesSlice, NoticesSlice, PortalSlice, PreferencesSlice, ConsoleSlice, SettingsScreenSlice, ProfileSyncSlice {
  /** Requests the user started that have not answered yet. */
  readonly pending: Readonly<Record<ActionKey, true>>;
  /** The last error of each action, until it succeeds or is dismissed. */
  readonly errors: Readonly<Record<ActionKey, ActionError>>;
  /** Forgets the error of one action (its message was dismissed). */
  dismissError(key: ActionKey): void;
  /**
   * Subscribes to the lists' events (instances, notices, the portal, preferences, app settings), then loads
   * them; each instance's portal list is read as the instance appears. Returns the release.
   * Shared: the page's entry connects as it creates the store, so the first requests go out
   * before React has rendered anything, and the App's effect holds the same connection; only the
   * last release unsubscribes, and a later connect loads everything again.
   */
  connect(): () => void;
  /**
   * Settles once the connection's first loads have all answered (or failed); at once when not
   * connected. For the first render: later loads (a reconnect) are not what it waits for.
   */
  whenLoaded(): Promise<void>;
}

export type AppStore = StoreApi<AppState>;

/** `initialHash`: the page URL's fragment (`#settings` opens the settings screen first). */
export function createAppStore(desktop: DesktopApi, initialHash = ''): AppStore {
  return createStore<AppState>()((set, get, store) => {
    const context = { desktop, set, get, run: createActionRunner(set, get) };
    const instances = createInstancesSlice(context);
    const notices = createNoticesSlice(context);
    const portal = createPortalSlice(context);
    const preferences = createPreferencesSlice(context);
    const appSettings = createAppSettingsSlice(context);
    const settingsScreen = createSettingsScreenSlice(context, initialHash);
    let holders = 0;
    let disconnect: (() => void) | undefined;
    let loaded: Promise<void> = Promise.resolve();
    const subscribeAndLoad = () => {
      // Subscribe before loading, so a change between the load and its answer is not lost.
      const stops = [instances.listen(), notices.listen(), portal.listen(), preferences.listen(), appSettings.listen(), settingsScreen.listen()];
      // Each instance in the list gets its portal list read once (and dropped when it goes).
      const followInstances = (state: AppState) => {
        if (state.instances.status === 'loaded') portal.followInstances(state.instances.list.map((instance) => instance.id));
      };
      stops.push(store.subscribe((state, previous) => state.instances !== previous.instances && followInstances(state)));
      const loads = [get().loadInstances(), get().loadNotices(), get().loadPreferences(), get().loadAppSettings()];
      // Every list alongside the instances, rather than one request per instance after their
      // answer. Asked last: its answer is the big one, and the small ones (the aliases the list is
      // sorted by among them) should not queue behind it and make the list render twice.
      loads.push(portal.loadAllPortals().then(() => followInstances(get())));
      loaded = Promise.allSettled(loads).then(() => {});
      return () => {
        stops.forEach((stop) => stop());
        loaded = Promise.resolve();
      };
    };
    return {
      pending: {},
      errors: {},
      ...createAppInfoSlice(context),
      ...instances.state,
      ...notices.state,
      ...portal.state,
      ...preferences.state,
      ...createConsoleSlice(context),
      ...createProfileSyncSlice(context),
      ...appSettings.state,
      ...settingsScreen.state,
      dismissError(key) {
        set((state) => ({ errors: without(state.errors, key) }));
      },
      whenLoaded: () => loaded,
      connect() {
        holders += 1;
        disconnect ??= subscribeAndLoad();
        let released = false;
        return () => {
          if (released) return;
          released = true;
          holders -= 1;
          if (holders > 0) return;
          disconnect?.();
          disconnect = undefined;
        };
      },
    };
  });
}
