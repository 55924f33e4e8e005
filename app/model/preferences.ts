// The user's own marks on the portal list: favourite and recent roles, and per account an alias, a
// colour and a default region. Kept in settings (not in the portal cache), so they survive
// restarts and refreshes of the list. Nothing secret. No zod here: the page imports this module;
// the schemas (the one definition for the settings file, the contract and the types) are in
// preferences-schema.ts.
import { quoteText } from './display-text';
import type { AccountPreferences, Preferences, RoleKey } from './preferences-schema';

export type { AccountPreferences, Preferences, RoleKey } from './preferences-schema';

/** At most this many roles are favourites. */
export const maxFavourites = 500;
/** The longest alias kept, in UTF-16 units; a longer one is cut and ends with an ellipsis. */
export const maxAliasLength = 100;

/** Colours the list and the console frames can show; named, so the theme decides the shade. */
export const accountColours = ['red', 'orange', 'yellow', 'green', 'teal', 'blue', 'purple', 'pink', 'grey'] as const;
export type AccountColour = (typeof accountColours)[number];

/** At most this many recent roles are kept, newest first. */
export const maxRecentRoles = 10;

export function emptyPreferences(): Preferences {
  return { favourites: [], recent: [], accounts: {} };
}

export function accountKey(instanceId: string, accountId: string): string {
  return `${instanceId}/${accountId}`;
}

/** The same account/role pair (whatever else the objects carry). */
export function sameRole(a: RoleKey, b: RoleKey): boolean {
  return a.instanceId === b.instanceId && a.accountId === b.accountId && a.roleName === b.roleName;
}

/**
 * An alias fit to show, as display names are (model/display-text.ts): control characters become a
 * space, bidirectional controls are removed, white space is collapsed and trimmed, and the result is
 * at most maxAliasLength units. Undefined when nothing is left.
 */
export function cleanAlias(text: string): string | undefined {
  return quoteText(text, maxAliasLength) || undefined;
}

/** The account's preferences with the alias cleaned and absent fields left out (`{}`: nothing set). */
export function cleanAccountPreferences(preferences: AccountPreferences): AccountPreferences {
  const alias = preferences.alias === undefined ? undefined : cleanAlias(preferences.alias);
  return {
    ...(alias ? { alias } : {}),
    ...(preferences.colour ? { colour: preferences.colour } : {}),
    ...(preferences.defaultRegion ? { defaultRegion: preferences.defaultRegion } : {}),
  };
}
