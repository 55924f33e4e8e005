// Brings a parsed settings object from the version it was written with up to the current one, one
// step at a time. Each step takes the previous version's shape as unknown data; the final result is
// validated against the current schema by the caller.
import { quoteText } from '../model/display-text';
import { currentSettingsVersion } from './settings-schema';

type Step = (previous: Record<string, unknown>) => Record<string, unknown>;

/**
 * steps[n] turns version n into version n + 1. A step spreads the previous object, so keys it does
 * not know (written by a newer SSO Tray) reach the store, which writes them back (settings-extras.ts).
 */
const steps: Readonly<Record<number, Step>> = {
  // Version 0: a file without a `version` field (never released; also a hand-written file).
  0: (previous) => ({ ...previous, version: 1, instances: previous['instances'] ?? [] }),
};

export type MigrationResult =
  | { readonly ok: true; readonly value: Record<string, unknown>; readonly migrated: boolean }
  | { readonly ok: false; readonly reason: string };

export function migrateSettings(data: unknown, stepTable: Readonly<Record<number, Step>> = steps, target = currentSettingsVersion): MigrationResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, reason: 'the file does not hold a JSON object' };
  }
  let value = data as Record<string, unknown>;
  const start = value['version'] === undefined ? 0 : value['version'];
  if (typeof start !== 'number' || !Number.isInteger(start) || start < 0) {
    // Quoted short: the value is whatever the file holds, up to megabytes.
    return { ok: false, reason: `the version field is not a whole number (${quoteText(JSON.stringify(start) ?? String(start), 40)})` };
  }
  if (start > target) {
    return { ok: false, reason: `it was written by a newer SSO Tray (settings version ${start})` };
  }
  for (let version = start; version < target; version += 1) {
    const step = stepTable[version];
    if (!step) return { ok: false, reason: `there is no upgrade from settings version ${version}` };
    value = step(value);
  }
  return { ok: true, value, migrated: start !== target };
}
