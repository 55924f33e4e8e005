// The composition root: the one place that creates the concrete adapters for the Electron app
// and hands them to the core. No DI container; adding a port means adding a line here.
import { app, shell } from 'electron';
import ElectronStore from 'electron-store';
import { createCore, type Core } from '../app/core';
import { systemClock } from '../app/ports/clock';
import type { Logger } from '../app/ports/logger';
import { KeychainSecretStore } from '../app/secrets/keychain-secret-store';
import { ConfSettingsStore, confSettingsOptions } from '../app/settings/conf-settings-store';
import { readAwsEndpoint } from '../app/host/aws-endpoint';
import { createConsoleLogger } from '../app/logging/console-logger';
import { createExternalUrlPolicy, decideExternalUrl } from '../app/security/external-url-policy';
import { createGuardedOpener, type OpenExternal } from './security/open-external';

export interface Composition {
  readonly core: Core;
  readonly logger: Logger;
  /** The guarded opener: the Browser port and window.open both use it. */
  readonly openExternal: OpenExternal;
  /** Whether the opener would accept `url`, for decisions that must be synchronous. */
  readonly isExternalAllowed: (url: string) => boolean;
}

export function compose(env: Readonly<Record<string, string | undefined>> = process.env): Composition {
  const logger = createConsoleLogger('main');
  const awsEndpoint = readAwsEndpoint(env);
  if (awsEndpoint) logger.info('Using a custom AWS endpoint', { endpoint: awsEndpoint });

  const policy = createExternalUrlPolicy({ awsEndpoint });
  const openExternal = createGuardedOpener({ openExternal: (url) => shell.openExternal(url), policy, logger });

  // The core probes the keychain and falls back to memory (never a file) when it is unreachable.
  const secretStore = new KeychainSecretStore();
  // settings.json in the user-data folder; the adapter validates, migrates and keeps broken files aside.
  const settingsStore = new ConfSettingsStore(
    new ElectronStore<Record<string, unknown>>({ name: 'settings', ...confSettingsOptions }),
    systemClock,
  );

  const core = createCore(
    { clock: systemClock, browser: { open: openExternal }, logger, secretStore, settingsStore },
    { appName: app.getName(), appVersion: app.getVersion(), runtime: 'electron', endpointOverride: awsEndpoint },
  );
  return {
    core,
    logger,
    openExternal,
    isExternalAllowed: (url) => decideExternalUrl(url, policy).allowed,
  };
}
