// What settings.json holds that this version does not know: top-level keys and fields of an
// instance that a newer SSO Tray wrote. The schema drops them from the in-memory settings, so the
// store keeps them here and puts them back on every save; going back one version then costs the
// user nothing.
import { InstanceSchema } from '../model/instance';
import { Settings } from './settings-schema';

export interface SettingsExtras {
  /** Unknown top-level keys with their values as parsed. */
  readonly topLevel: Readonly<Record<string, unknown>>;
  /** Unknown fields of each instance record, by instance id. */
  readonly instanceFields: ReadonlyMap<string, Readonly<Record<string, unknown>>>;
  /** Instance records left out on load (loaded-instances.ts), written back after the others. */
  readonly setAsideInstances: readonly unknown[];
}

export const noExtras: SettingsExtras = { topLevel: {}, instanceFields: new Map(), setAsideInstances: [] };

const knownTopLevel = new Set(Object.keys(Settings.shape));
const knownInstance = new Set(Object.keys(InstanceSchema.shape));

/**
 * The unknown keys of a migrated settings object (the schema has accepted it); the instance
 * records at `setAside` positions are kept whole instead.
 */
export function extrasOf(data: Readonly<Record<string, unknown>>, setAside: ReadonlySet<number> = new Set()): SettingsExtras {
  const instanceFields = new Map<string, Record<string, unknown>>();
  const records = Array.isArray(data['instances']) ? (data['instances'] as unknown[]) : [];
  const setAsideInstances = records.filter((_record, index) => setAside.has(index));
  for (const record of records.filter((_record, index) => !setAside.has(index))) {
    if (typeof record !== 'object' || record === null) continue;
    const { id } = record as { id?: unknown };
    const unknown = unknownEntries(record as Record<string, unknown>, knownInstance);
    if (typeof id === 'string' && Object.keys(unknown).length > 0) instanceFields.set(id, unknown);
  }
  return { topLevel: unknownEntries(data, knownTopLevel), instanceFields, setAsideInstances };
}

/** The object to write: the settings, with the unknown keys back in place. */
export function withExtras(settings: Settings, extras: SettingsExtras): Record<string, unknown> {
  return {
    ...settings,
    instances: [...settings.instances.map((instance) => ({ ...instance, ...extras.instanceFields.get(instance.id) })), ...extras.setAsideInstances],
    ...extras.topLevel,
  };
}

function unknownEntries(record: Readonly<Record<string, unknown>>, known: ReadonlySet<string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !known.has(key)));
}
