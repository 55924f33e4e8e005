// Above the list: how far a listing is ("n of N accounts", with a progress bar), when the list was
// last refreshed, the refresh button, why a listing stopped early, and the last error of a
// refresh or a favourite (shown here, where the list is).
import { useId } from 'react';
import type { InstanceView } from '../../../app/model/instance-view';
import { hasUsableSession } from '../../../app/model/session';
import { formatAgo, formatCount } from '../format/duration';
import { useNow } from '../hooks/use-now';
import { useWindowPainted } from '../hooks/use-window-painted';
import { useAppStore } from '../store/app-store-context';
import { refreshKey } from '../store/portal-slice';
import { ActionErrorMessage } from './action-error-message';

/** Error keys of the list's own actions: refreshes and favourites. */
const listErrorPrefixes = ['portal:refresh#list:', 'preferences:set-favourite#'];

export function PortalStatus({ instances }: { readonly instances: readonly InstanceView[] }) {
  const labelId = useId();
  const portals = useAppStore((state) => state.portals);
  const refreshPortal = useAppStore((state) => state.refreshPortal);
  const errors = useAppStore((state) => state.errors);
  const pending = useAppStore((state) => state.pending);
  const now = useNow(30_000);
  // The tooltip's date waits for the window's first paint (use-window-painted.ts says why).
  const showDates = useWindowPainted();
  const several = instances.length > 1;

  const progress = instances.flatMap((instance) => {
    const value = portals[instance.id]?.progress;
    return value ? [{ instance, progress: value }] : [];
  });
  const listing = progress.filter(({ progress: value }) => value.phase === 'accounts' || value.phase === 'roles');
  const sweeping = progress.some(({ progress: value }) => value.phase === 'sweeping');
  const done = listing.reduce((sum, { progress: value }) => sum + value.accountsWithRoles, 0);
  const total = listing.reduce((sum, { progress: value }) => sum + value.accounts, 0);
  const refreshedTimes = progress.flatMap(({ progress: value }) => (value.refreshedAt === undefined ? [] : [value.refreshedAt]));
  // With several instances, the stalest list is the one to tell about.
  const refreshedAt = refreshedTimes.length > 0 ? Math.min(...refreshedTimes) : undefined;
  const refreshable = instances.filter((instance) => hasUsableSession(instance.session));
  const refreshing = refreshable.some((instance) => pending[refreshKey(instance.id)] === true);
  const listErrors = Object.entries(errors).filter(([key]) => listErrorPrefixes.some((prefix) => key.startsWith(prefix)));

  return (
    <div className="portal-status">
      <div className="portal-status-line">
        {listing.length > 0 ? (
          <div className="portal-progress">
            <progress max={Math.max(total, 1)} value={done} aria-labelledby={labelId} />
            <span id={labelId}>{total === 0 ? 'Listing accounts…' : `${formatCount(done)} of ${formatCount(total)} accounts`}</span>
          </div>
        ) : (
          <span className="portal-refreshed" title={refreshedAt === undefined || !showDates ? undefined : new Date(refreshedAt).toLocaleString()}>
            {refreshedAt === undefined ? 'Not refreshed yet' : `Refreshed ${formatAgo(now - refreshedAt)}`}
            {sweeping ? ' · checking for changes…' : ''}
          </span>
        )}
        <button
          type="button"
          className="refresh"
          disabled={refreshable.length === 0 || refreshing || listing.length > 0}
          onClick={() => refreshable.forEach((instance) => void refreshPortal(instance.id))}
        >
          Refresh
        </button>
      </div>
      {progress.map(({ instance, progress: value }) =>
        value.stoppedBecause ? (
          <p key={instance.id} className="note">
            {several ? `${instance.displayName}: ` : ''}The last refresh stopped early. {value.stoppedBecause}
          </p>
        ) : null,
      )}
      {listErrors.map(([key, error]) => (
        <ActionErrorMessage key={key} errorKey={key} error={error} />
      ))}
    </div>
  );
}
