// The settings screen: the instances (name, sign-in method, console region and session length,
// token cache, remove, add another), then the app's own settings. It replaces the list in the
// same window (a tray-sized window has no room for two panes); Back or Escape returns.
import { useEffect, useId, useRef, useState } from 'react';
import { AddInstanceForm } from '../components/add-instance-form';
import { useAppStore } from '../store/app-store-context';
import { ConsoleSettings, CredentialSettings, NotificationSettings, ShellSettings, SignInSettings } from './general-settings';
import { InstanceSettings } from './instance-settings';
import { ProfileSyncSection } from './profile-sync-section';

export function SettingsScreen({ onClose }: { readonly onClose: () => void }) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const settings = useAppStore((state) => state.appSettings);
  const loadAppSettings = useAppStore((state) => state.loadAppSettings);
  const instances = useAppStore((state) => state.instances);
  const platform = useAppStore((state) => (state.appInfo.status === 'loaded' ? state.appInfo.info.platform : undefined));
  const [adding, setAdding] = useState(false);

  // Focus moves to the screen's heading, so a screen reader says where the user is.
  useEffect(() => heading.current?.focus(), []);

  return (
    <section
      className="settings-screen"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <header className="settings-header">
        <button type="button" className="back" onClick={onClose}>
          <span aria-hidden="true">←</span> Back
        </button>
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          Settings
        </h2>
      </header>
      {settings.status === 'loading' ? (
        <p role="status">Loading settings…</p>
      ) : settings.status === 'failed' ? (
        <p role="alert">
          Could not read the settings: {settings.message}{' '}
          <button type="button" onClick={() => void loadAppSettings()}>
            Try again
          </button>
        </p>
      ) : (
        <div className="settings-body">
          <section className="settings-section" aria-label="Instances">
            <h3>Instances</h3>
            {instances.status === 'loaded' && instances.list.length > 0 ? (
              instances.list.map((instance) => <InstanceSettings key={instance.id} instance={instance} settings={settings.value} />)
            ) : (
              <p className="empty-state">No instance yet.</p>
            )}
            {adding || (instances.status === 'loaded' && instances.list.length === 0) ? (
              <AddInstanceForm onAdded={() => setAdding(false)} {...(adding ? { onCancel: () => setAdding(false) } : {})} />
            ) : (
              <button type="button" onClick={() => setAdding(true)}>
                Add an instance…
              </button>
            )}
          </section>
          <SignInSettings settings={settings.value} />
          <ConsoleSettings settings={settings.value} />
          <CredentialSettings settings={settings.value} />
          {/* Below the profile settings it previews. */}
          <ProfileSyncSection />
          <ShellSettings settings={settings.value} platform={platform} />
          <NotificationSettings settings={settings.value} />
        </div>
      )}
    </section>
  );
}
