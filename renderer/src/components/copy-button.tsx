// Copies a text with the asynchronous Clipboard API (a user gesture; in Electron the page may use
// clipboard-sanitized-write, see main/security/navigation-policy.ts). Says whether it worked.
import { useEffect, useState } from 'react';

type CopyStatus = 'idle' | 'copied' | 'failed';

export function CopyButton({ text, label }: { readonly text: string; readonly label: string }) {
  const [status, setStatus] = useState<CopyStatus>('idle');

  useEffect(() => {
    if (status !== 'copied') return;
    const timer = setTimeout(() => setStatus('idle'), 2000);
    return () => clearTimeout(timer);
  }, [status]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };

  return (
    <>
      <button type="button" onClick={() => void copy()}>
        {label}
      </button>
      {status === 'copied' ? (
        <span role="status" className="copy-feedback">
          Copied
        </span>
      ) : status === 'failed' ? (
        <span role="alert" className="copy-feedback session-error-text">
          Could not copy. Select the code and copy it by hand.
        </span>
      ) : null}
    </>
  );
}
