// Adds an IAM Identity Center instance. The core validates (start-URL forms, region, duplicates);
// its message is shown inline next to the field it is about, as an alert.
import { useId, useState, type FormEvent } from 'react';
import type { ErrorCode } from '../../../app/ipc/result';
import type { SignInMethod } from '../../../app/model/instance';
import { actionKey } from '../store/action-status';
import { useAppStore } from '../store/app-store-context';
import { RegionSelect } from './region-select';

type Field = 'startUrl' | 'region' | 'form';

/** Which field an error of `instances:add` belongs to. */
export function fieldOfAddError(code: ErrorCode): Field {
  switch (code) {
    case 'invalid-start-url':
    case 'duplicate-instance':
      return 'startUrl';
    case 'unknown-region':
      return 'region';
    default:
      return 'form';
  }
}

const addKey = actionKey('instances:add');

export function AddInstanceForm() {
  const ids = { startUrl: useId(), region: useId(), displayName: useId(), error: useId(), heading: useId() };
  const addInstance = useAppStore((state) => state.addInstance);
  const error = useAppStore((state) => state.errors[addKey]);
  const adding = useAppStore((state) => state.pending[addKey] === true);
  const [startUrl, setStartUrl] = useState('');
  const [region, setRegion] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [signInMethod, setSignInMethod] = useState<SignInMethod>('browser');
  const errorField = error ? fieldOfAddError(error.code) : undefined;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = displayName.trim();
    const added = await addInstance({ startUrl, region, signInMethod, ...(name ? { displayName: name } : {}) });
    if (!added) return;
    setStartUrl('');
    setDisplayName('');
  };

  const errorFor = (field: Field) =>
    error && errorField === field ? (
      <p id={ids.error} role="alert" className="field-error">
        {error.message}
      </p>
    ) : null;
  const invalid = (field: Field) => (errorField === field ? { 'aria-invalid': true, 'aria-describedby': ids.error } : {});

  return (
    <form className="add-instance" aria-labelledby={ids.heading} noValidate onSubmit={(event) => void submit(event)}>
      <h2 id={ids.heading}>Add an instance</h2>
      <div className="field">
        <label htmlFor={ids.startUrl}>Start URL</label>
        <input
          id={ids.startUrl}
          type="text"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          placeholder="https://d-1234567890.awsapps.com/start"
          value={startUrl}
          onChange={(event) => setStartUrl(event.target.value)}
          {...invalid('startUrl')}
        />
        {errorFor('startUrl')}
      </div>
      <div className="field">
        <label htmlFor={ids.region}>Region</label>
        <RegionSelect id={ids.region} value={region} onChange={setRegion} {...invalid('region')} />
        {errorFor('region')}
      </div>
      <div className="field">
        <label htmlFor={ids.displayName}>Display name (optional)</label>
        <input id={ids.displayName} type="text" value={displayName} maxLength={200} onChange={(event) => setDisplayName(event.target.value)} />
      </div>
      <fieldset className="field">
        <legend>Sign-in method</legend>
        <label className="choice">
          <input type="radio" name="sign-in-method" value="browser" checked={signInMethod === 'browser'} onChange={() => setSignInMethod('browser')} />
          Browser <span className="hint">(opens your browser and returns here)</span>
        </label>
        <label className="choice">
          <input type="radio" name="sign-in-method" value="device-code" checked={signInMethod === 'device-code'} onChange={() => setSignInMethod('device-code')} />
          Device code <span className="hint">(enter a code on any device)</span>
        </label>
      </fieldset>
      {errorFor('form')}
      <div className="actions">
        <button type="submit" className="primary" disabled={adding}>
          Add instance
        </button>
      </div>
    </form>
  );
}
