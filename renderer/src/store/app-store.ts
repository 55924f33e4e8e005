// The page's state, one zustand store per app instance. Created with the DesktopApi it talks to,
// so tests pass a fake and the page passes window.desktop. Holds nothing secret: the contract
// never sends a token here.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppInfo } from '../../../app/ipc/contract/app-info';
import type { DesktopApi } from '../../../app/ipc/contract';
import type { ErrorCode } from '../../../app/ipc/result';

export type AppInfoState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'loaded'; readonly info: AppInfo }
  | { readonly status: 'failed'; readonly code: ErrorCode; readonly message: string };

export interface AppState {
  readonly appInfo: AppInfoState;
  /** Asks the app for its name, version and runtime; safe to call again to retry. */
  loadAppInfo(): Promise<void>;
}

export type AppStore = StoreApi<AppState>;

export function createAppStore(desktop: DesktopApi): AppStore {
  return createStore<AppState>()((set, get) => ({
    appInfo: { status: 'idle' },
    async loadAppInfo() {
      if (get().appInfo.status === 'loading') return;
      set({ appInfo: { status: 'loading' } });
      const result = await desktop.request('app:get-info');
      set({
        appInfo: result.ok
          ? { status: 'loaded', info: result.value }
          : { status: 'failed', code: result.code, message: result.message },
      });
    },
  }));
}
