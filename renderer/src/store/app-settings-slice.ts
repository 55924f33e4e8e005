// The app's own settings (the settings screen), kept by main in settings.json. `settings:get`
// fills the page; every saved change comes back whole as `settings-changed`, which is the source
// of truth (another window or main itself may change them too). A change is sent as a patch of
// whole groups; its error stays under its own key so the screen shows it beside the field.
import type { AppSettings, AppSettingsPatch } from '../../../app/model/app-settings';
import type { ErrorCode } from '../../../app/ipc/result';
import { actionKey, type ActionKey } from './action-status';
import type { EventSlice, SliceContext } from './slice';

export type AppSettingsState =
  | { readonly status: 'loading' }
  | { readonly status: 'loaded'; readonly value: AppSettings }
  | { readonly status: 'failed'; readonly code: ErrorCode; readonly message: string };

export interface AppSettingsSlice {
  readonly appSettings: AppSettingsState;
  loadAppSettings(): Promise<void>;
  /**
   * Saves a patch; `field` names what the user changed (its error is kept under that key, see
   * settingsKey). True when saved.
   */
  updateAppSettings(field: string, patch: AppSettingsPatch): Promise<boolean>;
}

/** The action key of one field's change, so its error shows at that field. */
export function settingsKey(field: string): ActionKey {
  return actionKey('settings:update', field);
}

export function createAppSettingsSlice({ desktop, set, get, run }: SliceContext): EventSlice<AppSettingsSlice> {
  let eventCount = 0;

  const state: AppSettingsSlice = {
    appSettings: { status: 'loading' },
    async loadAppSettings() {
      const seen = eventCount;
      if (get().appSettings.status === 'failed') set({ appSettings: { status: 'loading' } });
      const result = await desktop.request('settings:get');
      if (eventCount !== seen) return;
      set({ appSettings: result.ok ? { status: 'loaded', value: result.value } : { status: 'failed', code: result.code, message: result.message } });
    },
    async updateAppSettings(field, patch) {
      const seen = eventCount;
      const result = await run(settingsKey(field), () => desktop.request('settings:update', patch));
      // The answer is the saved whole; an event that came meanwhile is at least as new.
      if (result?.ok && eventCount === seen) set({ appSettings: { status: 'loaded', value: result.value } });
      return result?.ok ?? false;
    },
  };

  return {
    state,
    listen: () =>
      desktop.subscribe('settings-changed', (value) => {
        eventCount += 1;
        set({ appSettings: { status: 'loaded', value } });
      }),
  };
}
