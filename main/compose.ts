// The Electron app's composition: the headless root (app/host/compose-headless.ts) with main's own
// adapters: the guarded system-browser opener, Electron's clipboard, the keychain and
// electron-store for settings. No DI container; adding a port means adding a line here.
import { join } from 'node:path';
import { app, net, shell } from 'electron';
import ElectronStore from 'electron-store';
import type { Core } from '../app/core';
import { readDeveloperOverrides } from '../app/host/developer-overrides';
import { composeHeadless } from '../app/host/compose-headless';
import { credentialProcessCommand } from '../app/cli/credential-process-command';
import { createConsoleLogger } from '../app/logging/console-logger';
import type { Logger } from '../app/ports/logger';
import type { ConsoleOpener } from '../app/ports/console-opener';
import { systemClock } from '../app/ports/clock';
import { KeychainSecretStore } from '../app/secrets/keychain-secret-store';
import { ConfSettingsStore, confSettingsOptions } from '../app/settings/conf-settings-store';
import { createExternalUrlPolicy, decideExternalUrl } from '../app/security/external-url-policy';
import { electronClipboard } from './clipboard/electron-clipboard';
import { electronRequestHandlers } from './net/electron-request-handlers';
import { createGuardedOpener, type OpenExternal } from './security/open-external';

export interface Composition {
  readonly core: Core;
  /** The core's redacting logger. */
  readonly logger: Logger;
  /** The guarded opener: the Browser port and window.open both use it. */
  readonly openExternal: OpenExternal;
  /** Whether the opener would accept `url`, for decisions that must be synchronous. */
  readonly isExternalAllowed: (url: string) => boolean;
  /** Origins a console window may start on besides AWS's: the emulator's, when set. */
  readonly extraConsoleOrigins: readonly string[];
}

export interface ComposeOptions {
  /** How consoles open (main's windows and the browser, console-windows.ts). */
  readonly consoleOpener?: ConsoleOpener;
}

export function compose(env: Readonly<Record<string, string | undefined>> = process.env, options: ComposeOptions = {}): Composition {
  // A packaged app ignores the developer's overrides: no variable can send tokens elsewhere.
  const overrides = readDeveloperOverrides(env, { packaged: app.isPackaged });
  const { awsEndpoint } = overrides;
  const policy = createExternalUrlPolicy({ awsEndpoint });
  // The opener needs the core's logger and the core needs the opener: bound after both exist.
  let openExternal: OpenExternal = async () => {};

  const core = composeHeadless({
    appName: app.getName(),
    appVersion: app.getVersion(),
    runtime: 'electron',
    awsEndpoint,
    // The portal cache lives beside settings.json.
    dataDir: app.getPath('userData'),
    browser: { open: (url) => openExternal(url) },
    clipboard: electronClipboard,
    // AWS calls go through Chromium's stack: the system proxy, PAC files and the OS trust store apply.
    requestHandler: electronRequestHandlers((url, init) => net.fetch(url, init as RequestInit)),
    ...(options.consoleOpener ? { consoleOpener: options.consoleOpener } : {}),
    // credential_process profiles (the sync, the access-keys dialog's line) start this app in CLI mode, on its default folder and keychain.
    awsFiles: { credentialProcessCommand: credentialProcessCommand() },
    logger: createConsoleLogger('main'),
    clock: systemClock,
    // The core probes the keychain and falls back to memory (never a file) when it is unreachable.
    secretStore: new KeychainSecretStore(),
    // settings.json in the user-data folder; the adapter validates, migrates and keeps broken files aside.
    // Built inside load(): electron-store reads the file in its constructor, and a directory or an
    // unreadable file there must become a notice, not a crash before the first window.
    settingsStore: new ConfSettingsStore(
      () => new ElectronStore<Record<string, unknown>>({ name: 'settings', ...confSettingsOptions }),
      systemClock,
      undefined,
      join(app.getPath('userData'), 'settings.json'),
    ),
  });
  openExternal = createGuardedOpener({ openExternal: (url) => shell.openExternal(url), policy, logger: core.logger });
  if (awsEndpoint) core.logger.info('Using a custom AWS endpoint', { endpoint: awsEndpoint });
  if (overrides.ignored.length > 0) core.logger.warn('Ignored developer variables in a packaged app', { variables: overrides.ignored });

  return {
    core,
    logger: core.logger,
    openExternal: (url) => openExternal(url),
    isExternalAllowed: (url) => decideExternalUrl(url, policy).allowed,
    extraConsoleOrigins: policy.extraOrigins,
  };
}
