// Removing an instance signs it out and forgets it, so it asks once more, inline (a native
// confirm() dialog would block the window and cannot be styled or found by role in tests).
import { useState } from 'react';
import { usePending } from '../hooks/use-pending';
import { useAppStore } from '../store/app-store-context';

export function RemoveInstanceButton({ instanceId, displayName }: { readonly instanceId: string; readonly displayName: string }) {
  const removeInstance = useAppStore((state) => state.removeInstance);
  const removing = usePending('instances:remove', instanceId);
  const [confirming, setConfirming] = useState(false);

  if (!confirming) {
    return (
      <button type="button" className="link" onClick={() => setConfirming(true)} aria-label={`Remove ${displayName}`}>
        Remove
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={`Remove ${displayName}?`}>
      Sign out and remove?{' '}
      <button type="button" className="danger" disabled={removing} onClick={() => void removeInstance(instanceId).then(() => setConfirming(false))}>
        Remove
      </button>
      <button type="button" onClick={() => setConfirming(false)}>
        Keep
      </button>
    </span>
  );
}
