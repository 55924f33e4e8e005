// The page's layout: a header, the notices, the instances with their sessions (the access-portal
// list arrives in a later issue) and the footer with the app info.
import { useEffect } from 'react';
import { AppInfoFooter } from './components/app-info-footer';
import { InstancesView } from './components/instances-view';
import { NoticesArea } from './components/notices-area';
import { useAppStore } from './store/app-store-context';

export function App() {
  const loadAppInfo = useAppStore((state) => state.loadAppInfo);
  const connect = useAppStore((state) => state.connect);
  useEffect(() => {
    void loadAppInfo();
  }, [loadAppInfo]);
  // Live updates for as long as the page shows; the returned unsubscribe runs on unmount.
  useEffect(() => connect(), [connect]);

  return (
    <div className="app">
      <header className="app-header">
        <h1>SSO Tray</h1>
      </header>
      <NoticesArea />
      <main className="app-main" aria-label="Instances">
        <InstancesView />
      </main>
      <AppInfoFooter />
    </div>
  );
}
