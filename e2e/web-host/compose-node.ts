// The web host's composition: the headless root (app/host/compose-headless.ts) plus the two
// adapters only the web host has: "open in browser" relayed to the page as a popup, and a
// clipboard that tests can read back. Every other port is the headless root's default, or the
// real keychain and settings file with `persistence`.
import { composeHeadless, type Persistence } from '../../app/host/compose-headless';
import { InMemoryClipboard } from '../../app/host/in-memory-clipboard';
import type { Core, CoreOptions } from '../../app/core';
import type { Clock } from '../../app/ports/clock';
import type { Logger } from '../../app/ports/logger';
import type { SecretStore } from '../../app/secrets/secret-store';
import type { SettingsStore } from '../../app/settings/settings-store';
import { createConsoleLogger } from '../../app/logging/console-logger';
import { createExternalUrlPolicy } from '../../app/security/external-url-policy';
import packageJson from '../../package.json';
import { RecordingConsoleOpener } from '../../app/testing/recording-console-opener';
import { createBrowserRelay, type BrowserRelay } from './browser-relay';

export type NodePersistence = Persistence;

export interface NodeCoreOptions {
  /** One origin serving OIDC, portal and federation: the emulator. Unset means real AWS. */
  readonly awsEndpoint?: string;
  readonly logger?: Logger;
  readonly clock?: Clock;
  /** The real keychain and a settings file; without it, both live in memory for this run. */
  readonly persistence?: NodePersistence;
  readonly secretStore?: SecretStore;
  readonly settingsStore?: SettingsStore;
  /** SDK attempts per call; tests that count requests use 1. */
  readonly sdkMaxAttempts?: number;
  /** Where the config sync and credentials profiles write; tests pass a temporary folder's files so the real ~/.aws is never touched. */
  readonly awsFiles?: CoreOptions['awsFiles'];
}

export interface NodeComposition {
  readonly core: Core;
  /** Pass to startWebHost so "open in browser" reaches the page. */
  readonly browserRelay: BrowserRelay;
  /** What "copy" wrote, as a person would paste it. */
  readonly clipboard: InMemoryClipboard;
  /** The core's redacting logger. */
  readonly logger: Logger;
  /** What "Management console" would open in Electron (way, URL, partition); nothing is opened. */
  readonly consoles: RecordingConsoleOpener;
}

export function composeNodeCore(options: NodeCoreOptions = {}): NodeComposition {
  const browserRelay = createBrowserRelay(createExternalUrlPolicy({ awsEndpoint: options.awsEndpoint }));
  const clipboard = new InMemoryClipboard();
  const consoles = new RecordingConsoleOpener();
  const core = composeHeadless({
    appName: packageJson.productName,
    appVersion: packageJson.version,
    runtime: 'web-host',
    awsEndpoint: options.awsEndpoint,
    sdkMaxAttempts: options.sdkMaxAttempts,
    browser: browserRelay.browser,
    clipboard,
    consoleOpener: consoles,
    logger: options.logger ?? createConsoleLogger('web-host'),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.persistence ? { persistence: options.persistence } : {}),
    ...(options.secretStore ? { secretStore: options.secretStore } : {}),
    ...(options.settingsStore ? { settingsStore: options.settingsStore } : {}),
    ...(options.awsFiles ? { awsFiles: options.awsFiles } : {}),
  });
  return { core, browserRelay, clipboard, logger: core.logger, consoles };
}
