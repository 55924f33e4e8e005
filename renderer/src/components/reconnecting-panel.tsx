// The access token ran out while IAM Identity Center could not be reached. Shown quietly: the
// session is not over and comes back by itself, so there is no "Sign in" here, only what is
// happening, when the app tries again, and Sign out for someone who wants to stop.
import type { SessionState } from '../../../app/model/session';
import { sessionStatusLabel } from '../../../app/model/session-presentation';
import { formatDuration } from '../format/duration';
import { useNow } from '../hooks/use-now';
import { SignOutActions } from './sign-out-actions';

type Reconnecting = Extract<SessionState, { kind: 'reconnecting' }>;

export function ReconnectingPanel({ instanceId, session }: { readonly instanceId: string; readonly session: Reconnecting }) {
  const now = useNow(1_000);
  const wait = session.retryAt - now;

  return (
    <div className="session session-neutral">
      <p className="session-state" aria-live="polite">
        <span className="spinner" aria-hidden="true" />
        {sessionStatusLabel(session)}
      </p>
      <p className="session-detail">
        {session.message} {wait > 1_000 ? `Trying again in ${formatDuration(wait)}.` : 'Trying again now.'}
      </p>
      <SignOutActions instanceId={instanceId} />
    </div>
  );
}
