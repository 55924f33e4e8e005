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
// Connected before the first render: the page's requests leave while React renders the shell,
// instead of after its first commit. Held for the page's life.
const store = desktop ? createAppStore(desktop) : undefined;
store?.getState().connect();
createRoot(container).render(
  <StrictMode>
    {desktop && store ? (
      <AppStoreProvider store={store}>
        <QuickSwitcher desktop={desktop} />
      </AppStoreProvider>
    ) : (
      <MissingBridgePage />
    )}
  </StrictMode>,
);
