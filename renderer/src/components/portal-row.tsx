// One row of the portal tree (see portal/list-rows.ts): a group heading, an account, a role or the
// state of an account's roles. Rows are tree items laid flat (aria-level, -setsize, -posinset),
// since only the visible ones exist in the page. Names are plain text with dir="auto", cut with an
// ellipsis on one line; the whole text is in the item's accessible name and its tooltip.
import type { CSSProperties, MouseEvent, Ref } from 'react';
import type { ListRow } from '../portal/list-rows';
import { formatCount } from '../format/duration';
import { HighlightedText } from './highlighted-text';

export interface RowActions {
  toggle(row: ListRow): void;
  setFavourite(row: Extract<ListRow, { kind: 'role' }>, favourite: boolean): void;
  edit(row: Extract<ListRow, { kind: 'account' }>, opener: HTMLElement): void;
  /** Opens the role's access-keys dialog (access-keys-dialog.tsx). */
  accessKeys(row: Extract<ListRow, { kind: 'role' }>, opener: HTMLElement): void;
  /** Ctrl/Cmd+C on a role: its credentials on the clipboard in the user's quick-copy format. */
  quickCopy(row: Extract<ListRow, { kind: 'role' }>): void;
  retry(instanceId: string): void;
  activate(key: string): void;
  /** The role's console, the default way and destination (also Enter on the row). */
  openConsole(row: Extract<ListRow, { kind: 'role' }>): void;
  /** The console with a choice of way, destination and region. */
  consoleOptions(row: Extract<ListRow, { kind: 'role' }>, opener: HTMLElement): void;
}

export interface PortalRowProps {
  readonly row: ListRow;
  readonly active: boolean;
  readonly style: CSSProperties;
  readonly actions: RowActions;
  readonly elementRef: Ref<HTMLDivElement>;
  /** The group row of an instance shows its listing's progress. */
  readonly groupDetail?: string | undefined;
  readonly retrying?: boolean;
}

/** Row heights in pixels (fixed: long names are cut, never wrapped). */
export const rowHeights = { group: 30, account: 50, role: 32, 'roles-status': 30 } as const;

export function rowLabel(row: ListRow): string {
  switch (row.kind) {
    case 'group':
      return `${row.label}, ${formatCount(row.count)} ${row.group !== 'instance' ? (row.count === 1 ? 'role' : 'roles') : row.count === 1 ? 'account' : 'accounts'}`;
    case 'account': {
      const { displayName, account, name, email, preferences } = row.listed;
      const parts = [displayName];
      if (preferences.alias) parts.push(name);
      parts.push(`account ${account.accountId}`, email);
      if (row.instanceLabel) parts.push(`in ${row.instanceLabel}`);
      if (row.isNew) parts.push('new');
      if (account.roles.status === 'failed') parts.push('roles could not be listed');
      return parts.join(', ');
    }
    case 'role':
      return [row.showsAccount ? `${row.roleName} in ${row.listed.displayName}` : row.roleName, ...(row.favourite ? ['favourite'] : []), ...(row.isNew ? ['new'] : [])].join(', ');
    case 'roles-status':
      return statusText(row);
  }
}

function statusText(row: Extract<ListRow, { kind: 'roles-status' }>): string {
  switch (row.status) {
    case 'pending':
      return 'Listing roles…';
    case 'failed':
      return `Roles could not be listed: ${row.message ?? 'the portal did not answer'}.`;
    case 'none':
      return 'No roles for you in this account.';
  }
}

const stop = (event: MouseEvent) => event.stopPropagation();

export function PortalRow({ row, active, style, actions, elementRef, groupDetail, retrying = false }: PortalRowProps) {
  const tabIndex = active ? 0 : -1;
  const common = {
    ref: elementRef,
    role: 'treeitem',
    'aria-level': row.level,
    'aria-setsize': row.setSize,
    'aria-posinset': row.position,
    'aria-label': rowLabel(row),
    tabIndex,
    'data-key': row.key,
    style,
    onFocus: () => actions.activate(row.key),
  } as const;

  switch (row.kind) {
    case 'group':
      return (
        <div {...common} aria-expanded={row.expanded} className="portal-row group-row" onClick={() => actions.toggle(row)}>
          <span className="chevron" aria-hidden="true" />
          <span className="group-label">{row.label}</span>
          <span className="group-count">{groupDetail ?? formatCount(row.count)}</span>
        </div>
      );
    case 'account': {
      const { listed, hit } = row;
      const { account, name, email, preferences, displayName } = listed;
      const failed = account.roles.status === 'failed';
      return (
        <div
          {...common}
          aria-expanded={row.expanded}
          className={`portal-row account-row${preferences.colour ? ` colour-${preferences.colour}` : ''}${active ? ' active' : ''}`}
          onClick={() => actions.toggle(row)}
        >
          <span className="chevron" aria-hidden="true" />
          <span className="account-text">
            <span className="account-line">
              <span className="account-name" dir="auto" title={displayName}>
                <HighlightedText text={displayName} ranges={preferences.alias ? hit?.fields.alias : hit?.fields.name} />
              </span>
              {row.isNew ? <span className="badge badge-new">New</span> : null}
              {row.instanceLabel ? <span className="badge badge-instance" title={row.instanceLabel}>{row.instanceLabel}</span> : null}
            </span>
            <span className="account-meta">
              {preferences.alias ? (
                <span className="meta-name" dir="auto" title={name}>
                  <HighlightedText text={name} ranges={hit?.fields.name} />
                </span>
              ) : null}
              <span className="meta-id">
                <HighlightedText text={account.accountId} ranges={hit?.fields.id} />
              </span>
              <span className="meta-email" dir="auto" title={email}>
                <HighlightedText text={email} ranges={hit?.fields.email} />
              </span>
            </span>
            {failed ? <span className="account-failed">Roles could not be listed.</span> : null}
          </span>
          <span className="row-actions" onClick={stop}>
            {failed ? (
              <button type="button" tabIndex={tabIndex} disabled={retrying} aria-label={`Retry listing the roles of ${displayName}`} onClick={() => actions.retry(listed.instanceId)}>
                Retry
              </button>
            ) : null}
            <button type="button" className="quiet" tabIndex={tabIndex} aria-label={`Edit ${displayName}`} onClick={(event) => actions.edit(row, event.currentTarget)}>
              Edit
            </button>
          </span>
        </div>
      );
    }
    case 'role':
      return (
        <div {...common} className={`portal-row role-row${active ? ' active' : ''}`}>
          <span className="role-text">
            <span className="role-name" title={row.roleName}>
              <HighlightedText text={row.roleName} ranges={row.ranges} />
            </span>
            {row.showsAccount ? (
              <span className="role-account" dir="auto" title={row.listed.displayName}>
                {row.listed.displayName}
              </span>
            ) : null}
            {row.isNew ? <span className="badge badge-new">New</span> : null}
          </span>
          <span className="row-actions" onClick={stop}>
            <button type="button" className="quiet" tabIndex={tabIndex} aria-label={`Management console for ${row.roleName} in ${row.listed.displayName}`} title="Management console" onClick={() => actions.openConsole(row)}>
              Console
            </button>
            <button type="button" className="quiet" tabIndex={tabIndex} aria-label={`Console options for ${row.roleName} in ${row.listed.displayName}`} title="Open the console another way" onClick={(event) => actions.consoleOptions(row, event.currentTarget)}>
              <span aria-hidden="true">▾</span>
            </button>
            <button type="button" className="quiet" tabIndex={tabIndex} aria-label={`Access keys for ${row.roleName} in ${row.listed.displayName}`} onClick={(event) => actions.accessKeys(row, event.currentTarget)}>
              Access keys
            </button>
            <button
              type="button"
              className={`star${row.favourite ? ' on' : ''}`}
              tabIndex={tabIndex}
              aria-pressed={row.favourite}
              aria-label={`Favourite ${row.roleName} in ${row.listed.displayName}`}
              title={row.favourite ? 'Unpin from favourites' : 'Pin to favourites'}
              onClick={() => actions.setFavourite(row, !row.favourite)}
            >
              <span aria-hidden="true">{row.favourite ? '★' : '☆'}</span>
            </button>
          </span>
        </div>
      );
    case 'roles-status':
      return (
        <div {...common} className={`portal-row status-row status-${row.status}`}>
          <span className="status-text" title={statusText(row)}>
            {row.status === 'pending' ? <span className="spinner" aria-hidden="true" /> : null}
            {statusText(row)}
          </span>
        </div>
      );
  }
}
