// Reads the text of settings.json into settings this version can use: JSON, Conf's bookkeeping
// removed, version steps run, the schema checked, each instance checked like a new one
// (loaded-instances.ts). What the schema does not know, and the records of instances left out, are
// returned beside the settings (settings-extras.ts) so that saving writes them back.
import { checkLoadedInstances, type SkippedInstance } from './loaded-instances';
import { migrateSettings } from './settings-migrations';
import { extrasOf, type SettingsExtras } from './settings-extras';
import { Settings } from './settings-schema';

/** Conf keeps its own bookkeeping under this key; it is not ours to validate (Conf keeps it on save). */
const confInternalKey = '__internal__';

export type SettingsFileRead =
  | {
      readonly ok: true;
      readonly settings: Settings;
      readonly extras: SettingsExtras;
      readonly skippedInstances: readonly SkippedInstance[];
      readonly migrated: boolean;
    }
  | { readonly ok: false; readonly reason: string };

export function readSettingsFile(text: string): SettingsFileRead {
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
  const loaded = checkLoadedInstances(parsed.data.instances);
  return {
    ok: true,
    settings: { ...parsed.data, instances: [...loaded.instances] },
    extras: extrasOf(migrated.value, new Set(loaded.skipped.map((skipped) => skipped.index))),
    skippedInstances: loaded.skipped.map(({ name, reason }) => ({ name, reason })),
    migrated: migrated.migrated,
  };
}
