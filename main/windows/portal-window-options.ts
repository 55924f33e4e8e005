// The portal window's options, kept apart from `new BrowserWindow` so a test can pin the security
// settings without Electron. A compact panel, like a menu-bar app's popover.
import type { BrowserWindowConstructorOptions } from 'electron';
import { hardenedWebPreferences } from './hardened-web-preferences';

export const portalWindowSize = { width: 380, height: 560 } as const;

export function portalWindowOptions(preloadPath: string, title: string): BrowserWindowConstructorOptions {
  return {
    title,
    width: portalWindowSize.width,
    height: portalWindowSize.height,
    minWidth: 320,
    minHeight: 400,
    // Shown on 'ready-to-show', so the user never sees an empty frame.
    show: false,
    autoHideMenuBar: true,
    // The default session: the app's pages share it, and nothing else loads there.
    webPreferences: { ...hardenedWebPreferences, preload: preloadPath },
  };
}
