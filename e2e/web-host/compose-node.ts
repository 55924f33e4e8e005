// The Node composition root for the dev web host (and anything else that runs the core without
// Electron): the Node counterparts of main/compose.ts's adapters. Every port is an option; the
// defaults keep a dev run self-contained (secrets and settings in memory, nothing on disk).
// `persistence` switches to the real ones, as the Electron app has them: the OS keychain (under a
// service name of the caller's choosing, so tests and demos never touch the app's own entries) and
// a Conf settings file in a user-data folder.
import { createCore, type Core } from '../../app/core';
import { systemClock, type Clock } from '../../app/ports/clock';
import type { Logger } from '../../app/ports/logger';
import { InMemorySecretStore } from '../../app/secrets/in-memory-secret-store';
import { KeychainSecretStore } from '../../app/secrets/keychain-secret-store';
import type { SecretStore } from '../../app/secrets/secret-store';
import { InMemorySettingsStore } from '../../app/settings/in-memory-settings-store';
import { openConfSettingsStore } from '../../app/settings/open-conf-settings-store';
import type { SettingsStore } from '../../app/settings/settings-store';
import { createConsoleLogger } from '../../app/logging/console-logger';
import { createExternalUrlPolicy } from '../../app/security/external-url-policy';
import packageJson from '../../package.json';
import { createBrowserRelay, type BrowserRelay } from './browser-relay';

/** Where a run keeps what the Electron app keeps: secrets in the keychain, settings in a file. */
export interface NodePersistence {
  /** The keychain service name (the app uses `sso-tray`); one per test keeps tests apart. */
  readonly keychainService: string;
  /** The folder for settings.json, like Electron's userData. */
  readonly userDataDir: string;
}

export interface NodeCoreOptions {
  /** One origin serving OIDC, portal and federation: the emulator. Unset means real AWS. */
  readonly awsEndpoint?: string;
  readonly logger?: Logger;
  readonly clock?: Clock;
  /** The real keychain and a settings file; without it, both live in memory for this run. */
  readonly persistence?: NodePersistence;
  /** Overrides the secret store (default: memory, or the keychain with `persistence`). */
  readonly secretStore?: SecretStore;
  /** Overrides the settings store (default: memory, or settings.json with `persistence`). */
  readonly settingsStore?: SettingsStore;
  /** SDK attempts per call; tests that count requests use 1. */
  readonly sdkMaxAttempts?: number;
}

export interface NodeComposition {
  readonly core: Core;
  /** Pass to startWebHost so "open in browser" reaches the page. */
  readonly browserRelay: BrowserRelay;
  readonly logger: Logger;
}

export function composeNodeCore(options: NodeCoreOptions = {}): NodeComposition {
  const logger = options.logger ?? createConsoleLogger('web-host');
  const clock = options.clock ?? systemClock;
  const browserRelay = createBrowserRelay(createExternalUrlPolicy({ awsEndpoint: options.awsEndpoint }));
  const { persistence } = options;
  const core = createCore(
    {
      clock,
      browser: browserRelay.browser,
      logger,
      // As in main/compose.ts: the core probes the keychain and falls back to memory, never a file.
      secretStore: options.secretStore ?? (persistence ? new KeychainSecretStore(persistence.keychainService) : new InMemorySecretStore()),
      // openConfSettingsStore passes confSettingsOptions, as main does to electron-store.
      settingsStore:
        options.settingsStore ?? (persistence ? openConfSettingsStore({ cwd: persistence.userDataDir }, clock) : new InMemorySettingsStore()),
    },
    {
      appName: packageJson.productName,
      appVersion: packageJson.version,
      runtime: 'web-host',
      endpointOverride: options.awsEndpoint,
      sdkMaxAttempts: options.sdkMaxAttempts,
    },
  );
  return { core, browserRelay, logger };
}
