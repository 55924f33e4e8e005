// A usable session: how long the current access token lasts (it is renewed in the background
// before then) and, when the service said, when the whole sign-in session ends.
import { formatDuration } from '../format/duration';
import { useNow } from '../hooks/use-now';
import { SignOutActions } from './sign-out-actions';

export interface SignedInPanelProps {
  readonly instanceId: string;
  readonly accessTokenExpiresAt: number;
  readonly sessionExpiresAt?: number | undefined;
  /** A refresh is in flight: shown quietly, the session stays usable. */
  readonly renewing?: boolean;
}

export function SignedInPanel({ instanceId, accessTokenExpiresAt, sessionExpiresAt, renewing = false }: SignedInPanelProps) {
  const now = useNow(15_000);

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
