// The portal list as the rows of one flat, virtualised tree: favourites, then the roles used last,
// then the accounts (under a heading per instance when there are several), each account followed
// by its roles when expanded. While searching: the hits, best first, with the roles that matched shown. Pure, so the
// component only renders what this decides.
import { cleanText } from '../../../app/model/display-text';
import type { InstanceView } from '../../../app/model/instance-view';
import type { PortalAccount } from '../../../app/model/portal';
import type { SearchDocument, SearchHit } from '../../../app/model/portal-search';
import { nameCollator } from '../../../app/model/name-collator';
import { accountKey, type AccountPreferences, type Preferences, type RoleKey } from '../../../app/model/preferences';
import type { InstancePortalState } from '../store/portal-slice';
import { roleMarkKey } from '../store/portal-slice';
import { asciiSortKey, keysMatchCollator, pageLanguage } from './name-order';

/** One account as the list shows it, with the user's marks. */
export interface ListedAccount {
  /** `<instanceId>/<accountId>`, also the search document's key. */
  readonly key: string;
  readonly instanceId: string;
  readonly account: PortalAccount;
  /**
   * The portal's name and email as shown and searched: on one line, without the bidirectional
   * controls that could make a name read as another (display-text.ts), never empty.
   */
  readonly name: string;
  readonly email: string;
  /** The alias when set, else the portal's name. */
  readonly displayName: string;
  readonly preferences: AccountPreferences;
}

interface TreePosition {
  /** Unique and stable across renders (focus and expansion follow it). */
  readonly key: string;
  /** aria-level, aria-setsize and aria-posinset: the tree is flat in the DOM. */
  readonly level: number;
  readonly setSize: number;
  readonly position: number;
}

export type ListRow =
  | (TreePosition & { readonly kind: 'group'; readonly group: 'favourites' | 'recent' | 'instance'; readonly label: string; readonly count: number; readonly expanded: boolean; readonly instanceId?: string })
  | (TreePosition & {
      readonly kind: 'account';
      readonly listed: ListedAccount;
      readonly expanded: boolean;
      readonly isNew: boolean;
      readonly hit?: SearchHit;
      /** The instance's name, shown while searching several instances. */
      readonly instanceLabel?: string;
    })
  | (TreePosition & {
      readonly kind: 'role';
      readonly listed: ListedAccount;
      readonly roleName: string;
      readonly favourite: boolean;
      readonly isNew: boolean;
      /** In the favourites group: the row also names its account. */
      /** Shown in Favourites or Recent, away from its account: the row names the account too. */
      readonly showsAccount: boolean;
      readonly ranges?: readonly number[];
    })
  | (TreePosition & { readonly kind: 'roles-status'; readonly listed: ListedAccount; readonly status: 'pending' | 'failed' | 'none'; readonly message?: string });

export interface ListInput {
  readonly instances: readonly InstanceView[];
  readonly portals: Readonly<Record<string, InstancePortalState>>;
  readonly preferences: Preferences | undefined;
  /** Expanded accounts (normal view) by key. */
  readonly expanded: ReadonlySet<string>;
  /** Collapsed groups: `favourites` or `instance:<id>`. */
  readonly collapsedGroups: ReadonlySet<string>;
  /** While searching: the hits, and the accounts whose default (roles shown when matched by role) the user flipped. */
  readonly search?: { readonly hits: readonly SearchHit[]; readonly toggled: ReadonlySet<string> };
}

export const favouritesGroupKey = 'favourites';
export const recentGroupKey = 'recent';
export const instanceGroupKey = (instanceId: string) => `instance:${instanceId}`;

/** Cleaned once per account record: the records are immutable and reused across updates. */
const cleaned = new WeakMap<PortalAccount, { readonly name: string; readonly email: string }>();

function cleanedOf(account: PortalAccount): { readonly name: string; readonly email: string } {
  let texts = cleaned.get(account);
  if (!texts) {
    texts = { name: cleanText(account.accountName) || account.accountId, email: cleanText(account.emailAddress) };
    cleaned.set(account, texts);
  }
  return texts;
}

/** Every account of every instance, sorted by display name within each instance. */
export function listAccounts(instances: readonly InstanceView[], portals: Readonly<Record<string, InstancePortalState>>, preferences: Preferences | undefined): ListedAccount[] {
  const listed: ListedAccount[] = [];
  for (const instance of instances) {
    const portal = portals[instance.id];
    if (!portal) continue;
    const ofInstance: ListedAccount[] = [];
    for (const account of portal.accounts.values()) {
      const key = accountKey(instance.id, account.accountId);
      const accountPreferences = preferences?.accounts[key] ?? {};
      const { name, email } = cleanedOf(account);
      ofInstance.push({ key, instanceId: instance.id, account, name, email, displayName: accountPreferences.alias ?? name, preferences: accountPreferences });
    }
    listed.push(...sortByName(ofInstance));
  }
  return listed;
}

/**
 * By display name as the page's collator orders it, then portal name, then key (a total order).
 * Plain-ASCII names in English sort by their keys (name-order.ts): no collator, so none is created
 * as the window opens. Otherwise a cheap code-unit sort on the lower-cased names first leaves the
 * list nearly in the collator's order, so its sort finds long runs and compares about once per
 * account instead of log n times. Same result either way.
 */
export function sortByName(accounts: readonly ListedAccount[], language: string | undefined = pageLanguage()): ListedAccount[] {
  const byKeys = keysMatchCollator(language) ? sortByAsciiKeys(accounts) : undefined;
  if (byKeys) return byKeys;
  const collator = nameCollator(language);
  const byName = (a: ListedAccount, b: ListedAccount) => collator.compare(a.displayName, b.displayName) || collator.compare(a.name, b.name) || (a.key < b.key ? -1 : 1);
  const folded = accounts.map((listed) => ({ folded: listed.displayName.toLowerCase(), listed }));
  folded.sort((a, b) => (a.folded < b.folded ? -1 : a.folded > b.folded ? 1 : 0));
  return folded.map(({ listed }) => listed).sort(byName);
}

/** The accounts sorted by their names' ASCII keys; undefined when a name is not plain ASCII. */
function sortByAsciiKeys(accounts: readonly ListedAccount[]): ListedAccount[] | undefined {
  const keyed: { readonly display: string; readonly name: string; readonly listed: ListedAccount }[] = [];
  for (const listed of accounts) {
    const display = asciiSortKey(listed.displayName);
    const name = listed.name === listed.displayName ? display : asciiSortKey(listed.name);
    if (display === undefined || name === undefined) return undefined;
    keyed.push({ display, name, listed });
  }
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  keyed.sort((a, b) => compare(a.display, b.display) || compare(a.name, b.name) || compare(a.listed.key, b.listed.key));
  return keyed.map(({ listed }) => listed);
}

export function searchDocuments(accounts: readonly ListedAccount[]): SearchDocument[] {
  return accounts.map(({ key, account, name, email, preferences }) => ({
    key,
    accountId: account.accountId,
    accountName: name,
    alias: preferences.alias,
    emailAddress: email,
    roles: roleNames(account),
  }));
}

export function roleNames(account: PortalAccount): readonly string[] {
  return account.roles.status === 'loaded' ? account.roles.names : account.roles.status === 'failed' ? (account.roles.names ?? []) : [];
}

/** Instances that have a list to show (any account, or a listing under way). */
export function listedInstances(instances: readonly InstanceView[], portals: Readonly<Record<string, InstancePortalState>>): InstanceView[] {
  return instances.filter((instance) => {
    const portal = portals[instance.id];
    return portal !== undefined && (portal.accounts.size > 0 || (portal.progress !== undefined && portal.progress.phase !== 'idle'));
  });
}

export function buildRows(input: ListInput, accounts: readonly ListedAccount[]): ListRow[] {
  const favourites = new Set((input.preferences?.favourites ?? []).map((role) => `${accountKey(role.instanceId, role.accountId)}/${role.roleName}`));
  const isFavourite = (listed: ListedAccount, roleName: string) => favourites.has(`${listed.key}/${roleName}`);
  const isNewAccount = (listed: ListedAccount) => input.portals[listed.instanceId]?.newAccounts.has(listed.account.accountId) ?? false;
  const isNewRole = (listed: ListedAccount, roleName: string) => input.portals[listed.instanceId]?.newRoles.has(roleMarkKey(listed.account.accountId, roleName)) ?? false;
  const byKey = new Map(accounts.map((listed) => [listed.key, listed]));
  const shown = listedInstances(input.instances, input.portals);
  const rows: ListRow[] = [];

  const pushAccount = (listed: ListedAccount, level: number, setSize: number, position: number, expanded: boolean, extra: { hit?: SearchHit; instanceLabel?: string; onlyRoles?: ReadonlyMap<string, readonly number[]> } = {}) => {
    rows.push({
      kind: 'account',
      key: listed.key,
      level,
      setSize,
      position,
      listed,
      expanded,
      isNew: isNewAccount(listed),
      ...(extra.hit ? { hit: extra.hit } : {}),
      ...(extra.instanceLabel ? { instanceLabel: extra.instanceLabel } : {}),
    });
    if (!expanded) return;
    const { roles } = listed.account;
    const names = extra.onlyRoles ? roleNames(listed.account).filter((name) => extra.onlyRoles!.has(name)) : roleNames(listed.account);
    const status = roles.status === 'pending' ? 'pending' : roles.status === 'failed' ? 'failed' : names.length === 0 ? 'none' : undefined;
    const childCount = names.length + (status ? 1 : 0);
    names.forEach((roleName, index) => {
      const ranges = extra.hit?.roles.get(roleName);
      rows.push({
        kind: 'role',
        key: `${listed.key}/${roleName}`,
        level: level + 1,
        setSize: childCount,
        position: index + 1,
        listed,
        roleName,
        favourite: isFavourite(listed, roleName),
        isNew: isNewRole(listed, roleName),
        showsAccount: false,
        ...(ranges ? { ranges } : {}),
      });
    });
    if (status) {
      rows.push({
        kind: 'roles-status',
        key: `${listed.key}#roles`,
        level: level + 1,
        setSize: childCount,
        position: childCount,
        listed,
        status,
        ...(roles.status === 'failed' ? { message: roles.message } : {}),
      });
    }
  };

  if (input.search) {
    const { hits, toggled } = input.search;
    const several = shown.length > 1;
    const names = new Map(input.instances.map((instance) => [instance.id, instance.displayName]));
    const found = hits.flatMap((hit) => {
      const listed = byKey.get(hit.key);
      return listed ? [{ hit, listed }] : [];
    });
    found.forEach(({ hit, listed }, index) => {
      // Matched by a role: its matching roles show at once; matched by name: the account alone.
      const expanded = hit.viaRoles !== toggled.has(listed.key);
      const onlyRoles = hit.viaRoles && !toggled.has(listed.key) ? hit.roles : undefined;
      const instanceLabel = several ? names.get(listed.instanceId) : undefined;
      pushAccount(listed, 1, found.length, index + 1, expanded, { hit, ...(instanceLabel ? { instanceLabel } : {}), ...(onlyRoles ? { onlyRoles } : {}) });
    });
    return rows;
  }

  // Favourites: the pinned roles whose account is in a list, in the order they were pinned. Then
  // Recent: the roles last used, newest first, less those already in Favourites (as the tray has them).
  const present = (role: RoleKey) => {
    const listed = byKey.get(accountKey(role.instanceId, role.accountId));
    return listed && roleNames(listed.account).includes(role.roleName) ? [{ listed, roleName: role.roleName }] : [];
  };
  const pinnedOnes = (input.preferences?.favourites ?? []).flatMap(present);
  const recentOnes = (input.preferences?.recent ?? []).flatMap(present).filter(({ listed, roleName }) => !isFavourite(listed, roleName));
  const groups = [
    { group: 'favourites', key: favouritesGroupKey, label: 'Favourites', roles: pinnedOnes },
    { group: 'recent', key: recentGroupKey, label: 'Recent', roles: recentOnes },
  ] as const;
  const shortcutGroups = groups.filter((group) => group.roles.length > 0);
  const topLevel = shortcutGroups.length + (shown.length > 1 ? shown.length : accounts.length);
  let topPosition = 0;
  for (const { group, key, label, roles } of shortcutGroups) {
    const expanded = !input.collapsedGroups.has(key);
    rows.push({ kind: 'group', group, key, label, count: roles.length, expanded, level: 1, setSize: topLevel, position: ++topPosition });
    if (!expanded) continue;
    roles.forEach(({ listed, roleName }, index) => {
      rows.push({
        kind: 'role',
        key: `${key}/${listed.key}/${roleName}`,
        level: 2,
        setSize: roles.length,
        position: index + 1,
        listed,
        roleName,
        favourite: isFavourite(listed, roleName),
        isNew: false,
        showsAccount: true,
      });
    });
  }

  if (shown.length > 1) {
    for (const instance of shown) {
      const ofInstance = accounts.filter((listed) => listed.instanceId === instance.id);
      const groupKey = instanceGroupKey(instance.id);
      const expanded = !input.collapsedGroups.has(groupKey);
      rows.push({ kind: 'group', group: 'instance', key: groupKey, instanceId: instance.id, label: instance.displayName, count: ofInstance.length, expanded, level: 1, setSize: topLevel, position: ++topPosition });
      if (expanded) ofInstance.forEach((listed, index) => pushAccount(listed, 2, ofInstance.length, index + 1, input.expanded.has(listed.key)));
    }
  } else {
    accounts.forEach((listed) => pushAccount(listed, 1, topLevel, ++topPosition, input.expanded.has(listed.key)));
  }
  return rows;
}

/** The row a child belongs to (for ArrowLeft), or undefined at the top level. */
export function parentIndex(rows: readonly ListRow[], index: number): number | undefined {
  const level = rows[index]?.level ?? 1;
  for (let at = index - 1; at >= 0; at--) if (rows[at]!.level < level) return at;
  return undefined;
}
