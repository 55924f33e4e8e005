// The Electron app's entry: one instance, compose the core, open the portal window, show the tray
// (its menu and tooltip follow the instances' session states), notify once per new notice, and
// dispose the core on the way out. Windows are tracked by kind in the window registry, which IPC
// and the page policies ask rather than assuming one window.
import { join } from 'node:path';
import { app, type BrowserWindow } from 'electron';
import { readDeveloperOverrides } from '../app/host/developer-overrides';
import { runAppCommand, type AppCommand, type AppCommandDeps } from './commands/app-command';
import { createCoreRequest } from './commands/core-request';
import { compose, type Composition } from './compose';
import { onCoreEvent } from './core-events';
import { registerIpc } from './ipc/register-ipc';
import { notifyNotices } from './notifications/notify-notices';
import { registerAppScheme, serveAppProtocol } from './protocol/app-protocol';
import { resolveRendererSource } from './renderer-source';
import { hardenApp, hardenDefaultSession } from './security/harden-app';
import { createSessionHardener } from './security/harden-session';
import { decideLaunch } from './security/launch-switches';
import { cliArguments, runCliMode } from './cli-mode';
import { startAppSocket } from '../app/local-socket/start-app-socket';
import type { LocalSocketServer } from '../app/local-socket/local-socket-server';
import { createTray, type AppTray } from './tray/create-tray';
import { createPortalWindow } from './windows/create-portal-window';
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
  let tray: AppTray | undefined;
  let unregisterIpc: (() => void) | undefined;
  let stopFollowingCore: (() => void) | undefined;
  let commandDeps: AppCommandDeps | undefined;
  let consoleWindows: ConsoleWindows | undefined;
  let quitting = false;
  let localSocket: Promise<LocalSocketServer | undefined> | undefined;

  /** The tray's Open, a second launch and the dock: one portal window, opened or brought forward. */
  const showPortalWindow = () => {
    if (!composition) return;
    const [portal] = windows.windowsOf('portal');
    if (!portal) {
      // A new window shows itself once its page has painted ('ready-to-show'), not before.
      createPortalWindow({ source, title: app.getName(), logger: composition.logger, windows });
      return;
    }
    if (portal.isMinimized()) portal.restore();
    portal.show();
    portal.focus();
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
    unregisterIpc?.();
    stopFollowingCore?.();
    tray?.destroy();
    consoleWindows?.dispose();
    // The CLI's socket closes beside the core: a late CLI request then fails with a clear line.
    const finishing = Promise.all([composition.core.dispose(), localSocket?.then((server) => server?.close())]);
    finishing
      .catch((error: unknown) => composition?.logger.error('Disposing the core failed', { error }))
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
      commandDeps = { request: createCoreRequest(composition.core, composition.logger), showWindow: showPortalWindow, quit: () => app.quit(), logger: composition.logger };
      const appTray = createTray(app.getName(), run);
      tray = appTray;
      // Subscribed in the same step as compose(): the core's start-up events come after an await.
      const stops = [
        onCoreEvent(composition.core.events, 'instances-changed', (instances) => appTray.update(instances)),
        notifyNotices({ events: composition.core.events, run, logger: composition.logger }),
      ];
      stopFollowingCore = () => stops.forEach((stop) => stop());
      showPortalWindow();
    })
    .catch((error: unknown) => {
      console.error('SSO Tray failed to start:', error instanceof Error ? error.message : error);
      app.exit(1);
    });
}
