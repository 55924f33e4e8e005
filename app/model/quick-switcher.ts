// The quick switcher's list and keys, pure, so the page only renders what this decides. The list
// uses the portal list's own search (portal-search.ts): the same ranking, typo tolerance and
// highlighted ranges, flattened to one row per role. Without a query it shows the favourites, then
// the recent roles, then the rest by name.
import { cleanText } from './display-text';
import { nameCollator } from './name-collator';
import { createPortalSearchIndex, type Ranges, type SearchDocument } from './portal-search';
import type { Preferences, RoleKey } from './preferences';
import { accountKey, sameRole } from './preferences';
import { offeredActions, quickActionLabels, type QuickAction, type QuickCapabilities } from './quick-actions';
import { roleChoice, type AccountsByInstance, type RoleChoice } from './role-choices';

/** A small window: more rows than this are never worth scrolling through. */
export const maxSwitcherRows = 50;

export interface SwitcherRow extends RoleChoice {
  /** Matched parts of the account label and of the role name, for highlighting. */
  readonly accountRanges?: Ranges;
  readonly roleRanges?: Ranges;
}

export interface QuickSwitcherIndex {
  rows(query: string): SwitcherRow[];
}

/** Built once per change of the lists or preferences; `rows` runs per keystroke. */
export function createQuickSwitcherIndex(accounts: AccountsByInstance, preferences: Preferences): QuickSwitcherIndex {
  const documents: SearchDocument[] = [];
  const rolesByKey = new Map<string, { instanceId: string; accountId: string; roles: readonly string[] }>();
  for (const [instanceId, list] of accounts) {
    for (const account of list) {
      const roles = account.roles.status === 'loaded' ? account.roles.names : (account.roles.status === 'failed' ? (account.roles.names ?? []) : []);
      if (roles.length === 0) continue;
      const key = accountKey(instanceId, account.accountId);
      const alias = preferences.accounts[key]?.alias;
      documents.push({ key, accountId: account.accountId, accountName: cleanText(account.accountName), alias, emailAddress: cleanText(account.emailAddress), roles });
      rolesByKey.set(key, { instanceId, accountId: account.accountId, roles });
    }
  }
  const index = createPortalSearchIndex(documents);
  const choice = (role: RoleKey) => roleChoice(role, accounts, preferences);
  const exists = (role: RoleKey) => rolesByKey.get(accountKey(role.instanceId, role.accountId))?.roles.includes(role.roleName) ?? false;

  return {
    rows(query) {
      const hits = index.search(query);
      if (hits.length === 0 && query.trim() === '') return browseRows(preferences, rolesByKey, exists, choice);
      const rows: SwitcherRow[] = [];
      for (const hit of hits) {
        const entry = rolesByKey.get(hit.key)!;
        const accountRanges = preferences.accounts[hit.key]?.alias ? hit.fields.alias : hit.fields.name;
        // A hit found through role names is about those roles; otherwise every role, matched ones first.
        const matched = entry.roles.filter((role) => hit.roles.has(role));
        const names = hit.viaRoles ? matched : [...matched, ...entry.roles.filter((role) => !hit.roles.has(role))];
        for (const roleName of names) {
          const ranges = hit.roles.get(roleName);
          rows.push({ ...choice({ instanceId: entry.instanceId, accountId: entry.accountId, roleName }), ...(accountRanges ? { accountRanges } : {}), ...(ranges ? { roleRanges: ranges } : {}) });
          if (rows.length >= maxSwitcherRows) return rows;
        }
      }
      return rows;
    },
  };
}

function browseRows(
  preferences: Preferences,
  rolesByKey: ReadonlyMap<string, { instanceId: string; accountId: string; roles: readonly string[] }>,
  exists: (role: RoleKey) => boolean,
  choice: (role: RoleKey) => RoleChoice,
): SwitcherRow[] {
  const rows: RoleChoice[] = [];
  const taken = (role: RoleKey) => rows.some((row) => sameRole(row.role, role));
  for (const role of [...preferences.favourites, ...preferences.recent]) {
    if (rows.length >= maxSwitcherRows) return rows;
    if (exists(role) && !taken(role)) rows.push(choice(role));
  }
  const rest: RoleChoice[] = [];
  for (const entry of rolesByKey.values()) {
    for (const roleName of entry.roles) {
      const role = { instanceId: entry.instanceId, accountId: entry.accountId, roleName };
      if (!taken(role)) rest.push(choice(role));
    }
  }
  const collator = nameCollator('en');
  rest.sort((a, b) => collator.compare(a.accountLabel, b.accountLabel) || collator.compare(a.roleName, b.roleName) || (a.key < b.key ? -1 : 1));
  return [...rows, ...rest].slice(0, maxSwitcherRows);
}

// ---- Keys ----

export interface SwitcherKeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  /** Text is selected in the search box: Ctrl/Cmd+C then copies that text, as everywhere. */
  readonly textSelected: boolean;
}

export type SwitcherCommand =
  | { readonly kind: 'move'; readonly to: 'next' | 'previous' | 'first' | 'last' }
  | { readonly kind: 'run'; readonly action: QuickAction }
  | { readonly kind: 'close' };

/** The key that runs each action: Enter, Ctrl/Cmd+C, Ctrl/Cmd+P (the letters say copy and profile). */
const actionKeys: Readonly<Record<QuickAction, { readonly key: string; readonly mod: boolean }>> = {
  'open-console': { key: 'Enter', mod: false },
  'copy-credentials': { key: 'c', mod: true },
  'make-active': { key: 'p', mod: true },
};

/**
 * What a key press means; undefined leaves the key to the search box (typing, the caret). An
 * action the app does not offer has no key.
 */
export function switcherCommand(press: SwitcherKeyPress, capabilities: QuickCapabilities, mac: boolean): SwitcherCommand | undefined {
  const mod = mac ? press.metaKey && !press.ctrlKey : press.ctrlKey && !press.metaKey;
  const plain = !press.ctrlKey && !press.metaKey && !press.altKey;
  if (plain && !press.shiftKey) {
    switch (press.key) {
      case 'ArrowDown':
        return { kind: 'move', to: 'next' };
      case 'ArrowUp':
        return { kind: 'move', to: 'previous' };
      case 'PageDown':
        return { kind: 'move', to: 'last' };
      case 'PageUp':
        return { kind: 'move', to: 'first' };
      case 'Escape':
        return { kind: 'close' };
    }
  }
  if (press.altKey || press.shiftKey) return undefined;
  for (const action of offeredActions(capabilities)) {
    const wanted = actionKeys[action];
    if (press.key.toLowerCase() !== wanted.key.toLowerCase()) continue;
    if (wanted.mod ? !mod : !plain) continue;
    if (action === 'copy-credentials' && press.textSelected) return undefined;
    return { kind: 'run', action };
  }
  return undefined;
}

/** The selected row after a move; the selection stays inside the list and never wraps. */
export function moveSelection(selected: number, rowCount: number, to: 'next' | 'previous' | 'first' | 'last'): number {
  if (rowCount === 0) return 0;
  switch (to) {
    case 'next':
      return Math.min(rowCount - 1, selected + 1);
    case 'previous':
      return Math.max(0, selected - 1);
    case 'first':
      return 0;
    case 'last':
      return rowCount - 1;
  }
}

export interface SwitcherHint {
  readonly keys: string;
  readonly label: string;
}

/** The key hints under the list, for the actions offered. */
export function switcherHints(capabilities: QuickCapabilities, mac: boolean): SwitcherHint[] {
  const modName = mac ? '⌘' : 'Ctrl+';
  return [
    ...offeredActions(capabilities).map((action) => {
      const wanted = actionKeys[action];
      return { keys: wanted.mod ? `${modName}${wanted.key.toUpperCase()}` : wanted.key, label: quickActionLabels[action] };
    }),
    { keys: 'Esc', label: 'Close' },
  ];
}
