// The access-keys dialog of a role, like the AWS access portal's: tabs per platform, a copy button
// per format, the key id masked and the time left. The page never holds the credentials: each copy
// asks main, which fetches them, formats them and writes the system clipboard, and answers only
// when they expire (app/ipc/contract/credentials.ts).
import { useEffect, useId, useState } from 'react';
import type { CopyFormat, CredentialsPreview } from '../../../app/ipc/contract/credentials';
import type { RoleKey } from '../../../app/model/preferences';
import { findDesktop } from '../desktop';
import { formatCountdown } from '../format/duration';
import { useModalKeys } from '../hooks/use-modal-keys';
import { panelId, TabList, tabId } from './tab-list';

type TabName = 'unix' | 'windows' | 'files';

interface Tab {
  readonly id: TabName;
  readonly label: string;
  readonly formats: readonly { readonly format: CopyFormat; readonly label: string; readonly hint: string }[];
}

const tabs: readonly Tab[] = [
  {
    id: 'unix',
    label: 'macOS and Linux',
    formats: [
      { format: 'bash', label: 'bash / zsh', hint: 'Paste into the terminal: export lines.' },
      { format: 'fish', label: 'fish', hint: 'Paste into fish: set -gx lines.' },
    ],
  },
  {
    id: 'windows',
    label: 'Windows',
    formats: [
      { format: 'powershell', label: 'PowerShell', hint: 'Paste into PowerShell: $Env: lines.' },
      { format: 'cmd', label: 'Command Prompt', hint: 'Paste into cmd: set lines.' },
    ],
  },
  {
    id: 'files',
    label: 'Files and tools',
    formats: [
      { format: 'credentials-file', label: 'Credentials file', hint: 'A profile for ~/.aws/credentials.' },
      { format: 'dotenv', label: '.env file', hint: 'NAME=value lines.' },
      { format: 'json', label: 'credential_process JSON', hint: 'The JSON a credential_process prints (Version 1).' },
    ],
  },
];

type Copied = { readonly format: CopyFormat } | { readonly line: true } | { readonly error: string } | undefined;

export function AccessKeysDialog({ role, title, onClose }: { readonly role: RoleKey; readonly title: string; readonly onClose: () => void }) {
  const ids = { heading: useId(), tabs: useId() };
  const [tab, setTab] = useState<TabName>('unix');
  const [preview, setPreview] = useState<CredentialsPreview | { readonly error: string } | undefined>(undefined);
  const [copied, setCopied] = useState<Copied>(undefined);
  const [now, setNow] = useState(() => Date.now());
  const modal = useModalKeys(onClose);
  const { instanceId, accountId, roleName } = role;

  useEffect(() => {
    let live = true;
    void findDesktop()
      ?.request('credentials:preview', { instanceId, accountId, roleName })
      .then((result) => live && setPreview(result.ok ? result.value : { error: result.message }));
    return () => {
      live = false;
    };
  }, [instanceId, accountId, roleName]);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  const copy = async (format: CopyFormat) => {
    const result = await findDesktop()?.request('credentials:copy', { instanceId, accountId, roleName, format });
    if (!result) return;
    if (!result.ok) {
      setCopied({ error: result.message });
      return;
    }
    setCopied({ format });
    setPreview((current) => (current && 'maskedAccessKeyId' in current ? { ...current, expiresAt: result.value.expiresAt } : current));
  };

  // The line is not secret, but it is copied through main like everything else in this dialog.
  const copyLine = async () => {
    const result = await findDesktop()?.request('credentials:copy-process-line', { instanceId, accountId, roleName });
    if (result) setCopied(result.ok ? { line: true } : { error: result.message });
  };

  const current = tabs.find((candidate) => candidate.id === tab) ?? tabs[0]!;
  const left = preview && 'expiresAt' in preview ? preview.expiresAt - now : undefined;
  return (
    <div className="dialog-backdrop">
      <div ref={modal.ref} role="dialog" aria-modal="true" aria-labelledby={ids.heading} className="dialog access-keys" onKeyDown={modal.onKeyDown}>
        <h2 id={ids.heading} dir="auto" className="dialog-title">
          Access keys for {title}
        </h2>
        {preview === undefined ? <p className="dialog-detail">Getting credentials…</p> : null}
        {preview && 'error' in preview ? (
          <p role="alert" className="field-error">
            {preview.error}
          </p>
        ) : null}
        {preview && 'maskedAccessKeyId' in preview ? (
          <dl className="access-keys-preview">
            <dt>Access key ID</dt>
            <dd data-testid="masked-key">{preview.maskedAccessKeyId}</dd>
            <dt>Expires in</dt>
            <dd data-testid="expires-in" aria-live="off">
              {left !== undefined && left > 0 ? formatCountdown(left) : 'expired'}
            </dd>
            {preview.region ? (
              <>
                <dt>Region</dt>
                <dd>{preview.region}</dd>
              </>
            ) : null}
          </dl>
        ) : null}
        <TabList label="Where to use them" prefix={ids.tabs} tabs={tabs} selected={tab} onSelect={setTab} />
        <div role="tabpanel" id={panelId(ids.tabs)} aria-labelledby={tabId(ids.tabs, current.id)} className="tab-panel">
          {current.formats.map((entry) => (
            <div key={entry.format} className="copy-format">
              <button type="button" onClick={() => void copy(entry.format)}>
                Copy {entry.label}
              </button>
              <span className="hint">{entry.hint}</span>
            </div>
          ))}
          {current.id === 'files' && preview && 'credentialProcessLine' in preview && preview.credentialProcessLine ? (
            <div className="copy-format credential-process-line">
              <code data-testid="credential-process-line">{preview.credentialProcessLine}</code>
              <button type="button" onClick={() => void copyLine()}>
                Copy credential_process line
              </button>
              <span className="hint">For a profile in ~/.aws/config: the AWS CLI and SDKs then ask this app for the role’s credentials.</span>
            </div>
          ) : null}
        </div>
        <p role="status" className="copy-status">
          {copied && 'format' in copied ? 'Copied to the clipboard. Paste it where you need it; it holds a secret.' : null}
          {copied && 'line' in copied ? 'Copied the credential_process line. It holds no secret.' : null}
          {copied && 'error' in copied ? copied.error : null}
        </p>
        <div className="actions">
          <button type="button" autoFocus onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
