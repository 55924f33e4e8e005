// Where the settings live: a JSON file through Conf/electron-store (ConfSettingsStore), or memory
// in tests. Loading never throws for a broken file: the file is kept aside and defaults are used.
import type { SkippedInstance } from './loaded-instances';
import type { Settings } from './settings-schema';

/** Longest reason a problem carries, in UTF-16 units: it may quote the file, which may be huge. */
export const settingsReasonMaxLength = 300;

export interface SettingsProblem {
  /** Why the file could not be used (safe to show; at most settingsReasonMaxLength). */
  readonly reason: string;
  /**
   * Where the original bytes were moved. Absent when they could not be moved: the store then
   * refuses to save, so the file is never overwritten with defaults.
   */
  readonly backupPath?: string;
}

export interface SettingsLoadResult {
  readonly settings: Settings;
  readonly problem?: SettingsProblem;
  /** Instances in the file that failed the rules of adding one: not in `settings`, kept in the file. */
  readonly skippedInstances?: readonly SkippedInstance[];
}

export interface SettingsStore {
  load(): Promise<SettingsLoadResult>;
  save(settings: Settings): Promise<void>;
}
