// Roles as the tray and the quick switcher name them: "<alias or account name> / <role>", with the
// account id and the instance, resolved from the portal lists and the user's preferences. Pure.
import { cleanText, cutText } from './display-text';
import type { PortalAccount } from './portal';
import { accountKey, sameRole, type Preferences, type RoleKey } from './preferences';

export interface RoleChoice {
  readonly role: RoleKey;
  /** `<instanceId>/<accountId>/<roleName>`: unique, stable. */
  readonly key: string;
  /** The alias when set, else the portal's account name (cleaned, never empty). */
  readonly accountLabel: string;
  readonly accountId: string;
  readonly roleName: string;
  readonly favourite: boolean;
}

/** The accounts the app knows, per instance (from portal snapshots). */
export type AccountsByInstance = ReadonlyMap<string, readonly PortalAccount[]>;

export const maxAccountLabelLength = 40;

export function roleChoiceKey(role: RoleKey): string {
  return `${role.instanceId}/${role.accountId}/${role.roleName}`;
}

/** One role as a choice; the account's name falls back to its id when the list does not have it. */
export function roleChoice(role: RoleKey, accounts: AccountsByInstance, preferences: Preferences): RoleChoice {
  const account = accounts.get(role.instanceId)?.find((candidate) => candidate.accountId === role.accountId);
  const alias = preferences.accounts[accountKey(role.instanceId, role.accountId)]?.alias;
  const name = cleanText(alias ?? account?.accountName ?? '') || role.accountId;
  return {
    role: { instanceId: role.instanceId, accountId: role.accountId, roleName: role.roleName },
    key: roleChoiceKey(role),
    accountLabel: cutText(name, maxAccountLabelLength),
    accountId: role.accountId,
    roleName: role.roleName,
    favourite: preferences.favourites.some((favourite) => sameRole(favourite, role)),
  };
}

/** "Payments / Admin". */
export function roleChoiceLabel(choice: RoleChoice): string {
  return `${choice.accountLabel} / ${choice.roleName}`;
}

/**
 * The favourites and the recent roles the menu shows: at most `limit` of each, recent ones that are
 * already favourites left out, and only roles of instances still listed.
 */
export function menuRoles(preferences: Preferences, accounts: AccountsByInstance, instanceIds: ReadonlySet<string>, limit: number): { favourites: RoleChoice[]; recent: RoleChoice[] } {
  const known = (role: RoleKey) => instanceIds.has(role.instanceId);
  const favourites = preferences.favourites.filter(known).slice(0, limit);
  const recent = preferences.recent
    .filter((role) => known(role) && !preferences.favourites.some((favourite) => sameRole(favourite, role)))
    .slice(0, limit);
  return {
    favourites: favourites.map((role) => roleChoice(role, accounts, preferences)),
    recent: recent.map((role) => roleChoice(role, accounts, preferences)),
  };
}
