// The quick switcher page's entry: the same bridge and store as the portal page, its own view.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MissingBridgePage } from '../components/missing-bridge-page';
import { findDesktop } from '../desktop';
import { createAppStore } from '../store/app-store';
import { AppStoreProvider } from '../store/app-store-context';
import '../styles.css';
import './quick-switcher.css';
import { QuickSwitcher } from './quick-switcher';

const container = document.getElementById('root');
if (!container) throw new Error('quick-switcher.html has no #root element.');

const desktop = findDesktop();
createRoot(container).render(
  <StrictMode>
    {desktop ? (
      <AppStoreProvider store={createAppStore(desktop)}>
        <QuickSwitcher desktop={desktop} />
      </AppStoreProvider>
    ) : (
      <MissingBridgePage />
    )}
  </StrictMode>,
);
