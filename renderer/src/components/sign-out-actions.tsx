// The actions row of a card whose session can only be ended from here: Sign out, busy while the
// request runs. Shared by the signed-in and the reconnecting views.
import { usePending } from '../hooks/use-pending';
import { useAppStore } from '../store/app-store-context';

export function SignOutActions({ instanceId }: { readonly instanceId: string }) {
  const signOut = useAppStore((state) => state.signOut);
  const signingOut = usePending('sessions:sign-out', instanceId);
  return (
    <div className="actions">
      <button type="button" onClick={() => void signOut(instanceId)} disabled={signingOut}>
        Sign out
      </button>
    </div>
  );
}
