// The page's entry: find the bridge, create the store, render. Without a bridge, render the page
// that explains why nothing works instead of failing on the first request.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { MissingBridgePage } from './components/missing-bridge-page';
import { findDesktop } from './desktop';
import { createAppStore } from './store/app-store';
import { AppStoreProvider } from './store/app-store-context';
import { effectiveTheme } from './theme/theme';
import './styles.css';
import './settings/settings.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

// The OS's light or dark from the first paint; the settings' choice follows once they load (App).
document.documentElement.dataset.theme = effectiveTheme('system', window.matchMedia('(prefers-color-scheme: dark)').matches);

const desktop = findDesktop();
// Connected before the first render, and held for the page's life.
const store = desktop ? createAppStore(desktop, window.location.hash) : undefined;
store?.getState().connect();
// The first render waits, briefly, for those answers: they are usually on their way already (the
// opening requests leave as the window opens, main/preload/early-answers.ts), and one render of the
// whole window costs less than a "Loading" shell laid out and painted, then replaced by the list.
const firstRenderWaitMs = 250;
// Without a bridge there is no store, and the race settles at once. A render that throws is
// reported as an uncaught error would be, not lost as a rejected promise.
void Promise.race([store?.getState().whenLoaded(), new Promise((resolve) => setTimeout(resolve, firstRenderWaitMs))])
  .then(render)
  .catch((error: unknown) => reportError(error));

function render(): void {
  createRoot(container!).render(
    <StrictMode>
      {store ? (
        <AppStoreProvider store={store}>
          <App />
        </AppStoreProvider>
      ) : (
        <MissingBridgePage />
      )}
    </StrictMode>,
  );
}
