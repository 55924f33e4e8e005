// The quick switcher's window: created once and kept, hidden between uses so the shortcut shows it
// at once. It hides when it loses focus, on Escape (the page closes itself) and after an action;
// it is destroyed only when the app quits.
import { join } from 'node:path';
import { BrowserWindow, screen } from 'electron';
import type { Logger } from '../../app/ports/logger';
import { pageUrl, type RendererSource } from '../renderer-source';
import { quickSwitcherPosition, quickSwitcherWindowOptions } from './quick-switcher-window-options';
import type { WindowRegistry } from './window-registry';

export interface QuickSwitcherWindowDeps {
  readonly source: RendererSource;
  readonly title: string;
  readonly logger: Logger;
  readonly windows: Pick<WindowRegistry<BrowserWindow>, 'add' | 'windowsOf'>;
  /** True once the app is quitting: then a close really closes. */
  readonly quitting: () => boolean;
}

/** Shows the quick switcher, creating its window the first time. */
export function showQuickSwitcher(deps: QuickSwitcherWindowDeps): BrowserWindow {
  const window = deps.windows.windowsOf('quick-switcher')[0] ?? createQuickSwitcherWindow(deps);
  const display = screen.getDisplayNearestPoint(screen.getCursorScreenPoint());
  const { x, y } = quickSwitcherPosition(display.workArea);
  window.setPosition(x, y);
  window.show();
  window.focus();
  return window;
}

function createQuickSwitcherWindow(deps: QuickSwitcherWindowDeps): BrowserWindow {
  const window = new BrowserWindow(quickSwitcherWindowOptions(join(__dirname, '../preload/index.js'), deps.title));
  // Registered before anything loads: the page's first request must find its window's kind.
  deps.windows.add('quick-switcher', window);
  window.on('blur', () => window.hide());
  // The page's window.close() (Escape, an action done) hides it: the next shortcut is instant.
  window.on('close', (event) => {
    if (deps.quitting()) return;
    event.preventDefault();
    window.hide();
  });
  window.loadURL(pageUrl(deps.source, 'quick-switcher')).catch((error: unknown) => deps.logger.error('The quick switcher page failed to load', { error }));
  return window;
}
