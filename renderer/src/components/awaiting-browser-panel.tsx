// A browser sign-in (PKCE) is waiting for the user to finish in the browser that opened. If the
// tab got lost, the page can be opened again; Cancel stops the loopback listener.
import { usePending } from '../hooks/use-pending';
import { useAppStore } from '../store/app-store-context';

export function AwaitingBrowserPanel({ instanceId }: { readonly instanceId: string }) {
  const openSignInPage = useAppStore((state) => state.openSignInPage);
  const cancelSignIn = useAppStore((state) => state.cancelSignIn);
  const opening = usePending('sessions:open-sign-in-page', instanceId);
  const cancelling = usePending('sessions:cancel-sign-in', instanceId);

  return (
    <div className="session">
      <p className="session-state" aria-live="polite">
        <span className="spinner" aria-hidden="true" />
        Waiting for your browser…
      </p>
      <p className="session-detail">Finish signing in on the page that opened in your browser, then come back here.</p>
      <div className="actions">
        <button type="button" onClick={() => void openSignInPage(instanceId)} disabled={opening}>
          Open the sign-in page again
        </button>
        <button type="button" onClick={() => void cancelSignIn(instanceId)} disabled={cancelling}>
          Cancel
        </button>
      </div>
    </div>
  );
}
