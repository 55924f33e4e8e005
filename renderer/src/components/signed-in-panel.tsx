// A usable session: when the user signed in, how long the current access token lasts (it is
// renewed in the background before then) and, when the service said, when the whole sign-in
// session ends.
import { formatAgo, formatDuration } from '../format/duration';
import { useNow } from '../hooks/use-now';
import { useWindowPainted } from '../hooks/use-window-painted';
import { SignOutActions } from './sign-out-actions';

export interface SignedInPanelProps {
  readonly instanceId: string;
  readonly accessTokenExpiresAt: number;
  readonly sessionExpiresAt?: number | undefined;
  /** When the user signed in (absent for a session stored before the app recorded it). */
  readonly signedInAt?: number | undefined;
  /** A refresh is in flight: shown quietly, the session stays usable. */
  readonly renewing?: boolean;
}

export function SignedInPanel({ instanceId, accessTokenExpiresAt, sessionExpiresAt, signedInAt, renewing = false }: SignedInPanelProps) {
  const now = useNow(15_000);
  // The clock time waits for the window's first paint (use-window-painted.ts says why).
  const showTimes = useWindowPainted();

  return (
    <div className="session session-ok">
      <p className="session-state" aria-live="polite">
        <span>Signed in</span>
        {renewing ? (
          <span className="renewing" role="status">
            <span className="spinner" aria-hidden="true" />
            Renewing…
          </span>
        ) : null}
      </p>
      {signedInAt !== undefined ? (
        <p className="session-detail" title={showTimes ? new Date(signedInAt).toLocaleString() : undefined}>
          {`Signed in ${formatAgo(now - signedInAt)}${showTimes ? `, at ${new Date(signedInAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}` : ''}.`}
        </p>
      ) : null}
      <p className="session-detail">
        {accessTokenExpiresAt > now
          ? `Access token valid for ${formatDuration(accessTokenExpiresAt - now)}, renewed automatically.`
          : 'Access token being renewed.'}
        {sessionExpiresAt !== undefined ? ` Session ends in ${formatDuration(sessionExpiresAt - now)}.` : ''}
      </p>
      <SignOutActions instanceId={instanceId} />
    </div>
  );
}
