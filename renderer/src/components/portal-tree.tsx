// The portal list as a virtualised tree (TanStack Virtual): only the rows in view (and a few
// around) are in the page, so 5,000 accounts × 4 roles scroll and filter without jank. Keyboard:
// ↑/↓ move (↑ on the first row goes back to the search box), → expands or enters, ← collapses or
// goes to the parent, Home/End, Page Up/Down, Enter or Space toggles an account or group; on a
// role, Enter opens its console (the default way). Typing a letter goes back to the search box.
// Tab from the focused row reaches its buttons (console, console options, star, edit, retry).
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { parentIndex, type ListRow } from '../portal/list-rows';
import { PortalRow, rowHeights, type RowActions } from './portal-row';

export interface PortalTreeHandle {
  /** Focuses the first row (from the search box); false when the list is empty. */
  focusFirst(): boolean;
}

export interface PortalTreeProps {
  readonly id: string;
  readonly label: string;
  readonly rows: readonly ListRow[];
  readonly actions: Omit<RowActions, 'activate'>;
  /** ↑ on the first row. */
  readonly onLeaveTop: () => void;
  /** A printable key in the tree: the search box takes it. */
  readonly onTypeAhead: () => void;
  /** Per instance group row: its listing's progress. */
  readonly groupDetails?: Readonly<Record<string, string>>;
  readonly isRetrying?: (instanceId: string) => boolean;
  readonly handleRef?: Ref<PortalTreeHandle>;
}

const pageRows = 10;

/** Row indexes by key, computed the first time one is asked for. */
function lazyIndex(rows: readonly ListRow[]): { get(key: string): number | undefined } {
  let byKey: Map<string, number> | undefined;
  return {
    get(key) {
      byKey ??= new Map(rows.map((row, index) => [row.key, index]));
      return byKey.get(key);
    },
  };
}

const expandable = (row: ListRow | undefined) => row?.kind === 'group' || row?.kind === 'account';

export function PortalTree({ id, label, rows, actions, onLeaveTop, onTypeAhead, groupDetails = {}, isRetrying, handleRef }: PortalTreeProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const elements = useRef(new Map<string, HTMLDivElement>());
  const focusWanted = useRef<string | undefined>(undefined);
  const [activeKey, setActiveKey] = useState<string | undefined>(undefined);
  // Built on first use (a key press, a focus move, a row focused earlier), not as the list opens.
  const indexOfKey = useMemo(() => lazyIndex(rows), [rows]);
  const active = activeKey !== undefined && indexOfKey.get(activeKey) !== undefined ? activeKey : rows[0]?.key;

  // A new key function whenever the rows change: the virtualiser then recomputes every size.
  const getItemKey = useCallback((index: number) => rows[index]?.key ?? index, [rows]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => rowHeights[rows[index]?.kind ?? 'account'],
    getItemKey,
    overscan: 8,
    useFlushSync: false,
  });

  const focusIndex = useCallback(
    (index: number) => {
      const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
      if (!row) return;
      setActiveKey(row.key);
      virtualizer.scrollToIndex(indexOfKey.get(row.key) ?? 0, { align: 'auto' });
      const element = elements.current.get(row.key);
      if (element?.isConnected) element.focus({ preventScroll: true });
      else focusWanted.current = row.key;
    },
    [rows, indexOfKey, virtualizer],
  );

  // A row asked for before it was rendered gets the focus as soon as it is.
  useLayoutEffect(() => {
    const key = focusWanted.current;
    const element = key === undefined ? undefined : elements.current.get(key);
    if (!element?.isConnected) return;
    focusWanted.current = undefined;
    element.focus({ preventScroll: true });
  });

  useImperativeHandle(handleRef, () => ({
    focusFirst() {
      if (rows.length === 0) return false;
      focusIndex(0);
      return true;
    },
  }), [rows.length, focusIndex]);

  const rowActions: RowActions = useMemo(() => ({ ...actions, activate: setActiveKey }), [actions]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const item = target.closest<HTMLElement>('[role="treeitem"]');
    const index = item?.dataset.key === undefined ? -1 : (indexOfKey.get(item.dataset.key) ?? -1);
    if (index < 0) return;
    const row = rows[index];
    const onButton = target !== item;
    const handled = () => event.preventDefault();
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'c' && row?.kind === 'role' && !onButton && !window.getSelection()?.toString()) {
      handled();
      actions.quickCopy(row);
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    switch (event.key) {
      case 'ArrowDown':
        handled();
        if (index < rows.length - 1) focusIndex(index + 1);
        return;
      case 'ArrowUp':
        handled();
        if (index === 0) onLeaveTop();
        else focusIndex(index - 1);
        return;
      case 'Home':
        handled();
        focusIndex(0);
        return;
      case 'End':
        handled();
        focusIndex(rows.length - 1);
        return;
      case 'PageDown':
        handled();
        focusIndex(index + pageRows);
        return;
      case 'PageUp':
        handled();
        focusIndex(index - pageRows);
        return;
      case 'ArrowRight':
        if (onButton || !row) return;
        handled();
        if (expandable(row) && 'expanded' in row && !row.expanded) actions.toggle(row);
        else if (expandable(row) && rows[index + 1] && rows[index + 1]!.level > row.level) focusIndex(index + 1);
        return;
      case 'ArrowLeft': {
        if (onButton || !row) return;
        handled();
        if (expandable(row) && 'expanded' in row && row.expanded) actions.toggle(row);
        else {
          const parent = parentIndex(rows, index);
          if (parent !== undefined) focusIndex(parent);
        }
        return;
      }
      case 'Enter':
      case ' ':
        // A focused button answers its own Enter and Space.
        if (onButton || !row) return;
        handled();
        if (expandable(row)) actions.toggle(row);
        else if (row.kind === 'role' && event.key === 'Enter') actions.openConsole(row);
        return;
      default:
        if (event.key.length === 1 && event.key !== ' ' && !onButton) onTypeAhead();
    }
  };

  const items = virtualizer.getVirtualItems();
  return (
    <div id={id} role="tree" aria-label={label} className="portal-scroller" ref={scrollRef} onKeyDown={onKeyDown}>
      <div className="portal-spacer" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <PortalRow
              key={row.key}
              row={row}
              active={row.key === active}
              style={{ height: item.size, transform: `translateY(${item.start}px)` }}
              actions={rowActions}
              groupDetail={row.kind === 'group' && row.instanceId ? groupDetails[row.instanceId] : undefined}
              retrying={row.kind === 'account' && isRetrying ? isRetrying(row.listed.instanceId) : false}
              elementRef={(element: HTMLDivElement | null) => {
                if (element) elements.current.set(row.key, element);
                else if (elements.current.get(row.key)?.isConnected !== true) elements.current.delete(row.key);
              }}
            />
          );
        })}
      </div>
    </div>
  );
}
