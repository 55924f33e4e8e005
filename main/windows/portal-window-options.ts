// The portal window's options, kept apart from `new BrowserWindow` so a test can pin the security
// settings without Electron. A compact panel, like a menu-bar app's popover.
import type { BrowserWindowConstructorOptions } from 'electron';
import { hardenedWebPreferences } from './hardened-web-preferences';

/** Outer size, title bar included (as Electron's width and height are, and as the bounds are saved). */
export const portalWindowSize = { width: 380, height: 600 } as const;

export const portalWindowMinimumSize = { width: 320, height: 400 } as const;

/** `bounds`: where it opens (window-bounds.ts chooses); without them Electron centres the default size. */
export function portalWindowOptions(preloadPath: string, title: string, bounds?: { x: number; y: number; width: number; height: number }): BrowserWindowConstructorOptions {
  return {
    title,
    width: bounds?.width ?? portalWindowSize.width,
    height: bounds?.height ?? portalWindowSize.height,
    ...(bounds ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: portalWindowMinimumSize.width,
    minHeight: portalWindowMinimumSize.height,
    // Shown on 'ready-to-show', so the user never sees an empty frame.
    show: false,
    autoHideMenuBar: true,
    // The default session: the app's pages share it, and nothing else loads there.
    webPreferences: { ...hardenedWebPreferences, preload: preloadPath },
  };
}
