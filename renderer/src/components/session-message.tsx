// A session state that is one line of text, an optional detail and one button (signed out,
// expired, failed). The state line is a polite live region, so a screen reader hears the change.
export interface SessionMessageProps {
  readonly status: string;
  readonly detail?: string;
  readonly tone?: 'neutral' | 'warning' | 'error';
  readonly action: { readonly label: string; readonly onClick: () => void; readonly busy: boolean };
}

export function SessionMessage({ status, detail, tone = 'neutral', action }: SessionMessageProps) {
  return (
    <div className={`session session-${tone}`}>
      <p className="session-state" aria-live="polite">
        {status}
      </p>
      {detail ? <p className={tone === 'error' ? 'session-detail session-error-text' : 'session-detail'}>{detail}</p> : null}
      <div className="actions">
        <button type="button" className="primary" onClick={action.onClick} disabled={action.busy}>
          {action.label}
        </button>
      </div>
    </div>
  );
}
