// The settings screen's building blocks. A switch, a choice or a select saves as soon as it
// changes; a text field saves when it loses focus or on Enter, after its check (in plain words, at
// the field). A save main refused shows its message at the same field.
import { useEffect, useId, useState, type ReactNode } from 'react';
import type { ActionKey } from '../store/action-status';
import { settingsKey } from '../store/app-settings-slice';
import { useAppStore } from '../store/app-store-context';

/** The error main answered for this field's last change, if any (`errorKey` for a change sent on another channel). */
export function useSaveError(field: string, errorKey?: ActionKey): string | undefined {
  const key = errorKey ?? settingsKey(field);
  return useAppStore((state) => state.errors[key]?.message);
}

/**
 * What a switch or a choice shows: the user's pick at once while its save is in flight (main
 * answers with the saved whole, and a controlled input would otherwise spring back until then),
 * the saved value once the save is over (the old one, with the error, when it failed).
 */
export function usePicked<T>(field: string, value: T): readonly [T, (picked: T) => void] {
  const saving = useAppStore((state) => state.pending[settingsKey(field)] === true);
  const [picked, setPicked] = useState<{ readonly value: T }>();
  useEffect(() => {
    if (!saving) setPicked(undefined);
  }, [saving]);
  return [picked && saving ? picked.value : value, (next: T) => setPicked({ value: next })];
}

export function FieldMessage({ id, message }: { readonly id: string; readonly message: string | undefined }) {
  return message ? (
    <p id={id} role="alert" className="field-error">
      {message}
    </p>
  ) : null;
}

export interface SettingSwitchProps {
  readonly field: string;
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly hint?: ReactNode;
  readonly disabled?: boolean;
}

export function SettingSwitch({ field, label, checked, onChange, hint, disabled = false }: SettingSwitchProps) {
  const ids = { input: useId(), hint: useId(), error: useId() };
  const error = useSaveError(field);
  const described = [hint ? ids.hint : '', error ? ids.error : ''].filter(Boolean).join(' ');
  const [shown, pick] = usePicked(field, checked);
  return (
    <div className="setting setting-switch">
      <input id={ids.input} type="checkbox" role="switch" checked={shown} disabled={disabled} onChange={(event) => { pick(event.target.checked); onChange(event.target.checked); }} {...(described ? { 'aria-describedby': described } : {})} />
      <label htmlFor={ids.input}>{label}</label>
      {hint ? (
        <p id={ids.hint} className="hint setting-hint">
          {hint}
        </p>
      ) : null}
      <FieldMessage id={ids.error} message={error} />
    </div>
  );
}

export interface SettingChoiceProps<T extends string> {
  readonly field: string;
  readonly legend: string;
  readonly value: T;
  readonly options: readonly { readonly value: T; readonly label: string; readonly hint?: string }[];
  readonly onChange: (value: T) => void;
}

export function SettingChoice<T extends string>({ field, legend, value, options, onChange }: SettingChoiceProps<T>) {
  const name = useId();
  const errorId = useId();
  const error = useSaveError(field);
  const [shown, pick] = usePicked(field, value);
  return (
    <fieldset className="setting" {...(error ? { 'aria-describedby': errorId } : {})}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input type="radio" name={name} value={option.value} checked={shown === option.value} onChange={() => { pick(option.value); onChange(option.value); }} />
          {option.label}
          {option.hint ? <span className="hint"> ({option.hint})</span> : null}
        </label>
      ))}
      <FieldMessage id={errorId} message={error} />
    </fieldset>
  );
}

export interface SettingTextProps {
  readonly field: string;
  readonly label: string;
  readonly value: string;
  /** Plain words for what is wrong, or undefined. */
  readonly check: (text: string) => string | undefined;
  /** Saves a checked value; resolves true once saved. */
  readonly save: (text: string) => Promise<boolean>;
  readonly hint?: ReactNode;
  readonly placeholder?: string;
  readonly inputMode?: 'text' | 'numeric';
  /** Where main's error for this field is kept, when it is not a settings:update. */
  readonly errorKey?: ActionKey;
}

export function SettingText({ field, label, value, check, save, hint, placeholder, inputMode = 'text', errorKey }: SettingTextProps) {
  const ids = { input: useId(), hint: useId(), error: useId() };
  const [text, setText] = useState(value);
  const [problem, setProblem] = useState<string | undefined>();
  const saveError = useSaveError(field, errorKey);
  // A change saved elsewhere (another window, main) shows here unless the user is typing over it.
  useEffect(() => {
    setText(value);
    setProblem(undefined);
  }, [value]);
  const message = problem ?? saveError;

  const commit = () => {
    if (text === value) {
      setProblem(undefined);
      return;
    }
    const found = check(text);
    setProblem(found);
    if (!found) void save(text);
  };
  const described = [hint ? ids.hint : '', message ? ids.error : ''].filter(Boolean).join(' ');

  return (
    <div className="setting field">
      <label htmlFor={ids.input}>{label}</label>
      <input
        id={ids.input}
        type="text"
        inputMode={inputMode}
        spellCheck={false}
        value={text}
        placeholder={placeholder}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          }
        }}
        {...(message ? { 'aria-invalid': true } : {})}
        {...(described ? { 'aria-describedby': described } : {})}
      />
      {hint ? (
        <p id={ids.hint} className="hint setting-hint">
          {hint}
        </p>
      ) : null}
      <FieldMessage id={ids.error} message={message} />
    </div>
  );
}
