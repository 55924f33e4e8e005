// A settings store that refuses every save: what the core runs on when loading the settings failed
// in a way the store itself did not handle, so the file that could not be read is never replaced.
import { AppError } from '../ipc/result';
import { quoteText } from '../model/display-text';
import type { Settings } from './settings-schema';
import { settingsReasonMaxLength, type SettingsLoadResult, type SettingsStore } from './settings-store';

export class ReadOnlySettingsStore implements SettingsStore {
  constructor(
    private readonly loaded: SettingsLoadResult,
    private readonly reason: string,
  ) {}

  async load(): Promise<SettingsLoadResult> {
    return this.loaded;
  }

  async save(_settings: Settings): Promise<void> {
    throw new AppError('settings-corrupt', `Settings cannot be saved: ${quoteText(this.reason, settingsReasonMaxLength)}. Fix or remove the settings file and restart SSO Tray.`);
  }
}
