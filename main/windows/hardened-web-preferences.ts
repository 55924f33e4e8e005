// The webPreferences every window kind shares, in one place so no kind can drift from them. Each
// kind's options (portal-window-options.ts, console-window-options.ts) spread these and add only
// what differs: a preload for the app's pages, a session partition for consoles.
import type { WebPreferences } from 'electron';

export const hardenedWebPreferences = {
  // The page runs in Chromium's sandbox with no Node; the preload (if any) sees only its bridge.
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  // Said out loud rather than left to the default: no experimental web platform features.
  experimentalFeatures: false,
  // A file dropped on the window would otherwise replace the page with it.
  navigateOnDragDrop: false,
  // Spell checking downloads dictionaries from a Google server on Windows and Linux.
  spellcheck: false,
} as const satisfies WebPreferences;
