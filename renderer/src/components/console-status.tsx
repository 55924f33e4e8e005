// The list's console line: what the last "Management console" opened, or the newest refusal
// (a session too long for the credentials, a refused credential), which the user can dismiss.
import { useAppStore } from '../store/app-store-context';
import { latestConsoleErrorKey } from '../store/console-slice';
import { ActionErrorMessage } from './action-error-message';

export function ConsoleStatusLine() {
  const status = useAppStore((state) => state.consoleStatus);
  const errorKey = useAppStore((state) => latestConsoleErrorKey(state.errors));
  const error = useAppStore((state) => (errorKey ? state.errors[errorKey] : undefined));
  return (
    <div className="console-status">
      {errorKey && error ? <ActionErrorMessage errorKey={errorKey} error={error} /> : null}
      <p role="status" aria-label="Console" className="console-opened">
        {status && !error ? status.text : ''}
      </p>
    </div>
  );
}
