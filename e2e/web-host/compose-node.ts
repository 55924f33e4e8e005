// The Node composition root for the dev web host (and anything else that runs the core without
// Electron): the Node counterparts of main/compose.ts's adapters. Every port is an option; the
// defaults keep a dev run self-contained (secrets and settings in memory, nothing on disk). Pass
// `new KeychainSecretStore(service)` or `openConfSettingsStore({ cwd }, clock)` to use the real ones.
import { createCore, type Core } from '../../app/core';
import { systemClock, type Clock } from '../../app/ports/clock';
import type { Logger } from '../../app/ports/logger';
import { InMemorySecretStore } from '../../app/secrets/in-memory-secret-store';
import type { SecretStore } from '../../app/secrets/secret-store';
import { InMemorySettingsStore } from '../../app/settings/in-memory-settings-store';
import type { SettingsStore } from '../../app/settings/settings-store';
import { createConsoleLogger } from '../../main/logging/console-logger';
import { createExternalUrlPolicy } from '../../main/security/external-url-policy';
import packageJson from '../../package.json';
import { createBrowserRelay, type BrowserRelay } from './browser-relay';

export interface NodeCoreOptions {
  /** One origin serving OIDC, portal and federation: the emulator. Unset means real AWS. */
  readonly awsEndpoint?: string;
  readonly logger?: Logger;
  readonly clock?: Clock;
  /** Default: memory for this run. */
  readonly secretStore?: SecretStore;
  /** Default: memory for this run, starting from the default settings. */
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
  const browserRelay = createBrowserRelay(createExternalUrlPolicy({ awsEndpoint: options.awsEndpoint }));
  const core = createCore(
    {
      clock: options.clock ?? systemClock,
      browser: browserRelay.browser,
      logger,
      secretStore: options.secretStore ?? new InMemorySecretStore(),
      settingsStore: options.settingsStore ?? new InMemorySettingsStore(),
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
