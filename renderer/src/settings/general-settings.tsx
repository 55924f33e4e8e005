// The settings that are not per instance: how consoles open, the quick copy's shell, the profiles
// the config sync writes, sign-in, the desktop shell (login, shortcut, Dock, theme) and the
// notifications. Each control saves its own group as it changes.
import { useId } from 'react';
import type { AppSettings, ConsoleOpenIn } from '../../../app/model/app-settings';
import { exportFormatLabels, exportFormats, type ExportFormat } from '../../../app/model/export-format';
import { useAppStore } from '../store/app-store-context';
import { FieldMessage, SettingChoice, SettingSwitch, SettingText, useSaveError } from './setting-controls';
import { globalShortcutError, nameTemplateError } from './settings-validation';

type Theme = AppSettings['shell']['theme'];
type ProfileStyle = AppSettings['profiles']['style'];

function Section({ title, children }: { readonly title: string; readonly children: React.ReactNode }) {
  const id = useId();
  return (
    <section className="settings-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

export function ConsoleSettings({ settings }: { readonly settings: AppSettings }) {
  const update = useAppStore((state) => state.updateAppSettings);
  return (
    <Section title="Consoles">
      <SettingChoice<ConsoleOpenIn>
        field="console.openIn"
        legend="Open the AWS console in"
        value={settings.console.openIn}
        options={[
          { value: 'app-window', label: 'An app window', hint: 'one per account and role, side by side' },
          { value: 'browser', label: 'Your browser' },
          { value: 'portal-link', label: 'Your browser, through the access portal' },
        ]}
        onChange={(openIn) => void update('console.openIn', { console: { openIn } })}
      />
      <SettingSwitch
        field="console.logOutFirst"
        label="Sign out of the previous console first"
        checked={settings.console.logOutFirst}
        disabled={settings.console.openIn !== 'browser'}
        hint="In your browser, so the new role replaces the old one instead of AWS asking you to sign out."
        onChange={(logOutFirst) => void update('console.logOutFirst', { console: { logOutFirst } })}
      />
    </Section>
  );
}

export function CredentialSettings({ settings }: { readonly settings: AppSettings }) {
  const update = useAppStore((state) => state.updateAppSettings);
  const ids = { select: useId(), error: useId() };
  const error = useSaveError('credentials.quickCopyFormat');
  return (
    <Section title="Credentials and profiles">
      <div className="setting field">
        <label htmlFor={ids.select}>Shell for quick copy</label>
        <select
          id={ids.select}
          value={settings.credentials.quickCopyFormat}
          onChange={(event) => void update('credentials.quickCopyFormat', { credentials: { quickCopyFormat: event.target.value as ExportFormat } })}
          {...(error ? { 'aria-invalid': true, 'aria-describedby': ids.error } : {})}
        >
          {exportFormats.map((format) => (
            <option key={format} value={format}>
              {exportFormatLabels[format]}
            </option>
          ))}
        </select>
        <FieldMessage id={ids.error} message={error} />
      </div>
      <SettingText
        field="profiles.nameTemplate"
        label="Profile name template"
        value={settings.profiles.nameTemplate}
        hint="The name of each profile the config sync writes to ~/.aws/config, for example {account_name}.{role_name}."
        check={nameTemplateError}
        save={(nameTemplate) => update('profiles.nameTemplate', { profiles: { nameTemplate } })}
      />
      <SettingChoice<ProfileStyle>
        field="profiles.style"
        legend="Profiles use"
        value={settings.profiles.style}
        options={[
          { value: 'sso-session', label: 'The AWS CLI’s own sign-in', hint: 'sso-session sections' },
          { value: 'credential-process', label: 'This app', hint: 'credential_process' },
        ]}
        onChange={(style) => void update('profiles.style', { profiles: { style } })}
      />
      <SettingSwitch
        field="profiles.syncAutomatically"
        label="Sync the profiles after each refresh of the list"
        checked={settings.profiles.syncAutomatically}
        onChange={(syncAutomatically) => void update('profiles.syncAutomatically', { profiles: { syncAutomatically } })}
      />
    </Section>
  );
}

export function SignInSettings({ settings }: { readonly settings: AppSettings }) {
  const update = useAppStore((state) => state.updateAppSettings);
  return (
    <Section title="Sign-in">
      <SettingSwitch
        field="signIn.openDevicePage"
        label="Open the verification page by itself"
        hint="With a device code, as the AWS CLI does. Off: open it from the card when you are ready."
        checked={settings.signIn.openDevicePage}
        onChange={(openDevicePage) => void update('signIn.openDevicePage', { signIn: { openDevicePage } })}
      />
    </Section>
  );
}

export function ShellSettings({ settings, platform }: { readonly settings: AppSettings; readonly platform: string | undefined }) {
  const update = useAppStore((state) => state.updateAppSettings);
  return (
    <Section title="App">
      <SettingSwitch
        field="shell.launchAtLogin"
        label="Start at login"
        checked={settings.shell.launchAtLogin}
        onChange={(launchAtLogin) => void update('shell.launchAtLogin', { shell: { launchAtLogin } })}
      />
      <SettingText
        field="shell.globalShortcut"
        label="Global shortcut"
        value={settings.shell.globalShortcut}
        hint="Opens the window from anywhere. CommandOrControl is ⌘ on macOS and Ctrl elsewhere."
        check={globalShortcutError}
        save={(globalShortcut) => update('shell.globalShortcut', { shell: { globalShortcut: globalShortcut.trim() } })}
      />
      {platform === 'darwin' ? (
        <SettingSwitch
          field="shell.alwaysShowDockIcon"
          label="Always show the Dock icon"
          checked={settings.shell.alwaysShowDockIcon}
          onChange={(alwaysShowDockIcon) => void update('shell.alwaysShowDockIcon', { shell: { alwaysShowDockIcon } })}
        />
      ) : null}
      <SettingChoice<Theme>
        field="shell.theme"
        legend="Theme"
        value={settings.shell.theme}
        options={[
          { value: 'system', label: 'Same as the system' },
          { value: 'light', label: 'Light' },
          { value: 'dark', label: 'Dark' },
        ]}
        onChange={(theme) => void update('shell.theme', { shell: { theme } })}
      />
    </Section>
  );
}

const notificationLabels: Readonly<Record<keyof AppSettings['notifications'], string>> = {
  expiringSoon: 'A session is about to end',
  expired: 'A session has ended',
  signInFinished: 'A sign-in finished',
  accountsChanged: 'Accounts or roles changed',
  profileRenewalFailed: 'A profile’s credentials could not be renewed',
};

export function NotificationSettings({ settings }: { readonly settings: AppSettings }) {
  const update = useAppStore((state) => state.updateAppSettings);
  return (
    <Section title="Notifications">
      {(Object.keys(notificationLabels) as (keyof AppSettings['notifications'])[]).map((key) => (
        <SettingSwitch
          key={key}
          field={`notifications.${key}`}
          label={notificationLabels[key]}
          checked={settings.notifications[key]}
          onChange={(checked) => void update(`notifications.${key}`, { notifications: { [key]: checked } })}
        />
      ))}
    </Section>
  );
}
