// A usable session: how long the current access token lasts (it is renewed in the background
// before then) and, when the service said, when the whole sign-in session ends.
import { formatDuration } from '../format/duration';
import { useNow } from '../hooks/use-now';
import { usePending } from '../hooks/use-pending';
import { useAppStore } from '../store/app-store-context';

export interface SignedInPanelProps {
  readonly instanceId: string;
  readonly accessTokenExpiresAt: number;
  readonly sessionExpiresAt?: number | undefined;
  /** A refresh is in flight: shown quietly, the session stays usable. */
  readonly renewing?: boolean;
}

export function SignedInPanel({ instanceId, accessTokenExpiresAt, sessionExpiresAt, renewing = false }: SignedInPanelProps) {
  const signOut = useAppStore((state) => state.signOut);
  const signingOut = usePending('sessions:sign-out', instanceId);
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
      <div className="actions">
        <button type="button" onClick={() => void signOut(instanceId)} disabled={signingOut}>
          Sign out
        </button>
      </div>
    </div>
  );
}
