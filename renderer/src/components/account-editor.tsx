// The user's own settings for one account: an alias (shown before the portal's name), a colour
// and a default region. A modal dialog over the list: focus starts in it and stays in it, Escape
// or Cancel closes it, and focus goes back to where it came from.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { accountColours, type AccountPreferences } from '../../../app/model/preferences';
import type { ListedAccount } from '../portal/list-rows';
import { useModalKeys } from '../hooks/use-modal-keys';
import { useAppStore } from '../store/app-store-context';
import { accountPreferencesKey } from '../store/preferences-slice';
import { RegionSelect } from './region-select';

type Colour = (typeof accountColours)[number];

export function AccountEditor({ listed, onClose }: { readonly listed: ListedAccount; readonly onClose: () => void }) {
  const ids = { heading: useId(), alias: useId(), colour: useId(), region: useId(), error: useId() };
  const { instanceId, account, name, preferences } = listed;
  const key = accountPreferencesKey(instanceId, account.accountId);
  const save = useAppStore((state) => state.setAccountPreferences);
  const saving = useAppStore((state) => state.pending[key] === true);
  const error = useAppStore((state) => state.errors[key]);
  const dismissError = useAppStore((state) => state.dismissError);
  const [alias, setAlias] = useState(preferences.alias ?? '');
  const [colour, setColour] = useState<Colour | ''>(preferences.colour ?? '');
  const [region, setRegion] = useState(preferences.defaultRegion ?? '');

  // An old error of this form is not news when it opens again.
  useEffect(() => () => dismissError(key), [dismissError, key]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = alias.trim();
    const next: AccountPreferences = {
      ...(trimmed ? { alias: trimmed } : {}),
      ...(colour ? { colour } : {}),
      ...(region ? { defaultRegion: region } : {}),
    };
    if (await save(instanceId, account.accountId, next)) onClose();
  };

  const modal = useModalKeys(onClose);

  return (
    <div className="dialog-backdrop">
      <div ref={modal.ref} role="dialog" aria-modal="true" aria-labelledby={ids.heading} className="dialog" onKeyDown={modal.onKeyDown}>
        <h2 id={ids.heading} dir="auto" className="dialog-title">
          Edit {name}
        </h2>
        <p className="dialog-detail">
          Account {account.accountId}. These are your own marks, kept on this computer.
        </p>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <div className="field">
            <label htmlFor={ids.alias}>Alias</label>
            <input id={ids.alias} type="text" value={alias} maxLength={100} autoFocus dir="auto" placeholder={name} onChange={(event) => setAlias(event.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={ids.colour}>Colour</label>
            <select id={ids.colour} value={colour} onChange={(event) => setColour(event.target.value as Colour | '')}>
              <option value="">None</option>
              {accountColours.map((name) => (
                <option key={name} value={name}>
                  {name[0]!.toUpperCase() + name.slice(1)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.region}>Default region</label>
            <RegionSelect id={ids.region} value={region} onChange={setRegion} emptyLabel="None (choose each time)" />
          </div>
          {error ? (
            <p id={ids.error} role="alert" className="field-error">
              {error.message}
            </p>
          ) : null}
          <div className="actions">
            <button type="submit" className="primary" disabled={saving}>
              Save
            </button>
            <button type="button" onClick={onClose}>
              Cancel
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
