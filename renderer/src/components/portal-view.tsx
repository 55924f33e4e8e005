// The access-portal list: a search box, the listing's status and the tree of accounts and roles
// of every signed-in instance, with favourites on top. Searching is typo-tolerant and ranked
// (app/model/portal-search.ts), with the matches highlighted. `/` or Ctrl/Cmd+F focuses the
// search box; ↓ (or Enter) goes from it into the results. A role row opens its console (its
// button, or Enter) or offers the console's other ways (console-options.tsx).
import { useCallback, useDeferredValue, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { InstanceView } from '../../../app/model/instance-view';
import type { RoleKey } from '../../../app/model/preferences';
import { createPortalSearchIndex } from '../../../app/model/portal-search';
import { formatCount } from '../format/duration';
import { buildRows, listAccounts, searchDocuments, type ListedAccount, type ListRow } from '../portal/list-rows';
import { markFirstRender, markSearchInput, markSearchRendered } from '../portal/perf-marks';
import { returnFocus } from '../hooks/return-focus';
import { useShallowStable, useThrottled } from '../hooks/use-stable';
import { useAppStore } from '../store/app-store-context';
import { refreshKey } from '../store/portal-slice';
import { AccountEditor } from './account-editor';
import { ConsoleOptions } from './console-options';
import { ConsoleStatusLine } from './console-status';
import { AccessKeysDialog } from './access-keys-dialog';
import { findDesktop } from '../desktop';
import { PortalStatus } from './portal-status';
import { PortalTree, type PortalTreeHandle } from './portal-tree';
import type { RowActions } from './portal-row';

export const searchLabel = 'Search accounts and roles';

const noKeys: ReadonlySet<string> = new Set();
const toggle = (set: ReadonlySet<string>, key: string) => {
  const next = new Set(set);
  if (!next.delete(key)) next.add(key);
  return next;
};

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function PortalView({ instances }: { readonly instances: readonly InstanceView[] }) {
  const treeId = useId();
  const headingId = useId();
  const portals = useAppStore((state) => state.portals);
  const preferencesState = useAppStore((state) => state.preferences);
  const setFavourite = useAppStore((state) => state.setFavourite);
  const refreshPortal = useAppStore((state) => state.refreshPortal);
  const pending = useAppStore((state) => state.pending);
  const openConsole = useAppStore((state) => state.openConsole);
  const [consoleFor, setConsoleFor] = useState<{ readonly row: Extract<ListRow, { kind: 'role' }>; readonly opener: HTMLElement } | undefined>(undefined);
  const preferences = preferencesState.status === 'loaded' ? preferencesState.value : undefined;

  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const searching = deferredQuery.trim().length > 0;
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [collapsedGroups, setCollapsedGroups] = useState<ReadonlySet<string>>(new Set());
  const [toggled, setToggled] = useState<{ readonly query: string; readonly keys: ReadonlySet<string> }>({ query: '', keys: new Set() });
  const [editing, setEditing] = useState<{ readonly listed: ListedAccount; readonly opener: HTMLElement } | undefined>(undefined);
  const [accessKeys, setAccessKeys] = useState<{ readonly role: RoleKey; readonly title: string; readonly opener: HTMLElement } | undefined>(undefined);
  const [quickCopied, setQuickCopied] = useState<string | undefined>(undefined);
  const searchBox = useRef<HTMLInputElement>(null);
  const tree = useRef<PortalTreeHandle>(null);

  // Sorted again only when an instance's accounts changed (not on progress or marks).
  const accountMaps = useShallowStable(instances.map((instance) => portals[instance.id]?.accounts));
  const accounts = useMemo(
    () => listAccounts(instances, portals, preferences),
    // The portals matter only through their account maps.
    [instances, accountMaps, preferences],
  );
  // Built when a search starts, then at most once a second while a listing streams changes:
  // not per keystroke, and not per batch of a 5,000-account listing.
  const indexedAccounts = useThrottled(accounts, 1_000);
  const index = useMemo(() => (searching ? createPortalSearchIndex(searchDocuments(indexedAccounts)) : undefined), [indexedAccounts, searching]);
  const hits = useMemo(() => index?.search(deferredQuery), [index, deferredQuery]);
  // The flips belong to the text in the box, not to the deferred query: a flip made while the list
  // still shows an earlier query's hits must survive that list catching up.
  const toggledNow = toggled.query === query ? toggled.keys : noKeys;
  const boxText = useRef(query);
  useLayoutEffect(() => {
    boxText.current = query;
  }, [query]);
  const rows = useMemo(
    () =>
      buildRows(
        { instances, portals, preferences, expanded, collapsedGroups, ...(hits ? { search: { hits, toggled: toggledNow } } : {}) },
        accounts,
      ),
    [instances, portals, preferences, expanded, collapsedGroups, hits, toggledNow, accounts],
  );

  // Layout effects: they run in the commit, before the browser paints it, so the marks' next frame
  // is the one that shows it. A passive effect of a deferred render may run after that paint, and
  // the mark would then wait for one frame more.
  const firstRendered = useRef(false);
  useLayoutEffect(() => {
    if (accounts.length === 0 || firstRendered.current) return;
    firstRendered.current = true;
    markFirstRender(accounts.length);
  }, [accounts.length]);
  useLayoutEffect(() => markSearchRendered(deferredQuery), [rows, deferredQuery]);

  // `/` (outside a text field) and Ctrl/Cmd+F focus the search box.
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (editing || accessKeys) return;
      const find = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f';
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isEditable(event.target);
      if (!find && !slash) return;
      event.preventDefault();
      searchBox.current?.focus();
      searchBox.current?.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [editing, accessKeys]);

  const actions: Omit<RowActions, 'activate'> = useMemo(
    () => ({
      toggle(row: ListRow) {
        if (row.kind === 'group') setCollapsedGroups((current) => toggle(current, row.key));
        else if (row.kind === 'account' && row.hit) {
          const text = boxText.current;
          setToggled((current) => ({ query: text, keys: toggle(current.query === text ? current.keys : noKeys, row.key) }));
        }
        else if (row.kind === 'account') setExpanded((current) => toggle(current, row.key));
      },
      setFavourite(row, favourite) {
        void setFavourite({ instanceId: row.listed.instanceId, accountId: row.listed.account.accountId, roleName: row.roleName }, favourite);
      },
      edit(row, opener) {
        setEditing({ listed: row.listed, opener });
      },
      quickCopy(row) {
        const role = { instanceId: row.listed.instanceId, accountId: row.listed.account.accountId, roleName: row.roleName };
        const what = `${row.roleName} in ${row.listed.displayName}`;
        void findDesktop()
          ?.request('credentials:copy', role)
          .then((result) => setQuickCopied(result.ok ? `Copied the credentials of ${what}.` : result.message));
      },
      accessKeys(row, opener) {
        const role = { instanceId: row.listed.instanceId, accountId: row.listed.account.accountId, roleName: row.roleName };
        setAccessKeys({ role, title: `${row.roleName} in ${row.listed.displayName}`, opener });
      },
      retry(instanceId) {
        void refreshPortal(instanceId);
      },
      openConsole(row) {
        void openConsole({ instanceId: row.listed.instanceId, accountId: row.listed.account.accountId, roleName: row.roleName }, row.listed.displayName);
      },
      consoleOptions(row, opener) {
        setConsoleFor({ row, opener });
      },
    }),
    [setFavourite, refreshPortal, openConsole],
  );

  const closeEditor = useCallback(() => {
    const opener = editing?.opener;
    setEditing(undefined);
    returnFocus(opener, () => searchBox.current);
  }, [editing]);

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'Enter') {
      if (tree.current?.focusFirst()) event.preventDefault();
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      setQuery('');
      markSearchInput('');
    }
  };

  const groupDetails = useMemo(() => {
    const details: Record<string, string> = {};
    for (const instance of instances) {
      const progress = portals[instance.id]?.progress;
      if (progress && (progress.phase === 'accounts' || progress.phase === 'roles')) details[instance.id] = `${formatCount(progress.accountsWithRoles)} of ${formatCount(progress.accounts)}`;
    }
    return details;
  }, [instances, portals]);

  const isRetrying = useCallback((instanceId: string) => pending[refreshKey(instanceId)] === true, [pending]);
  const accountCount = accounts.length;
  const matchCount = hits?.length ?? 0;
  const listingAny = instances.some((instance) => {
    const phase = portals[instance.id]?.progress?.phase;
    return phase === 'accounts' || phase === 'roles';
  });

  return (
    <section className="portal" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        Accounts
      </h2>
      <div className="portal-search">
        <input
          ref={searchBox}
          type="search"
          aria-label={searchLabel}
          aria-controls={treeId}
          aria-keyshortcuts="/ Control+F Meta+F"
          placeholder="Search accounts and roles ( / )"
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => {
            markSearchInput(event.target.value);
            setQuery(event.target.value);
          }}
          onKeyDown={onSearchKeyDown}
        />
      </div>
      <PortalStatus instances={instances} />
      <p className="portal-count" role="status">
        {searching
          ? matchCount === 0
            ? `No account or role matches “${deferredQuery.trim()}”.`
            : `${formatCount(matchCount)} of ${formatCount(accountCount)} ${accountCount === 1 ? 'account' : 'accounts'}`
          : accountCount === 0
            ? listingAny
              ? 'Listing accounts…'
              : 'No accounts yet.'
            : `${formatCount(accountCount)} ${accountCount === 1 ? 'account' : 'accounts'}`}
      </p>
      {rows.length > 0 ? (
        <PortalTree
          id={treeId}
          label="Accounts and roles"
          rows={rows}
          actions={actions}
          handleRef={tree}
          groupDetails={groupDetails}
          isRetrying={isRetrying}
          onLeaveTop={() => searchBox.current?.focus()}
          onTypeAhead={() => searchBox.current?.focus()}
        />
      ) : null}
      {quickCopied ? (
        <p role="status" className="quick-copy-status">
          {quickCopied}
        </p>
      ) : null}
      {editing ? <AccountEditor listed={editing.listed} onClose={closeEditor} /> : null}
      <ConsoleStatusLine />
      {consoleFor ? (
        <ConsoleOptions
          row={consoleFor.row}
          onClose={() => {
            setConsoleFor(undefined);
            returnFocus(consoleFor.opener, () => searchBox.current);
          }}
        />
      ) : null}
      {accessKeys ? (
        <AccessKeysDialog
          role={accessKeys.role}
          title={accessKeys.title}
          onClose={() => {
            setAccessKeys(undefined);
            returnFocus(accessKeys.opener, () => searchBox.current);
          }}
        />
      ) : null}
    </section>
  );
}

