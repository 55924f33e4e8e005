// Renders a component inside a store made from a fake DesktopApi, as main.tsx does with the real one.
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createAppStore, type AppStore } from '../store/app-store';
import { AppStoreProvider } from '../store/app-store-context';
import { fakeDesktop, type FakeDesktop } from './fake-desktop';

export function renderWithStore(ui: ReactElement, desktop: FakeDesktop = fakeDesktop()): { desktop: FakeDesktop; store: AppStore } {
  const store = createAppStore(desktop);
  render(<AppStoreProvider store={store}>{ui}</AppStoreProvider>);
  return { desktop, store };
}
