// "Sync profiles to ~/.aws/config": Preview shows the diff the sync would write (the `--dry-run`
// of the CLI), Write writes it and says where and how many profiles. The diff is plain text from
// the core, which hides secret values; a file the core cannot change safely comes back as its
// error message (naming the line), shown here, and the file stays as it was.
import { useId } from 'react';
import { useAppStore } from '../store/app-store-context';
import { previewSyncKey, writeSyncKey } from '../store/profile-sync-slice';

export function ProfileSyncSection() {
  const ids = { heading: useId(), diff: useId() };
  const sync = useAppStore((state) => state.profileSync);
  const preview = useAppStore((state) => state.previewProfileSync);
  const write = useAppStore((state) => state.writeProfileSync);
  const busy = useAppStore((state) => Boolean(state.pending[previewSyncKey] || state.pending[writeSyncKey]));
  const error = useAppStore((state) => state.errors[writeSyncKey]?.message ?? state.errors[previewSyncKey]?.message);
  const result = sync?.result;
  const count = result?.profiles.length ?? 0;
  const profiles = `${count} ${count === 1 ? 'profile' : 'profiles'}`;

  return (
    <section className="settings-section profile-sync" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>Sync profiles to ~/.aws/config</h3>
      <p className="setting-hint">One profile per role, named and shaped by the settings above. The app changes only its own sections of the file.</p>
      <div className="setting">
        <button type="button" disabled={busy} onClick={() => void preview()}>
          Preview
        </button>{' '}
        <button type="button" disabled={busy} onClick={() => void write()}>
          Write
        </button>
      </div>
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      {result ? (
        <p role="status">
          {result.written
            ? `Wrote ${profiles} to ${result.path}.`
            : result.diff === ''
              ? `${result.path} is up to date (${profiles}).`
              : `A sync would change ${result.path} (${profiles}):`}
        </p>
      ) : null}
      {result && !result.written && result.diff !== '' ? (
        <pre id={ids.diff} className="sync-diff" aria-label="Changes to the config file" tabIndex={0}>
          {result.diff}
        </pre>
      ) : null}
    </section>
  );
}
