// One notice. Errors are alerts (announced at once); warnings and information are status messages.
// The action of a session-expired notice signs in again in one click.
import { assertNever } from '../../../app/ipc/result';
import type { Notice, NoticeAction } from '../../../app/model/notice';
import { actionKey } from '../store/action-status';
import { useAppStore } from '../store/app-store-context';

export function NoticeItem({ notice }: { readonly notice: Notice }) {
  const dismissNotice = useAppStore((state) => state.dismissNotice);
  const dismissError = useAppStore((state) => state.errors[actionKey('notices:dismiss', notice.id)]);
  return (
    <li className={`notice notice-${notice.level}`}>
      <div role={notice.level === 'error' ? 'alert' : 'status'}>{notice.message}</div>
      <div className="actions">
        {notice.action ? <NoticeActionButton action={notice.action} /> : null}
        <button type="button" onClick={() => void dismissNotice(notice.id)}>
          Dismiss
        </button>
      </div>
      {dismissError ? <p role="alert" className="action-error">{dismissError.message}</p> : null}
    </li>
  );
}

function NoticeActionButton({ action }: { readonly action: NoticeAction }) {
  const signIn = useAppStore((state) => state.signIn);
  const busy = useAppStore((state) => state.pending[actionKey('sessions:sign-in', action.instanceId)] === true);
  switch (action.kind) {
    case 'sign-in':
      return (
        <button type="button" className="primary" disabled={busy} onClick={() => void signIn(action.instanceId)}>
          Sign in
        </button>
      );
    default:
      return assertNever(action.kind);
  }
}
