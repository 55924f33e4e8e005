// Creates the main window and loads the renderer from its source (dev server or built file).
import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import type { Logger } from '../../app/ports/logger';
import type { RendererSource } from '../renderer-source';
import { mainWindowOptions } from './main-window-options';

export interface MainWindowDeps {
  readonly source: RendererSource;
  readonly title: string;
  readonly logger: Logger;
}

export function createMainWindow(deps: MainWindowDeps): BrowserWindow {
  // out/main/index.js → out/preload/index.js (electron.vite.config.ts)
  const window = new BrowserWindow(mainWindowOptions(join(__dirname, '../preload/index.js'), deps.title));
  window.once('ready-to-show', () => window.show());
  const loading = deps.source.kind === 'dev-server' ? window.loadURL(deps.source.url) : window.loadFile(deps.source.path);
  loading.catch((error: unknown) => deps.logger.error('The app page failed to load', { error }));
  return window;
}
