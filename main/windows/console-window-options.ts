// A console window's options: an AWS console page signed in as one account and role. It gets no
// preload (the console is AWS's page, not ours, and must never reach the contract) and a session
// partition of its own, so two roles' console cookies never meet and none reach the app's pages.
import type { BrowserWindowConstructorOptions } from 'electron';
import { hardenedWebPreferences } from './hardened-web-preferences';

export { consolePartition, type ConsoleIdentity } from '../../app/console/console-partition';

export function consoleWindowOptions(title: string, partition: string): BrowserWindowConstructorOptions {
  return {
    title,
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 500,
    show: false,
    autoHideMenuBar: true,
    // No `preload` key at all: not an empty one, which Electron would try to load.
    webPreferences: { ...hardenedWebPreferences, partition },
  };
}
