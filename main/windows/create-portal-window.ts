// Creates a portal window, registers it, and loads the portal page from its source (dev server
// or the built files over app://).
import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import type { WindowBounds } from '../../app/model/app-settings';
import type { Logger } from '../../app/ports/logger';
import { pageUrl, type RendererSource } from '../renderer-source';
import { portalWindowOptions } from './portal-window-options';
import type { WindowRegistry } from './window-registry';

export interface PortalWindowDeps {
  readonly source: RendererSource;
  readonly title: string;
  readonly logger: Logger;
  readonly windows: Pick<WindowRegistry<BrowserWindow>, 'add'>;
  /** Where it opens (main/windows/window-bounds.ts); the default size, centred, without. */
  readonly bounds?: WindowBounds;
  /** A fragment for the page (`#settings` opens it at the settings screen). */
  readonly hash?: string;
}

export function createPortalWindow(deps: PortalWindowDeps): BrowserWindow {
  // out/main/index.js → out/preload/index.js (electron.vite.config.ts)
  const window = new BrowserWindow(portalWindowOptions(join(__dirname, '../preload/index.js'), deps.title, deps.bounds));
  // Registered before anything loads: the page's first request must find its window's kind.
  deps.windows.add('portal', window);
  window.once('ready-to-show', () => window.show());
  window.loadURL(`${pageUrl(deps.source, 'portal')}${deps.hash ?? ''}`).catch((error: unknown) => deps.logger.error('The app page failed to load', { error }));
  return window;
}
