// Adds an IAM Identity Center instance. What the page can tell by itself (an empty field, a start
// URL longer than any real one) is said at once, at every field it concerns; the core validates
// the rest (start-URL forms, region, duplicates) and its message is shown next to the field it is
// about. Each as an alert the field points to.
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

/** The contract's limit (app/ipc/contract/instances.ts): longer than any real start URL. */
const maxStartUrlLength = 2048;

/** What is wrong with the fields before anything is sent, in plain words, per field. */
export function checkAddForm(startUrl: string, region: string): Partial<Record<'startUrl' | 'region', string>> {
  const problems: Partial<Record<'startUrl' | 'region', string>> = {};
  const url = startUrl.trim();
  if (url === '') problems.startUrl = 'Enter your AWS access portal URL, for example https://d-1234567890.awsapps.com/start.';
  else if (url.length > maxStartUrlLength) {
    problems.startUrl = `This is ${url.length.toLocaleString('en')} characters long; a start URL has at most ${maxStartUrlLength.toLocaleString('en')}. Copy it again from the access portal.`;
  }
  if (region === '') problems.region = 'Choose the region your IAM Identity Center is in.';
  return problems;
}

export interface AddInstanceFormProps {
  /** Called after an instance was added (the list folds the form away). */
  readonly onAdded?: () => void;
  /** Offered as a Cancel button when the form can be folded away again. */
  readonly onCancel?: () => void;
}

export function AddInstanceForm({ onAdded, onCancel }: AddInstanceFormProps = {}) {
  const ids = { startUrl: useId(), region: useId(), displayName: useId(), error: useId(), heading: useId(), startUrlProblem: useId(), regionProblem: useId() };
  const addInstance = useAppStore((state) => state.addInstance);
  const error = useAppStore((state) => state.errors[addKey]);
  const adding = useAppStore((state) => state.pending[addKey] === true);
  const [startUrl, setStartUrl] = useState('');
  const [region, setRegion] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [signInMethod, setSignInMethod] = useState<SignInMethod>('browser');
  const [problems, setProblems] = useState<Partial<Record<'startUrl' | 'region', string>>>({});
  const errorField = error ? fieldOfAddError(error.code) : undefined;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = checkAddForm(startUrl, region);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      // The first field to fix gets the focus.
      document.getElementById(found.startUrl ? ids.startUrl : ids.region)?.focus();
      return;
    }
    const name = displayName.trim();
    const added = await addInstance({ startUrl: startUrl.trim(), region, signInMethod, ...(name ? { displayName: name } : {}) });
    if (!added) return;
    setStartUrl('');
    setDisplayName('');
    onAdded?.();
  };

  // A field's own problem first; otherwise the core's answer, when it is about this field.
  const messageFor = (field: Field): { readonly id: string; readonly text: string } | undefined => {
    if (field !== 'form' && problems[field]) return { id: field === 'startUrl' ? ids.startUrlProblem : ids.regionProblem, text: problems[field] };
    if (error && errorField === field && Object.keys(problems).length === 0) return { id: ids.error, text: error.message };
    return undefined;
  };
  const errorFor = (field: Field) => {
    const message = messageFor(field);
    return message ? (
      <p id={message.id} role="alert" className="field-error">
        {message.text}
      </p>
    ) : null;
  };
  const invalid = (field: Field) => {
    const message = messageFor(field);
    return message ? { 'aria-invalid': true, 'aria-describedby': message.id } : {};
  };

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
          onChange={(event) => {
            setStartUrl(event.target.value);
            if (problems.startUrl) setProblems(({ startUrl: _fixed, ...rest }) => rest);
          }}
          {...invalid('startUrl')}
        />
        {errorFor('startUrl')}
      </div>
      <div className="field">
        <label htmlFor={ids.region}>Region</label>
        <RegionSelect
          id={ids.region}
          value={region}
          onChange={(value) => {
            setRegion(value);
            if (problems.region) setProblems(({ region: _fixed, ...rest }) => rest);
          }}
          {...invalid('region')}
        />
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
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
