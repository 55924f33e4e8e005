// The main window's options, kept apart from `new BrowserWindow` so a test can pin the security
// settings without Electron. A compact panel, like a menu-bar app's popover.
import type { BrowserWindowConstructorOptions } from 'electron';

export const mainWindowSize = { width: 380, height: 560 } as const;

export function mainWindowOptions(preloadPath: string, title: string): BrowserWindowConstructorOptions {
  return {
    title,
    width: mainWindowSize.width,
    height: mainWindowSize.height,
    minWidth: 320,
    minHeight: 400,
    // Shown on 'ready-to-show', so the user never sees an empty frame.
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}
