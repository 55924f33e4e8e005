// Settings in a JSON file written by Conf (or electron-store, which extends Conf: main passes its
// instance here). Conf writes atomically; this adapter adds what Conf lacks: our own schema and
// version steps, and a safe answer to a broken file. A file that is not JSON, or fails the schema,
// is renamed to `<name>.corrupt-<timestamp>.json` (bytes untouched), the app starts with defaults
// and the caller tells the user. If the file cannot be moved (or read), the store runs on defaults
// and refuses to save, so the file is never overwritten. It never crashes and never drops the
// user's data silently. Conf reads the file in its constructor and throws there when it cannot
// (a directory at the path, no permission), so the store takes a factory and builds Conf in
// load(): such a file becomes a reason shown to the user instead of an app that does not start.
// Keys this version does not know (a newer one wrote them) are written back on every save.
import { readFileSync, renameSync } from 'node:fs';
import { AppError } from '../ipc/result';
import { basename, dirname, extname, join } from 'node:path';
import type { Clock } from '../ports/clock';
import { settingsSaveError } from './settings-save-error';
import { readSettingsFile } from './read-settings-file';
import { noExtras, withExtras, type SettingsExtras } from './settings-extras';
import { defaultSettings, type Settings } from './settings-schema';
import { quoteText } from '../model/display-text';
import { settingsReasonMaxLength, type SettingsLoadResult, type SettingsStore } from './settings-store';

/** The part of the Conf / electron-store API this adapter uses. */
export interface ConfLike {
  readonly path: string;
  store: Record<string, unknown>;
}

/**
 * Options main must pass to `new ElectronStore(...)` (and Node to `new Conf(...)`): with
 * clearInvalidConfig, Conf's constructor does not throw on a broken file and, without defaults or a
 * schema, does not rewrite it either, so this adapter still finds the original bytes to keep.
 */
export const confSettingsOptions = { clearInvalidConfig: true, configFileMode: 0o600 } as const;

/** The file operations used besides Conf's own writes (a seam for tests of failing disks). */
export interface SettingsFiles {
  readFileSync(path: string, encoding: 'utf8'): string;
  renameSync(from: string, to: string): void;
}

const nodeFiles: SettingsFiles = { readFileSync, renameSync };

/** A Conf instance, or a function that builds one (main: `() => new ElectronStore(...)`). */
export type ConfSource = ConfLike | (() => ConfLike);

export class ConfSettingsStore implements SettingsStore {
  /** Set when the file could neither be read nor kept aside: saving would destroy it. */
  #readOnlyReason: string | undefined;
  #conf: ConfLike | undefined;
  readonly #open: () => ConfLike;
  /** Where the file is, once known (Conf knows it; a failed construction names it in its error). */
  #path = 'the settings file';
  /** What the file holds that this version does not know; written back on every save. */
  #extras: SettingsExtras = noExtras;

  /** `expectedPath` names the file in messages when Conf cannot even be built. */
  constructor(
    source: ConfSource,
    private readonly clock: Clock,
    private readonly files: SettingsFiles = nodeFiles,
    expectedPath?: string,
  ) {
    this.#open = typeof source === 'function' ? source : () => source;
    if (expectedPath) this.#path = expectedPath;
  }

  async load(): Promise<SettingsLoadResult> {
    let conf: ConfLike;
    let text: string;
    try {
      conf = this.#confOrOpen();
      text = this.files.readFileSync(conf.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { settings: defaultSettings() };
      return this.#readOnly(`the file could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    const checked = readSettingsFile(text);
    if (checked.ok) {
      this.#extras = checked.extras;
      // Writing the upgrade back is not needed to run; a folder that refuses it is reported when
      // the user next changes something (settings-unwritable), not as a file that cannot be read.
      if (checked.migrated) await this.save(checked.settings).catch(() => undefined);
      const skipped = checked.skippedInstances;
      return { settings: checked.settings, ...(skipped.length > 0 ? { skippedInstances: skipped } : {}) };
    }
    let backupPath: string;
    try {
      backupPath = this.#moveAside();
    } catch (error) {
      return this.#readOnly(`${checked.reason}, and it could not be kept aside (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    const settings = defaultSettings();
    // The original bytes are safe in the backup; an unwritable folder only means no fresh file yet.
    await this.save(settings).catch(() => undefined);
    return { settings, problem: { reason: quoteText(checked.reason, settingsReasonMaxLength), backupPath } };
  }

  async save(settings: Settings): Promise<void> {
    if (this.#readOnlyReason) {
      throw new AppError('settings-corrupt', `Settings cannot be saved: ${this.#readOnlyReason}. Fix or remove ${this.#path} and restart SSO Tray.`);
    }
    try {
      this.#confOrOpen().store = withExtras(settings, this.#extras);
    } catch (error) {
      throw settingsSaveError(error, dirname(this.#path)) ?? error;
    }
  }

  #confOrOpen(): ConfLike {
    if (this.#conf) return this.#conf;
    try {
      this.#conf = this.#open();
    } catch (error) {
      const path = (error as NodeJS.ErrnoException).path;
      if (path) this.#path = path;
      throw error;
    }
    this.#path = this.#conf.path;
    return this.#conf;
  }

  #readOnly(text: string): SettingsLoadResult {
    const reason = quoteText(text, settingsReasonMaxLength);
    this.#readOnlyReason = reason;
    return { settings: defaultSettings(), problem: { reason } };
  }

  #moveAside(): string {
    const file = this.#confOrOpen().path;
    const extension = extname(file);
    const stamp = new Date(this.clock.now()).toISOString().replace(/[:.]/g, '-');
    const backupPath = join(dirname(file), `${basename(file, extension)}.corrupt-${stamp}.json`);
    this.files.renameSync(file, backupPath);
    return backupPath;
  }
}
