// The quick switcher's window: small, frameless, above every other window, not in the task bar or
// the window switcher, shown on the display the pointer is on. Pure, like the other kinds' options.
import type { BrowserWindowConstructorOptions } from 'electron';
import { hardenedWebPreferences } from './hardened-web-preferences';
import type { Rectangle } from './window-bounds';

export const quickSwitcherSize = { width: 560, height: 380 } as const;

export function quickSwitcherWindowOptions(preloadPath: string, title: string): BrowserWindowConstructorOptions {
  return {
    title,
    width: quickSwitcherSize.width,
    height: quickSwitcherSize.height,
    frame: false,
    alwaysOnTop: true,
    skipTaskbar: true,
    resizable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    // Shown when the shortcut or the tray asks, never by itself.
    show: false,
    webPreferences: { ...hardenedWebPreferences, preload: preloadPath },
  };
}

/** Centred across, a fifth of the way down the display's work area, as launchers sit. */
export function quickSwitcherPosition(workArea: Rectangle, size: { width: number; height: number } = quickSwitcherSize): { x: number; y: number } {
  return {
    x: Math.round(workArea.x + (workArea.width - size.width) / 2),
    y: Math.round(workArea.y + Math.max(0, (workArea.height - size.height) / 5)),
  };
}
