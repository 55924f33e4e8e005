// The schemas of the user's marks on the portal list (preferences.ts): the one definition for the
// settings file, the IPC contract and the types. Apart from preferences.ts so that the page, which
// needs only its constants and functions, loads no zod.
import { z } from 'zod';
import { AccountIdSchema, RoleNameSchema } from './portal';
import { accountColours, maxAliasLength, maxFavourites, maxRecentRoles } from './preferences';

export const RoleKeySchema = z.object({
  instanceId: z.string().min(1).max(64),
  accountId: AccountIdSchema,
  roleName: RoleNameSchema,
});
export type RoleKey = z.infer<typeof RoleKeySchema>;

export const AccountPreferencesSchema = z.object({
  /** The user's own name for the account, shown before the portal's name. */
  alias: z.string().trim().min(1).max(maxAliasLength).optional(),
  colour: z.enum(accountColours).optional(),
  /** The region consoles and credentials use for this account when none is chosen per click. */
  defaultRegion: z.string().min(1).max(32).optional(),
});
export type AccountPreferences = z.infer<typeof AccountPreferencesSchema>;

export const PreferencesSchema = z.object({
  favourites: z.array(RoleKeySchema).max(maxFavourites),
  recent: z.array(RoleKeySchema.extend({ usedAt: z.number() })).max(maxRecentRoles),
  /** Keyed `<instanceId>/<accountId>`. */
  accounts: z.record(z.string().max(80), AccountPreferencesSchema),
});
export type Preferences = z.infer<typeof PreferencesSchema>;
