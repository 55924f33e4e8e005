// One instance on the settings screen: its name, sign-in method, the console's region and session
// length for it, the AWS CLI token cache (with what that means), and Remove. The instance's own
// region is fixed: it is where its IAM Identity Center lives, so another one is another instance.
import { useId } from 'react';
import type { AppSettings } from '../../../app/model/app-settings';
import type { InstanceView } from '../../../app/model/instance-view';
import { RegionSelect } from '../components/region-select';
import { RemoveInstanceButton } from '../components/remove-instance-button';
import { SignInMethodSelect } from '../components/sign-in-method-select';
import { actionKey } from '../store/action-status';
import { useAppStore } from '../store/app-store-context';
import { FieldMessage, SettingSwitch, SettingText, useSaveError } from './setting-controls';
import { displayNameError, parseConsoleMinutes } from './settings-validation';

export function InstanceSettings({ instance, settings }: { readonly instance: InstanceView; readonly settings: AppSettings }) {
  const ids = { heading: useId(), method: useId(), region: useId(), regionError: useId() };
  const updateInstance = useAppStore((state) => state.updateInstance);
  const update = useAppStore((state) => state.updateAppSettings);
  const regionField = `console.regions/${instance.id}`;
  const regionError = useSaveError(regionField);
  const consoleRegion = settings.console.regions[instance.id] ?? '';
  const seconds = settings.console.sessionSeconds[instance.id];

  const withScope = <T,>(record: Readonly<Record<string, T>>, value: T | undefined): Record<string, T> => {
    const { [instance.id]: _old, ...rest } = record;
    return value === undefined ? rest : { ...rest, [instance.id]: value };
  };

  return (
    <section className="settings-instance" aria-labelledby={ids.heading}>
      <header className="instance-header">
        <h4 id={ids.heading}>{instance.displayName}</h4>
        <RemoveInstanceButton instanceId={instance.id} displayName={instance.displayName} />
      </header>
      <p className="url settings-instance-url">
        {instance.startUrl} · {instance.region}
      </p>
      <SettingText
        field={`instance-name/${instance.id}`}
        errorKey={actionKey('instances:update', instance.id)}
        label="Display name"
        value={instance.displayName}
        check={displayNameError}
        save={(text) => updateInstance({ instanceId: instance.id, displayName: text.trim() })}
      />
      <div className="setting field">
        <span id={ids.method} className="label">
          Sign-in method
        </span>
        <SignInMethodSelect instance={instance} labelledBy={ids.method} />
      </div>
      <div className="setting field">
        <label htmlFor={ids.region}>Console region</label>
        <RegionSelect
          id={ids.region}
          value={consoleRegion}
          emptyLabel={`Same as the instance (${instance.region})`}
          onChange={(region) => void update(regionField, { console: { regions: withScope(settings.console.regions, region || undefined) } })}
          {...(regionError ? { 'aria-invalid': true, 'aria-describedby': ids.regionError } : {})}
        />
        <FieldMessage id={ids.regionError} message={regionError} />
      </div>
      <SettingText
        field={`console.sessionSeconds/${instance.id}`}
        label="Console session length (minutes)"
        inputMode="numeric"
        placeholder="Default"
        value={seconds === undefined ? '' : String(seconds / 60)}
        hint="15 to 720 minutes; never longer than the role allows. Empty: the default."
        check={(text) => parseConsoleMinutes(text).error}
        save={(text) =>
          update(`console.sessionSeconds/${instance.id}`, { console: { sessionSeconds: withScope(settings.console.sessionSeconds, parseConsoleMinutes(text).seconds) } })
        }
      />
      <SettingSwitch
        field={`tokenCache/${instance.id}`}
        label="Share the sign-in with the AWS CLI and SDKs"
        checked={settings.tokenCache[instance.id] ?? false}
        onChange={(checked) => void update(`tokenCache/${instance.id}`, { tokenCache: { [instance.id]: checked } })}
        hint="This writes the access token to the AWS CLI's token cache (~/.aws/sso/cache, readable only by you), so the AWS CLI and SDKs can use this sign-in without signing in again. It puts a token on disk: anything running as you can read it until it expires. Off keeps the token in the keychain alone."
      />
    </section>
  );
}
