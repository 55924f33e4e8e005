// The portal window as a tray app keeps it: opened where the user left it (when that is still on a
// display, window-bounds.ts), hidden to the tray on close instead of closed, its bounds saved in
// settings (`windows.portal`) each time it hides and when the app quits.
import { screen, type BrowserWindow } from 'electron';
import { ipcChannels } from '../../app/ipc/contract';
import { settingsHash } from '../../app/ipc/contract/channel-names';
import type { WindowBounds } from '../../app/model/app-settings';
import type { Logger } from '../../app/ports/logger';
import type { CoreRequest } from '../commands/app-command';
import type { RendererSource } from '../renderer-source';
import { createPortalWindow } from '../windows/create-portal-window';
import { portalWindowMinimumSize, portalWindowSize } from '../windows/portal-window-options';
import { chooseWindowBounds } from '../windows/window-bounds';
import type { WindowRegistry } from '../windows/window-registry';

export interface PortalWindowShellDeps {
  readonly source: RendererSource;
  readonly title: string;
  readonly logger: Logger;
  readonly windows: WindowRegistry<BrowserWindow>;
  readonly request: CoreRequest;
  /** The bounds saved last time (settings `windows.portal`). */
  readonly savedBounds: () => WindowBounds | null;
  /** True once the app is quitting: then a close really closes. */
  readonly quitting: () => boolean;
  /** The window was shown or hidden (the macOS Dock follows). */
  readonly visibilityChanged: () => void;
}

/**
 * Opens the portal window, or brings it forward; `at: 'settings'` (the tray's Settings…) shows its
 * settings screen: an open page hears shell-open-settings, a new one loads with #settings (an
 * event sent before its page listens would be lost).
 */
export function showPortalWindow(deps: PortalWindowShellDeps, at?: 'settings'): BrowserWindow {
  const [open] = deps.windows.windowsOf('portal');
  if (open) {
    if (at === 'settings') open.webContents.send(ipcChannels.event, 'shell-open-settings', {});
    if (open.isMinimized()) open.restore();
    open.show();
    open.focus();
    deps.visibilityChanged();
    return open;
  }
  const bounds = chooseWindowBounds({
    saved: deps.savedBounds(),
    displays: screen.getAllDisplays(),
    primary: screen.getPrimaryDisplay(),
    defaultSize: portalWindowSize,
    minimumSize: portalWindowMinimumSize,
  });
  // A new window shows itself once its page has painted ('ready-to-show'), not before.
  const window = createPortalWindow({ source: deps.source, title: deps.title, logger: deps.logger, windows: deps.windows, bounds, ...(at === 'settings' ? { hash: settingsHash } : {}) });
  window.on('close', (event) => {
    void saveBounds(deps, window);
    if (deps.quitting()) return;
    event.preventDefault();
    window.hide();
  });
  window.on('show', deps.visibilityChanged);
  window.on('hide', deps.visibilityChanged);
  window.on('closed', deps.visibilityChanged);
  return window;
}

/** Saves the portal window's bounds (when it is open); for the quit path as well. */
export async function saveBounds(deps: Pick<PortalWindowShellDeps, 'request' | 'logger'>, window: BrowserWindow | undefined): Promise<void> {
  if (!window || window.isDestroyed()) return;
  const { x, y, width, height } = window.getNormalBounds();
  const result = await deps.request('settings:update', { windows: { portal: { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) } } });
  if (!result.ok) deps.logger.warn('Could not save where the window was', { code: result.code });
}
