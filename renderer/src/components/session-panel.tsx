// What the user sees and can do for each session state of one instance. Exhaustive over
// SessionState: a new state in app/model/session.ts is a compile error here until it has a UI.
import { assertNever } from '../../../app/ipc/result';
import type { InstanceView } from '../../../app/model/instance-view';
import { primarySessionAction, sessionStatusLabel } from '../../../app/model/session-presentation';
import { usePending } from '../hooks/use-pending';
import { useAppStore } from '../store/app-store-context';
import { AwaitingBrowserPanel } from './awaiting-browser-panel';
import { DeviceCodePanel } from './device-code-panel';
import { ReconnectingPanel } from './reconnecting-panel';
import { SessionMessage } from './session-message';
import { SignedInPanel } from './signed-in-panel';

export function SessionPanel({ instance }: { readonly instance: InstanceView }) {
  return (
    <div role="group" aria-label="Session">
      <SessionContent instance={instance} />
    </div>
  );
}

function SessionContent({ instance }: { readonly instance: InstanceView }) {
  const signIn = useAppStore((state) => state.signIn);
  const cancelSignIn = useAppStore((state) => state.cancelSignIn);
  const signingIn = usePending('sessions:sign-in', instance.id);
  const cancelling = usePending('sessions:cancel-sign-in', instance.id);
  const startSignIn = () => void signIn(instance.id);
  const session = instance.session;
  const status = sessionStatusLabel(session);
  // Signed out, expired and failed all offer a sign-in; its label says which (session-presentation.ts).
  const signInAction = () => ({ label: primarySessionAction(session).label, onClick: startSignIn, busy: signingIn });

  switch (session.kind) {
    case 'signed-out':
      return <SessionMessage status={status} action={signInAction()} />;
    case 'starting-sign-in':
      // The service is being asked for a registration or a device code: never a dead end, Cancel works.
      return (
        <SessionMessage
          status={`${status}…`}
          detail="Contacting IAM Identity Center."
          action={{ label: primarySessionAction(session).label, onClick: () => void cancelSignIn(instance.id), busy: cancelling }}
        />
      );
    case 'awaiting-browser':
      return <AwaitingBrowserPanel instanceId={instance.id} />;
    case 'awaiting-device-code':
      return <DeviceCodePanel instanceId={instance.id} session={session} />;
    case 'signed-in':
      return <SignedInPanel instanceId={instance.id} accessTokenExpiresAt={session.accessTokenExpiresAt} sessionExpiresAt={session.sessionExpiresAt} signedInAt={session.signedInAt} />;
    case 'refreshing':
      return <SignedInPanel instanceId={instance.id} accessTokenExpiresAt={session.accessTokenExpiresAt} signedInAt={session.signedInAt} renewing />;
    case 'reconnecting':
      return <ReconnectingPanel instanceId={instance.id} session={session} />;
    case 'expired':
      return (
        <SessionMessage
          status={status}
          tone="warning"
          detail="Your IAM Identity Center session has ended."
          action={signInAction()}
        />
      );
    case 'error':
      return (
        <SessionMessage
          status={status}
          tone="error"
          detail={session.message}
          action={signInAction()}
        />
      );
    default:
      return assertNever(session);
  }
}
