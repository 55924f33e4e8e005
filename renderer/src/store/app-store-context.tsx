// Makes the store reachable from components without a module-level singleton, so each test (and
// each window) gets its own.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore } from './app-store';

const AppStoreContext = createContext<AppStore | undefined>(undefined);

export function AppStoreProvider({ store, children }: { readonly store: AppStore; readonly children: ReactNode }) {
  return <AppStoreContext.Provider value={store}>{children}</AppStoreContext.Provider>;
}

export function useAppStore<T>(selector: (state: AppState) => T): T {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useAppStore needs an <AppStoreProvider> above it.');
  return useStore(store, selector);
}
