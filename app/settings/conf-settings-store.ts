// Settings in a JSON file written by Conf (or electron-store, which extends Conf: main passes its
// instance here). Conf writes atomically; this adapter adds what Conf lacks: our own schema and
// version steps, and a safe answer to a broken file. A file that is not JSON, or fails the schema,
// is renamed to `<name>.corrupt-<timestamp>.json` (bytes untouched), the app starts with defaults
// and the caller tells the user. It never crashes and never drops the user's data silently.
import { readFileSync, renameSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Clock } from '../ports/clock';
import { migrateSettings } from './settings-migrations';
import { defaultSettings, Settings } from './settings-schema';
import type { SettingsLoadResult, SettingsStore } from './settings-store';

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

/** Conf keeps its own bookkeeping under this key; it is not ours to validate. */
const confInternalKey = '__internal__';

export class ConfSettingsStore implements SettingsStore {
  constructor(
    private readonly conf: ConfLike,
    private readonly clock: Clock,
  ) {}

  async load(): Promise<SettingsLoadResult> {
    let text: string;
    try {
      text = readFileSync(this.conf.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { settings: defaultSettings() };
      throw error;
    }
    const checked = check(text);
    if (checked.ok) {
      if (checked.migrated) await this.save(checked.settings);
      return { settings: checked.settings };
    }
    const backupPath = this.#moveAside();
    const settings = defaultSettings();
    await this.save(settings);
    return { settings, problem: { reason: checked.reason, backupPath } };
  }

  async save(settings: Settings): Promise<void> {
    this.conf.store = { ...settings };
  }

  #moveAside(): string {
    const file = this.conf.path;
    const extension = extname(file);
    const stamp = new Date(this.clock.now()).toISOString().replace(/[:.]/g, '-');
    const backupPath = join(dirname(file), `${basename(file, extension)}.corrupt-${stamp}.json`);
    renameSync(file, backupPath);
    return backupPath;
  }
}

type CheckResult =
  | { readonly ok: true; readonly settings: Settings; readonly migrated: boolean }
  | { readonly ok: false; readonly reason: string };

function check(text: string): CheckResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the file is not valid JSON' };
  }
  if (typeof data === 'object' && data !== null && !Array.isArray(data) && confInternalKey in data) {
    const { [confInternalKey]: _internal, ...rest } = data as Record<string, unknown>;
    data = rest;
  }
  const migrated = migrateSettings(data);
  if (!migrated.ok) return { ok: false, reason: migrated.reason };
  const parsed = Settings.safeParse(migrated.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `the file does not match the settings format (${issue?.path.join('.') || 'root'}: ${issue?.message ?? 'invalid'})` };
  }
  return { ok: true, settings: parsed.data, migrated: migrated.migrated };
}
