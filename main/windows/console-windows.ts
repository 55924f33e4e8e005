// Main's ConsoleOpener: in-app console windows, one per account and role (each in its own session
// partition, so several roles stay open side by side), and the default browser through the guarded
// opener. A second click on a role brings its window forward. The title shows the account, the
// role and the time left; the frame (insertCSS) the account's colour; when the session ends the
// window says so and offers to sign in again in place, back on the page it showed.
import { dialog, type BrowserWindow } from 'electron';
import { consolePartition } from '../../app/console/console-partition';
import type { ConsoleOpener, ConsoleRole, ConsoleWindowTarget } from '../../app/ports/console-opener';
import type { Logger } from '../../app/ports/logger';
import type { SessionHardener } from '../security/harden-session';
import type { OpenExternal } from '../security/open-external';
import { consoleFrameCss, consoleWindowTitle } from './console-frame';
import { createConsoleWindow, isConsoleStartUrl } from './create-console-window';
import type { WindowRegistry } from './window-registry';

export interface ConsoleWindowsDeps {
  readonly logger: Logger;
  readonly windows: Pick<WindowRegistry<BrowserWindow>, 'add'>;
  readonly sessions: SessionHardener;
  /** The guarded opener (https AWS hosts, or the emulator): the browser and portal-link ways. */
  readonly openExternal: OpenExternal;
  /** The emulator's origin with SSO_TRAY_AWS_ENDPOINT: its federation page may start a window. */
  readonly extraOrigins?: readonly string[];
  readonly now?: () => number;
  /** How often the title's time left is brought up to date (default 30 s). */
  readonly tickMs?: number;
}

interface OpenConsole {
  readonly window: BrowserWindow;
  readonly target: ConsoleWindowTarget;
  sessionEndsAt: number;
  ended: boolean;
  cssKey: string | undefined;
  /** A sign-in again in flight: a second click while it runs does not start another. */
  signingInAgain: Promise<void> | undefined;
}

export interface ConsoleWindows extends ConsoleOpener {
  /** Brings every title and frame up to date now (the timer calls it; tests too). */
  tick(): void;
  /** Stops the timer (app quit). */
  dispose(): void;
}

export function createConsoleWindows(deps: ConsoleWindowsDeps): ConsoleWindows {
  const now = deps.now ?? Date.now;
  const open = new Map<string, OpenConsole>();

  const applyFrame = (entry: OpenConsole) => {
    const contents = entry.window.webContents;
    const previous = entry.cssKey;
    contents
      .insertCSS(consoleFrameCss(entry.target.label, entry.ended), { cssOrigin: 'user' })
      .then((key) => {
        entry.cssKey = key;
        if (previous) return contents.removeInsertedCSS(previous);
        return undefined;
      })
      .catch((error: unknown) => deps.logger.warn('Could not draw the console frame', { error }));
  };

  const refresh = (entry: OpenConsole) => {
    if (entry.window.isDestroyed()) return;
    entry.window.setTitle(consoleWindowTitle(entry.target.label, entry.sessionEndsAt, now()));
    if (!entry.ended && now() >= entry.sessionEndsAt) {
      entry.ended = true;
      applyFrame(entry);
      offerSignInAgain(entry);
    }
  };

  const signInAgain = (entry: OpenConsole): Promise<void> => {
    entry.signingInAgain ??= (async () => {
      try {
        // The page the user was on: the core keeps it as the destination when it is a console page.
        const fresh = await entry.target.signInAgain(entry.window.webContents.getURL());
        if (!isConsoleStartUrl(fresh.url, deps.extraOrigins)) throw new Error('Not a console URL');
        entry.sessionEndsAt = fresh.sessionEndsAt;
        entry.ended = false;
        await entry.window.loadURL(fresh.url);
        refresh(entry);
      } catch (error) {
        deps.logger.warn('Could not sign a console window in again', { error });
        // AppError messages are written for the user and hold no secret.
        const detail = error instanceof Error && error.name === 'AppError' ? error.message : 'The console could not be signed in again.';
        await dialog.showMessageBox(entry.window, { type: 'error', message: 'Could not sign in again', detail, buttons: ['OK'] });
      } finally {
        entry.signingInAgain = undefined;
      }
    })();
    return entry.signingInAgain;
  };

  const offerSignInAgain = (entry: OpenConsole) => {
    const { label } = entry.target;
    dialog
      .showMessageBox(entry.window, {
        type: 'info',
        message: `The console session of ${label.roleName} in ${label.accountLabel} has ended`,
        detail: 'Sign in again to stay on this page with new credentials.',
        buttons: ['Sign in again', 'Not now'],
        defaultId: 0,
        cancelId: 1,
      })
      .then(({ response }) => (response === 0 && !entry.window.isDestroyed() ? signInAgain(entry) : undefined))
      .catch((error: unknown) => deps.logger.warn('The sign-in-again prompt failed', { error }));
  };

  const timer = setInterval(() => {
    for (const entry of open.values()) refresh(entry);
  }, deps.tickMs ?? 30_000);
  timer.unref?.();

  return {
    async focusWindow(role: ConsoleRole) {
      const partition = consolePartition(role);
      const entry = open.get(partition);
      if (!entry || entry.window.isDestroyed()) return undefined;
      if (entry.window.isMinimized()) entry.window.restore();
      entry.window.show();
      entry.window.focus();
      // A second click on a role whose session has ended is the user's answer: sign in again.
      if (entry.ended) void signInAgain(entry);
      return { partition };
    },

    async openWindow(target) {
      const partition = consolePartition(target.role);
      const window = createConsoleWindow(target.role, target.url, {
        title: consoleWindowTitle(target.label, target.sessionEndsAt, now()),
        logger: deps.logger,
        windows: deps.windows,
        sessions: deps.sessions,
        extraOrigins: deps.extraOrigins,
      });
      const entry: OpenConsole = { window, target, sessionEndsAt: target.sessionEndsAt, ended: false, cssKey: undefined, signingInAgain: undefined };
      open.set(partition, entry);
      // The page's own title would replace ours on every load.
      window.on('page-title-updated', (event) => event.preventDefault());
      // A new page drops inserted CSS: draw the frame again on each.
      window.webContents.on('did-finish-load', () => {
        entry.cssKey = undefined;
        applyFrame(entry);
      });
      window.once('closed', () => {
        if (open.get(partition) === entry) open.delete(partition);
      });
      return { partition };
    },

    async openBrowser(url) {
      await deps.openExternal(url);
    },

    tick() {
      for (const entry of open.values()) refresh(entry);
    },

    dispose() {
      clearInterval(timer);
    },
  };
}

/**
 * A ConsoleOpener for the core before main's windows exist (the core is composed first): each call
 * goes to the opener `current()` returns once the app is ready.
 */
export function lateConsoleOpener(current: () => ConsoleOpener | undefined): ConsoleOpener {
  const need = (): ConsoleOpener => {
    const opener = current();
    if (!opener) throw new Error('Console windows are not ready yet');
    return opener;
  };
  return {
    focusWindow: async (role) => need().focusWindow(role),
    openWindow: async (target) => need().openWindow(target),
    openBrowser: async (url, way) => need().openBrowser(url, way),
  };
}
