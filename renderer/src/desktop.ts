// Typed access to `window.desktop`, the page's only way to reach the app. The Electron preload
// installs it; in the dev web host the WebSocket bridge does. Missing means the page was opened
// some other way (a plain browser tab, a broken preload): the app shows an error page instead.
import type { DesktopApi } from '../../app/ipc/contract';

declare global {
  interface Window {
    readonly desktop?: DesktopApi;
  }
}

/** The bridge, if one was installed and looks like the contract's API. */
export function findDesktop(scope: { readonly desktop?: unknown } = window): DesktopApi | undefined {
  const candidate = scope.desktop as Partial<Record<keyof DesktopApi, unknown>> | undefined;
  if (typeof candidate !== 'object' || candidate === null) return undefined;
  return typeof candidate.request === 'function' && typeof candidate.subscribe === 'function'
    ? (candidate as DesktopApi)
    : undefined;
}
