// The page's layout: a header, the notices, the access-portal list of the signed-in instances
// (when there is one), the instances with their sessions and the add form, and the footer with
// the app info.
import { useEffect, useMemo } from 'react';
import { hasUsableSession } from '../../app/model/session';
import { AppInfoFooter } from './components/app-info-footer';
import { InstancesPanel } from './components/instances-panel';
import { InstancesView } from './components/instances-view';
import { NoticesArea } from './components/notices-area';
import { PortalView } from './components/portal-view';
import { useShallowStable } from './hooks/use-stable';
import { useAppStore } from './store/app-store-context';

export function App() {
  const loadAppInfo = useAppStore((state) => state.loadAppInfo);
  const connect = useAppStore((state) => state.connect);
  const instances = useAppStore((state) => state.instances);
  const portals = useAppStore((state) => state.portals);
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
      </header>
      <NoticesArea />
      <main className={`app-main${withPortal ? ' with-portal' : ''}`} aria-label={withPortal ? 'Accounts and instances' : 'Instances'}>
        {withPortal ? <PortalView instances={portalInstances} /> : null}
        <InstancesPanel foldable={withPortal} count={list?.length ?? 0}>
          <InstancesView />
        </InstancesPanel>
      </main>
      <AppInfoFooter />
    </div>
  );
}
