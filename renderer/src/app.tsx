// The page's layout: a header (with the settings button), the notices, the access-portal list of
// the signed-in instances (when there is one), the instances with their sessions and the add form,
// and the footer with the app info. The settings screen takes the list's place while it is open.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { hasUsableSession } from '../../app/model/session';
import { AppInfoFooter } from './components/app-info-footer';
import { InstancesPanel } from './components/instances-panel';
import { InstancesView } from './components/instances-view';
import { NoticesArea } from './components/notices-area';
import { PortalView } from './components/portal-view';
import { returnFocus } from './hooks/return-focus';
import { useShallowStable } from './hooks/use-stable';
import { useAppStore } from './store/app-store-context';
import { SettingsScreen } from './settings/settings-screen';
import { isSettingsShortcut } from './settings/settings-shortcut';
import { useTheme } from './theme/theme';

export function App() {
  const loadAppInfo = useAppStore((state) => state.loadAppInfo);
  const connect = useAppStore((state) => state.connect);
  const instances = useAppStore((state) => state.instances);
  const portals = useAppStore((state) => state.portals);
  const theme = useAppStore((state) => (state.appSettings.status === 'loaded' ? state.appSettings.value.shell.theme : 'system'));
  useTheme(theme);
  // In the store: main opens the screen too (the tray's Settings…, settings-screen-slice.ts).
  const showSettings = useAppStore((state) => state.settingsOpen);
  const openSettings = useAppStore((state) => state.openSettings);
  const hideSettings = useAppStore((state) => state.closeSettings);
  const gear = useRef<HTMLButtonElement>(null);
  const closeSettings = useCallback(() => {
    hideSettings();
    // Back where the user left: the button that opened the screen.
    returnFocus(undefined, () => gear.current);
  }, [hideSettings]);
  // Ctrl+, (⌘, on macOS) opens the settings from anywhere in the window, as in most desktop apps.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isSettingsShortcut(event)) return;
      event.preventDefault();
      openSettings();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openSettings]);
  useEffect(() => {
    void loadAppInfo();
  }, [loadAppInfo]);
  // Live updates for as long as the page shows; the returned unsubscribe runs on unmount.
  useEffect(() => connect(), [connect]);

  const list = instances.status === 'loaded' ? instances.list : undefined;
  // The instances with a list to show: signed in, or holding accounts (a cached list).
  const portalInstances = useShallowStable(
    useMemo(() => (list ?? []).filter((instance) => hasUsableSession(instance.session) || (portals[instance.id]?.accounts.size ?? 0) > 0), [list, portals]),
  );
  const withPortal = portalInstances.length > 0;

  return (
    <div className="app">
      <header className="app-header">
        <h1>SSO Tray</h1>
        {showSettings ? null : (
          <button ref={gear} type="button" className="icon-button settings-button" aria-label="Settings" title="Settings (Ctrl+,)" aria-keyshortcuts="Control+Comma Meta+Comma" onClick={openSettings}>
            <span aria-hidden="true">⚙</span>
          </button>
        )}
      </header>
      <NoticesArea />
      {showSettings ? (
        <main className="app-main app-settings" aria-label="Settings">
          <SettingsScreen onClose={closeSettings} />
        </main>
      ) : (
        <main className={`app-main${withPortal ? ' with-portal' : ''}`} aria-label={withPortal ? 'Accounts and instances' : 'Instances'}>
          {withPortal ? <PortalView instances={portalInstances} /> : null}
          <InstancesPanel foldable={withPortal} count={list?.length ?? 0}>
            <InstancesView />
          </InstancesPanel>
        </main>
      )}
      <AppInfoFooter />
    </div>
  );
}
