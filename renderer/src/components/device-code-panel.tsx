// A device-code sign-in (RFC 8628): the user code, big enough to read across a desk and copyable,
// the page to enter it on, and how long the code stays valid.
import type { SessionState } from '../../../app/model/session';
import { formatCountdown } from '../format/duration';
import { useNow } from '../hooks/use-now';
import { usePending } from '../hooks/use-pending';
import { useAppStore } from '../store/app-store-context';
import { CopyButton } from './copy-button';

type DeviceCodeSession = Extract<SessionState, { kind: 'awaiting-device-code' }>;

export function DeviceCodePanel({ instanceId, session }: { readonly instanceId: string; readonly session: DeviceCodeSession }) {
  const openSignInPage = useAppStore((state) => state.openSignInPage);
  const cancelSignIn = useAppStore((state) => state.cancelSignIn);
  const opening = usePending('sessions:open-sign-in-page', instanceId);
  const cancelling = usePending('sessions:cancel-sign-in', instanceId);
  const remaining = session.expiresAt - useNow();

  return (
    <div className="session">
      <p className="session-state" aria-live="polite">
        Enter this code on the verification page
      </p>
      <output className="user-code" aria-label="User code">
        {session.userCode}
      </output>
      <p className="session-detail">
        {remaining > 0 ? <>Code expires in <time>{formatCountdown(remaining)}</time></> : 'The code has expired.'}
        {' · '}
        <span className="url">{session.verificationUri}</span>
      </p>
      <div className="actions">
        <CopyButton text={session.userCode} label="Copy code" />
        <button type="button" className="primary" onClick={() => void openSignInPage(instanceId)} disabled={opening}>
          Open verification page
        </button>
        <button type="button" onClick={() => void cancelSignIn(instanceId)} disabled={cancelling}>
          Cancel
        </button>
      </div>
    </div>
  );
}
