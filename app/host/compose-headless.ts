// The headless composition root: builds the core from Node adapters for every host that is not
// Electron's renderer glue (the dev web host, the CLI) and for main, which passes its Electron
// adapters (browser, clipboard, electron-store) as overrides. Every port is an option; the
// defaults keep a run self-contained (secrets and settings in memory, nothing on disk) until
// `persistence` asks for the real ones: the OS keychain under a chosen service name (so tests and
// demos never touch the app's own entries) and a settings file in a user-data folder.
import { createCore, type Core, type CoreOptions } from '../core';
import { NodeFileSystem } from '../files/node-file-system';
import { createConsoleLogger } from '../logging/console-logger';
import type { Browser } from '../ports/browser';
import type { Clipboard } from '../ports/clipboard';
import type { ConsoleOpener } from '../ports/console-opener';
import { systemClock, type Clock } from '../ports/clock';
import type { FileSystem } from '../ports/file-system';
import type { Logger } from '../ports/logger';
import { InMemorySecretStore } from '../secrets/in-memory-secret-store';
import { KeychainSecretStore } from '../secrets/keychain-secret-store';
import type { SecretStore } from '../secrets/secret-store';
import { InMemorySettingsStore } from '../settings/in-memory-settings-store';
import { openConfSettingsStore } from '../settings/open-conf-settings-store';
import type { SettingsStore } from '../settings/settings-store';
import { InMemoryClipboard } from './in-memory-clipboard';

/** Where a run keeps what the desktop app keeps: secrets in the keychain, settings in a file. */
export interface Persistence {
  /** The keychain service name (the app uses `sso-tray`); one per test keeps tests apart. */
  readonly keychainService: string;
  /** The folder for settings.json, like Electron's userData. */
  readonly userDataDir: string;
}

export interface HeadlessOptions extends CoreOptions {
  readonly browser: Browser;
  /** The unredacted sink; the core wraps it in its redaction (core.logger). */
  readonly logger?: Logger;
  readonly clock?: Clock;
  readonly clipboard?: Clipboard;
  readonly fileSystem?: FileSystem;
  /** The real keychain and a settings file; without it, both live in memory for this run. */
  readonly persistence?: Persistence;
  /** Overrides the secret store (default: memory, or the keychain with `persistence`). */
  readonly secretStore?: SecretStore;
  /** Overrides the settings store (default: memory, or settings.json with `persistence`). */
  readonly settingsStore?: SettingsStore;
  /** How consoles open (main's windows and browser, the web host's recorder); absent: they cannot. */
  readonly consoleOpener?: ConsoleOpener;
}

export function composeHeadless(options: HeadlessOptions): Core {
  const clock = options.clock ?? systemClock;
  const { persistence } = options;
  return createCore(
    {
      clock,
      browser: options.browser,
      logger: options.logger ?? createConsoleLogger(options.runtime),
      clipboard: options.clipboard ?? new InMemoryClipboard(),
      fileSystem: options.fileSystem ?? new NodeFileSystem(),
      // The core probes the keychain and falls back to memory, never to a file.
      secretStore: options.secretStore ?? (persistence ? new KeychainSecretStore(persistence.keychainService) : new InMemorySecretStore()),
      settingsStore:
        options.settingsStore ?? (persistence ? openConfSettingsStore({ cwd: persistence.userDataDir }, clock) : new InMemorySettingsStore()),
      consoleOpener: options.consoleOpener,
    },
    { ...options, dataDir: options.dataDir ?? persistence?.userDataDir },
  );
}
