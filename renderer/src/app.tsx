// The page's layout: a header, the main area (the access-portal list arrives in a later issue)
// and the footer with the app info.
import { useEffect } from 'react';
import { AppInfoFooter } from './components/app-info-footer';
import { useAppStore } from './store/app-store-context';

export function App() {
  const loadAppInfo = useAppStore((state) => state.loadAppInfo);
  useEffect(() => {
    void loadAppInfo();
  }, [loadAppInfo]);

  return (
    <div className="app">
      <header className="app-header">
        <h1>SSO Tray</h1>
      </header>
      <main className="app-main" aria-label="Accounts">
        <p className="empty-state">No access portal yet. Adding one comes with sign-in.</p>
      </main>
      <AppInfoFooter />
    </div>
  );
}
