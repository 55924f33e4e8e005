// The core's infrastructure, started once and handed to every area: the ports, the event hub, the
// settings, the secret store that the keychain probe chose, and the AWS layer. Each fallback on
// the way (no keychain, a broken settings file) becomes a start-up notice, so the user is told.
import { homedir } from 'node:os';
import { AwsClients } from './aws/aws-clients';
import type { RateLimiterOptions } from './aws/adaptive-rate-limiter';
import type { SdkTimeouts } from './aws/sdk-clients';
import type { EventHub } from './ipc/event-hub';
import type { Notice } from './model/notice';
import type { Browser } from './ports/browser';
import type { Clipboard } from './ports/clipboard';
import type { Clock } from './ports/clock';
import type { ConsoleOpener } from './ports/console-opener';
import type { FileSystem } from './ports/file-system';
import type { Logger } from './ports/logger';
import type { SecretStore } from './secrets/secret-store';
import { selectSecretStore } from './secrets/select-secret-store';
import { keychainUnavailableNotice } from './sessions/session-notices';
import { LiveSettings } from './settings/live-settings';
import { settingsResetNotice, skippedInstancesNotice } from './settings/settings-notices';
import { ReadOnlySettingsStore } from './settings/read-only-settings-store';
import { defaultSettings } from './settings/settings-schema';
import type { SettingsLoadResult, SettingsStore } from './settings/settings-store';

export interface CorePorts {
  readonly clock: Clock;
  readonly browser: Browser;
  /** Where copies of credentials go: main's clipboard, never the page's. */
  readonly clipboard: Clipboard;
  /** Atomic writes of the files other programs read (AWS config, token cache). */
  readonly fileSystem: FileSystem;
  readonly logger: Logger;
  /**
   * The OS keychain (main: `new KeychainSecretStore()`). Probed at start-up; when the probe fails,
   * secrets stay in memory for the run and the user is told.
   */
  readonly secretStore: SecretStore;
  /** The settings file (main: `new ConfSettingsStore(() => new ElectronStore(...), clock)`, built in load()). */
  readonly settingsStore: SettingsStore;
  /** Opens signed-in consoles (main: windows and the browser; web host: a recorder). Absent in the CLI. */
  readonly consoleOpener?: ConsoleOpener | undefined;
}

export interface CoreContext {
  readonly appName: string;
  readonly clock: Clock;
  readonly browser: Browser;
  readonly clipboard: Clipboard;
  readonly fileSystem: FileSystem;
  /** Redacting: every area logs through it. */
  readonly logger: Logger;
  readonly events: EventHub;
  readonly settings: LiveSettings;
  /** The keychain, or memory when the probe failed. */
  readonly secrets: SecretStore;
  /** False when secrets live only in memory for this run. */
  readonly remembered: boolean;
  readonly aws: AwsClients;
  /** Randomness for jitter; tests pass a fixed one. */
  readonly random: () => number;
  /** The folder for the app's own files, if they are kept on disk. */
  readonly dataDir: string | undefined;
  /** The user's home, where the AWS CLI's files live (~/.aws); tests pass a temporary one. */
  readonly homeDir: string;
  /** What went wrong while starting, for the notices area to show. */
  readonly startupNotices: readonly Notice[];
}

export interface ContextOptions {
  readonly appName: string;
  /** The developer's override origin for every AWS API (the emulator). */
  readonly awsEndpoint?: string | undefined;
  readonly sdkMaxAttempts?: number | undefined;
  /** Connection and request limits for every AWS call (default: 5 s and 15 s). */
  readonly sdkTimeouts?: SdkTimeouts | undefined;
  readonly random?: (() => number) | undefined;
  /** The folder for the app's own files (the portal cache); absent keeps them in memory. */
  readonly dataDir?: string | undefined;
  /** The portal's pace per instance (tests and benchmarks change it). */
  readonly portalRateLimit?: Partial<RateLimiterOptions> | undefined;
  /** The home folder for the AWS CLI's files (default: the user's, os.homedir()). */
  readonly homeDir?: string | undefined;
}

export async function startCoreContext(ports: CorePorts, logger: Logger, events: EventHub, options: ContextOptions): Promise<CoreContext> {
  const { clock } = ports;
  const startupNotices: Notice[] = [];
  const selected = await selectSecretStore(ports.secretStore, clock, logger);
  if (!selected.remembered) startupNotices.push(keychainUnavailableNotice(clock.now()));

  const loaded = await loadSettings(ports.settingsStore, logger);
  if (loaded.problem) startupNotices.push(settingsResetNotice(loaded.problem, clock.now()));
  if (loaded.skippedInstances?.length) startupNotices.push(skippedInstancesNotice(loaded.skippedInstances, clock.now()));

  return {
    appName: options.appName,
    clock,
    browser: ports.browser,
    clipboard: ports.clipboard,
    fileSystem: ports.fileSystem,
    logger,
    events,
    settings: new LiveSettings(loaded.settings, loaded.store),
    secrets: selected.store,
    remembered: selected.remembered,
    aws: new AwsClients({
      clock,
      awsEndpoint: options.awsEndpoint,
      clientName: `${options.appName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-client`,
      maxAttempts: options.sdkMaxAttempts,
      timeouts: options.sdkTimeouts,
      rateLimit: options.portalRateLimit,
    }),
    dataDir: options.dataDir,
    homeDir: options.homeDir ?? homedir(),
    random: options.random ?? Math.random,
    startupNotices,
  };
}

/** The loaded settings and the store to save them through. */
async function loadSettings(store: SettingsStore, logger: Logger): Promise<SettingsLoadResult & { readonly store: SettingsStore }> {
  try {
    return { ...(await store.load()), store };
  } catch (error) {
    // The store could not handle it (ConfSettingsStore reports such files as a problem instead):
    // run on defaults, tell the user, and save nothing, so the file that failed is kept as it is.
    logger.error('Could not load the settings; using defaults for this run', { error });
    const reason = `the file could not be read (${(error as { code?: unknown }).code ?? 'error'})`;
    const loaded = { settings: defaultSettings(), problem: { reason } };
    return { ...loaded, store: new ReadOnlySettingsStore(loaded, reason) };
  }
}
