// The settings file: non-secret preferences and the list of instances. Versioned; older files are
// brought up to date by the step table in settings-migrations.ts. No token ever goes in here.
import { z } from 'zod';
import { InstanceSchema } from '../model/instance';
import { AccountPreferencesSchema, PreferencesSchema, RoleKeySchema } from '../model/preferences-schema';
import {
  cleanAccountPreferences,
  emptyPreferences,
  maxFavourites,
  maxRecentRoles,
  type AccountPreferences,
  type Preferences,
  type RoleKey,
} from '../model/preferences';
import { knownRegions } from '../model/regions';
import { readStoredAppSettings } from '../model/app-settings';

export const currentSettingsVersion = 1;

/** Preferences of the portal list. Optional as a whole: files from before it load unchanged. */
export const PortalPreferences = z.object({
  /** How often a signed-in instance's list refreshes by itself, in minutes (5 min to a day). */
  refreshIntervalMinutes: z.number().int().min(5).max(24 * 60).default(60),
});
export type PortalPreferences = z.infer<typeof PortalPreferences>;

const RecentRoleSchema = PreferencesSchema.shape.recent.element;
/** `<instanceId>/<accountId>` (model/preferences.ts accountKey), with an instance id as InstanceSchema allows. */
const storedAccountKey = /^[A-Za-z0-9-]{1,64}\/\d{12}$/;

/**
 * The user's marks on the portal list as read back from the file (model/preferences.ts): what the
 * app itself writes always fits PreferencesSchema, but the file is not trusted (it may be
 * hand-edited, or written by a newer SSO Tray with higher limits). An entry that does not fit is
 * left out rather than setting the whole file aside with the user's instances; duplicates go, the
 * lists are cut to their limits, aliases are cleaned as when typed and an unknown colour or region
 * is dropped.
 */
export function readStoredPreferences(value: unknown): Preferences {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return emptyPreferences();
  const record = value as Record<string, unknown>;
  const favourites = uniqueRoles(entriesOf(record['favourites'], RoleKeySchema)).slice(0, maxFavourites);
  const recent = uniqueRoles(entriesOf(record['recent'], RecentRoleSchema)).slice(0, maxRecentRoles);
  const accounts: Record<string, AccountPreferences> = {};
  const stored = record['accounts'];
  if (typeof stored === 'object' && stored !== null && !Array.isArray(stored)) {
    for (const [key, entry] of Object.entries(stored)) {
      if (!storedAccountKey.test(key)) continue;
      const account = storedAccount(entry);
      if (Object.keys(account).length > 0) accounts[key] = account;
    }
  }
  return { favourites, recent, accounts };
}

/** Field by field, so an alias too long or a colour a newer version added costs only that field. */
function storedAccount(entry: unknown): AccountPreferences {
  if (typeof entry !== 'object' || entry === null) return {};
  const { alias, colour, defaultRegion } = entry as Record<string, unknown>;
  return cleanAccountPreferences({
    alias: typeof alias === 'string' ? alias : undefined,
    colour: AccountPreferencesSchema.shape.colour.safeParse(colour).data,
    defaultRegion: typeof defaultRegion === 'string' && knownRegions.includes(defaultRegion) ? defaultRegion : undefined,
  });
}

function entriesOf<T>(list: unknown, schema: z.ZodType<T>): T[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry) => {
    const parsed = schema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The first of each account/role pair, in order. */
function uniqueRoles<T extends RoleKey>(roles: readonly T[]): T[] {
  const seen = new Set<string>();
  return roles.filter((role) => {
    const key = JSON.stringify([role.instanceId, role.accountId, role.roleName]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const Settings = z.object({
  version: z.literal(currentSettingsVersion),
  instances: z.array(InstanceSchema),
  portal: PortalPreferences.optional(),
  /** Favourites, recent roles and per account an alias, a colour and a default region (app/preferences). Optional: files from before it load unchanged. */
  preferences: z.unknown().transform(readStoredPreferences).pipe(PreferencesSchema).optional(),
  /** The settings screen's values (model/app-settings.ts); read field by field. Optional: older files load unchanged. */
  appSettings: z.unknown().transform(readStoredAppSettings).optional(),
});

export type Settings = z.infer<typeof Settings>;

export function defaultSettings(): Settings {
  return { version: currentSettingsVersion, instances: [] };
}
