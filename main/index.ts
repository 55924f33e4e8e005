// The Electron app's entry: one instance (a second launch focuses the first), compose the core,
// start the shell (tray, quick switcher shortcut, notifications, settings that reach the OS: see
// shell/start-shell.ts), open the portal window unless started hidden at login, and on the way out
// save the window's bounds and dispose the core. Windows are tracked by kind in the window registry, which IPC
// and the page policies ask rather than assuming one window.
import { join } from 'node:path';
import { app, type BrowserWindow } from 'electron';
import { readDeveloperOverrides } from '../app/host/developer-overrides';
import { runAppCommand, type AppCommand, type AppCommandDeps } from './commands/app-command';
import { createCoreRequest } from './commands/core-request';
import { compose, type Composition } from './compose';
import { registerIpc } from './ipc/register-ipc';
import { registerAppScheme, serveAppProtocol } from './protocol/app-protocol';
import { resolveRendererSource } from './renderer-source';
import { hardenApp, hardenDefaultSession } from './security/harden-app';
import { createSessionHardener } from './security/harden-session';
import { decideLaunch } from './security/launch-switches';
import { cliArguments, runCliMode } from './cli-mode';
import { startAppSocket } from '../app/local-socket/start-app-socket';
import type { LocalSocketServer } from '../app/local-socket/local-socket-server';
import { saveBounds, showPortalWindow as openPortalWindow } from './shell/portal-window';
import { launchedHidden, dockIconVisible } from './shell/shell-policies';
import { startShell, type Shell } from './shell/start-shell';
import { showQuickSwitcher } from './windows/create-quick-switcher-window';
import { createConsoleWindows, lateConsoleOpener, type ConsoleWindows } from './windows/console-windows';
import { createWindowRegistry } from './windows/window-registry';

// Before anything else: a released app launched with a debugger or TLS-off switch does not start
// at all (security/launch-switches.ts), so nothing below ever runs under one.
const launch = decideLaunch({ argv: process.argv, isPackaged: app.isPackaged, platform: process.platform });
if (!launch.start) {
  console.error(`SSO Tray does not start with these command-line switches: ${launch.switches.join(', ')}.`);
  app.exit(1);
} else {
  // A fresh profile per e2e test (and a way to keep a demo apart from the real app), in a checkout
  // only: a packaged app ignores it (developer-overrides.ts). Must be set before the single-instance
  // lock, which lives in the user-data folder.
  const { userDataDir } = readDeveloperOverrides(process.env, { packaged: app.isPackaged });
  if (userDataDir) app.setPath('userData', userDataDir);

  // `--cli`: the headless CLI (cli-mode.ts), decided before the lock and before any window.
  const cliArgs = cliArguments(process.argv);
  if (cliArgs) {
    runCliMode(cliArgs);
  } else if (!app.requestSingleInstanceLock()) {
    app.quit();
  } else {
    start();
  }
}

function start(): void {
  const source = resolveRendererSource({
    devServerUrl: process.env.ELECTRON_RENDERER_URL,
    rendererDirectory: join(__dirname, '../renderer'),
    isPackaged: app.isPackaged,
  });
  // Before 'ready', or Electron ignores the scheme's privileges.
  registerAppScheme();
  let composition: Composition | undefined;
  const windows = createWindowRegistry<BrowserWindow>();
  let shell: Shell | undefined;
  let unregisterIpc: (() => void) | undefined;
  let commandDeps: AppCommandDeps | undefined;
  let consoleWindows: ConsoleWindows | undefined;
  let quitting = false;
  let localSocket: Promise<LocalSocketServer | undefined> | undefined;

  /** macOS: a Dock icon while the portal or a console window is visible, or always (a setting). */
  const updateDock = () => {
    if (process.platform !== 'darwin' || !app.dock || !shell) return;
    const visible = [...windows.windowsOf('portal'), ...windows.windowsOf('console')].filter((window) => window.isVisible()).length;
    if (dockIconVisible(shell.settings().shell, visible)) void app.dock.show();
    else app.dock.hide();
  };

  /** The tray's Open, a second launch and the dock: one portal window, opened or brought forward. */
  const showPortalWindow = () => showPortalWindowAt(undefined);
  /** 'settings': the tray's Settings… opens the window at its settings screen. */
  const showPortalWindowAt = (at: 'settings' | undefined) => {
    if (!composition || !commandDeps) return;
    openPortalWindow({
      source,
      title: app.getName(),
      logger: composition.logger,
      windows,
      request: commandDeps.request,
      savedBounds: () => shell?.settings().windows.portal ?? null,
      quitting: () => quitting,
      visibilityChanged: updateDock,
    }, at);
  };

  /** The global shortcut and the tray's Quick switcher. */
  const showSwitcher = () => {
    if (!composition) return;
    showQuickSwitcher({ source, title: `${app.getName()} quick switcher`, logger: composition.logger, windows, quitting: () => quitting });
  };

  /** A tray menu item or a clicked notification. */
  const run = (command: AppCommand) => {
    const deps = commandDeps;
    if (!deps) return;
    runAppCommand(command, deps).catch((error: unknown) => deps.logger.error('A command failed', { error }));
  };

  app.on('second-instance', showPortalWindow);
  // A tray app keeps running with no window open; the tray's Quit ends it.
  app.on('window-all-closed', () => {});
  app.on('activate', showPortalWindow);

  app.on('before-quit', (event) => {
    if (quitting || !composition) return;
    // Hold the quit until the core has released its resources (timers, sockets, keychain handles).
    event.preventDefault();
    quitting = true;
    const current = composition;
    const saving = commandDeps ? saveBounds({ request: commandDeps.request, logger: current.logger }, windows.windowsOf('portal')[0]) : Promise.resolve();
    saving
      .catch(() => undefined)
      .then(() => {
        unregisterIpc?.();
        shell?.stop();
        consoleWindows?.dispose();
        // The CLI's socket closes beside the core: a late CLI request then fails with a clear line.
        return Promise.all([current.core.dispose(), localSocket?.then((server) => server?.close())]);
      })
      .catch((error: unknown) => current.logger.error('Disposing the core failed', { error }))
      .finally(() => app.quit());
  });

  app
    .whenReady()
    .then(() => {
      composition = compose(process.env, { consoleOpener: lateConsoleOpener(() => consoleWindows) });
      // The CLI's shortcut to this app's cached credentials and its one sign-in prompt.
      localSocket = startAppSocket(composition.core, app.getPath('userData'));
      if (source.kind === 'built') serveAppProtocol(source.directory, composition.logger);
      const sessions = createSessionHardener({ source, logger: composition.logger });
      consoleWindows = createConsoleWindows({ logger: composition.logger, windows, sessions, openExternal: composition.openExternal, extraOrigins: composition.extraConsoleOrigins });
      const hardening = { source, logger: composition.logger, openExternal: composition.openExternal, isExternalAllowed: composition.isExternalAllowed, windows, sessions };
      hardenApp(hardening);
      hardenDefaultSession(hardening);
      unregisterIpc = registerIpc({ core: composition.core, source, logger: composition.logger, windows });
      const request = createCoreRequest(composition.core, composition.logger);
      commandDeps = { request, showWindow: showPortalWindow, showSettings: () => showPortalWindowAt('settings'), showQuickSwitcher: showSwitcher, quit: () => app.quit(), logger: composition.logger };
      // Subscribed in the same step as compose(): the core's start-up events come after an await.
      shell = startShell({ core: composition.core, request, logger: composition.logger, run, showQuickSwitcher: showSwitcher, settingsApplied: updateDock });
      // Started by the login item: stay in the tray until the user asks for the window.
      const hidden = launchedHidden(process.argv, process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin);
      if (hidden) updateDock();
      else {
        // The saved bounds are in the settings: open once they are read (or at once if that fails).
        void composition.core.appSettings().catch(() => undefined).finally(showPortalWindow);
      }
    })
    .catch((error: unknown) => {
      console.error('SSO Tray failed to start:', error instanceof Error ? error.message : error);
      app.exit(1);
    });
}
