// The last error of a user action (see store/action-status.ts), as an alert the user can dismiss.
import type { ActionError, ActionKey } from '../store/action-status';
import { useAppStore } from '../store/app-store-context';

export function ActionErrorMessage({ errorKey, error }: { readonly errorKey: ActionKey; readonly error: ActionError }) {
  const dismissError = useAppStore((state) => state.dismissError);
  return (
    <p role="alert" className="action-error">
      {error.message}{' '}
      <button type="button" className="link" onClick={() => dismissError(errorKey)}>
        Dismiss
      </button>
    </p>
  );
}
