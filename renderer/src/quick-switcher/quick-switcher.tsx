// The quick switcher: a search box over every role of every signed-in instance, ranked by the
// portal list's own search (app/model/quick-switcher.ts), a list the arrows move through, and keys
// for the actions the app offers (`quick-switcher:get-actions`): Enter opens the console,
// Ctrl/Cmd+C copies credentials, Ctrl/Cmd+P makes the role the active profile. An action main has
// not got has no key and no hint. Escape, and a finished action, close the window (main hides it).
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { DesktopApi } from '../../../app/ipc/contract';
import type { PortalAccount } from '../../../app/model/portal';
import { emptyPreferences } from '../../../app/model/preferences';
import { quickActionLabels, type QuickAction, type QuickCapabilities } from '../../../app/model/quick-actions';
import { createQuickSwitcherIndex, moveSelection, switcherCommand, switcherHints, type SwitcherRow } from '../../../app/model/quick-switcher';
import { HighlightedText } from '../components/highlighted-text';
import { useAppStore } from '../store/app-store-context';

type Status = { readonly kind: 'idle' } | { readonly kind: 'running'; readonly label: string } | { readonly kind: 'failed'; readonly message: string };

export function QuickSwitcher({ desktop }: { readonly desktop: DesktopApi }) {
  const connect = useAppStore((state) => state.connect);
  const portals = useAppStore((state) => state.portals);
  const preferencesState = useAppStore((state) => state.preferences);
  const appInfo = useAppStore((state) => state.appInfo);
  const loadAppInfo = useAppStore((state) => state.loadAppInfo);
  const [capabilities, setCapabilities] = useState<QuickCapabilities>(new Set());
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(0);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => connect(), [connect]);
  useEffect(() => {
    void loadAppInfo();
    void desktop.request('quick-switcher:get-actions').then((result) => result.ok && setCapabilities(new Set(result.value)));
  }, [desktop, loadAppInfo]);
  // Each time the window is shown again: start from an empty search with the box focused.
  useEffect(() => {
    const reset = () => {
      setQuery('');
      setSelected(0);
      setStatus({ kind: 'idle' });
      input.current?.focus();
    };
    window.addEventListener('focus', reset);
    return () => window.removeEventListener('focus', reset);
  }, []);

  const preferences = preferencesState.status === 'loaded' ? preferencesState.value : emptyPreferences();
  const index = useMemo(() => {
    const accounts = new Map<string, readonly PortalAccount[]>(Object.entries(portals).map(([id, portal]) => [id, [...portal.accounts.values()]]));
    return createQuickSwitcherIndex(accounts, preferences);
  }, [portals, preferences]);
  const rows = useMemo(() => index.rows(query), [index, query]);
  const current = rows[Math.min(selected, Math.max(0, rows.length - 1))];
  const mac = appInfo.status === 'loaded' && appInfo.info.platform === 'darwin';

  const run = async (action: QuickAction, row: SwitcherRow) => {
    setStatus({ kind: 'running', label: `${quickActionLabels[action]}: ${row.accountLabel} / ${row.roleName}` });
    const result = await desktop.request('quick-switcher:run', { action, role: row.role });
    if (!result.ok) {
      setStatus({ kind: 'failed', message: result.message });
      return;
    }
    setStatus({ kind: 'idle' });
    window.close();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const field = event.currentTarget;
    const command = switcherCommand(
      { key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, shiftKey: event.shiftKey, altKey: event.altKey, textSelected: field.selectionStart !== field.selectionEnd },
      capabilities,
      mac,
    );
    if (!command) return;
    event.preventDefault();
    if (command.kind === 'close') window.close();
    else if (command.kind === 'move') setSelected((at) => moveSelection(Math.min(at, rows.length - 1), rows.length, command.to));
    else if (current) void run(command.action, current);
  };

  const listId = 'quick-switcher-results';
  const optionId = (row: SwitcherRow) => `quick-switcher-${row.key.replace(/[^\w-]/g, '_')}`;
  return (
    <main className="quick-switcher">
      <input
        ref={input}
        className="quick-switcher-search"
        type="search"
        role="combobox"
        aria-label="Find a role"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={current ? optionId(current) : undefined}
        placeholder="Account, alias, id or role"
        autoFocus
        spellCheck={false}
        autoComplete="off"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setSelected(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} className="quick-switcher-results" role="listbox" aria-label="Roles">
        {rows.map((row) => (
          <li
            key={row.key}
            id={optionId(row)}
            role="option"
            aria-selected={row === current}
            className="quick-switcher-row"
            ref={row === current ? (element) => element?.scrollIntoView({ block: 'nearest' }) : undefined}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => setSelected(rows.indexOf(row))}
          >
            <span className="quick-switcher-account">
              <HighlightedText text={row.accountLabel} ranges={row.accountRanges} />
            </span>
            <span className="quick-switcher-role">
              <HighlightedText text={row.roleName} ranges={row.roleRanges} />
            </span>
            <span className="quick-switcher-id">{row.accountId}</span>
          </li>
        ))}
      </ul>
      {rows.length === 0 ? <p className="quick-switcher-empty">{query.trim() === '' ? 'No roles yet: sign in from the tray or the portal window.' : 'No role matches.'}</p> : null}
      <p className="quick-switcher-status" role="status">
        {status.kind === 'running' ? status.label : status.kind === 'failed' ? status.message : ''}
      </p>
      <ul className="quick-switcher-hints" aria-label="Keys">
        {switcherHints(capabilities, mac).map((hint) => (
          <li key={hint.keys}>
            <kbd>{hint.keys}</kbd> {hint.label}
          </li>
        ))}
      </ul>
    </main>
  );
}
