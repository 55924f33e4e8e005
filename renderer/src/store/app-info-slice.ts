// The app's name, version and runtime, from `app:get-info` (shown in the footer).
import type { AppInfo } from '../../../app/ipc/contract/app-info';
import type { ErrorCode } from '../../../app/ipc/result';
import type { SliceContext } from './slice';

export type AppInfoState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'loaded'; readonly info: AppInfo }
  | { readonly status: 'failed'; readonly code: ErrorCode; readonly message: string };

export interface AppInfoSlice {
  readonly appInfo: AppInfoState;
  /** Asks the app for its name, version and runtime; safe to call again to retry. */
  loadAppInfo(): Promise<void>;
}

export function createAppInfoSlice({ desktop, set, get }: SliceContext): AppInfoSlice {
  return {
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
  };
}
