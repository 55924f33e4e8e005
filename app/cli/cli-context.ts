// What a command works with: where the app keeps its things (settings folder, keychain service,
// the developer's AWS endpoint in a checkout), the output streams, and the backend: the running
// app over the local socket when it answers, else a core of the CLI's own, built on first use.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
// The core and the socket client load only when used: credential-process answered from the
// keychain cache must not pay for the AWS SDK and zod.
import type { Core } from '../core';
import type { Instance } from '../model/instance';
import { silentLogger } from '../ports/logger';
import type { AppConnection } from '../local-socket/local-socket-client';
import { appSocketExists } from '../local-socket/app-socket-exists';
import type { CliBackend } from './cli-backend';
import type { Location } from './cli-options';
import { defaultUserDataDir, productName } from './cli-options';
import { defaultKeychainService } from '../secrets/keychain-service-name';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  /** The packaged app's CLI ignores the developer variables (app/host/developer-overrides.ts). */
  readonly packaged: boolean;
  readonly appVersion: string;
  /** How generated profiles start this CLI (credentialProcessCommand's launcher). */
  readonly launcher?: readonly string[];
  /** Electron's userData, when the app's binary runs the CLI (else computed like Electron does). */
  readonly defaultUserDataDir?: string;
}

export interface OwnCoreOptions {
  /** --no-browser: print sign-in URLs instead of opening them. */
  readonly printUrls?: boolean;
}

export class CliContext {
  #connection: Promise<AppConnection | undefined> | undefined;
  #core: Core | undefined;

  constructor(
    readonly location: Location,
    readonly io: CliIo,
  ) {}

  /** The AWS origin credentials come from, to keep the emulator's and AWS's apart in caches. */
  get issuer(): string {
    return this.location.awsEndpoint ?? 'aws';
  }

  /** The running app, if it listens for this settings folder. */
  app(): Promise<AppConnection | undefined> {
    this.#connection ??= (async () => {
      if (!(await appSocketExists(this.location.userDataDir))) return undefined;
      const { connectToApp } = await import('../local-socket/local-socket-client');
      return connectToApp(this.location.userDataDir);
    })();
    return this.#connection;
  }

  /** The app's answers when it runs, else the CLI's own core. */
  async backend(options: OwnCoreOptions = {}): Promise<CliBackend> {
    const app = await this.app();
    if (app) return app.backend;
    const { createCoreBackend } = await import('./core-backend');
    return createCoreBackend(await this.ownCore(options), { promptSignIn: false, kind: 'cli' });
  }

  /** A core over the app's settings folder and keychain entries, for when the app is not running. */
  async ownCore(options: OwnCoreOptions = {}): Promise<Core> {
    const [{ composeHeadless }, { systemBrowser }, { credentialProcessCommand }] = await Promise.all([import('../host/compose-headless'), import('./system-browser'), import('./credential-process-command')]);
    this.#core ??= composeHeadless({
      appName: productName,
      appVersion: this.io.appVersion,
      runtime: 'cli',
      awsEndpoint: this.location.awsEndpoint,
      // A one-shot process lists the portal only when a command needs the list.
      listInBackground: false,
      browser: systemBrowser({ awsEndpoint: this.location.awsEndpoint, print: options.printUrls ?? false, write: (line) => this.io.stderr(`${line}\n`) }),
      logger: silentLogger,
      persistence: { keychainService: this.location.keychainService, userDataDir: this.location.userDataDir },
      // Profiles the config sync writes in the credential-process style start this CLI with the
      // settings folder and keychain service it ran with, when they are not the defaults.
      awsFiles: {
        credentialProcessCommand: credentialProcessCommand({
          ...(this.location.userDataDir !== (this.io.defaultUserDataDir ?? defaultUserDataDir()) ? { userDataDir: this.location.userDataDir } : {}),
          ...(this.location.keychainService !== defaultKeychainService ? { keychainService: this.location.keychainService } : {}),
          ...(this.io.launcher ? { launcher: this.io.launcher } : {}),
        }),
      },
    });
    return this.#core;
  }

  /**
   * The instance list straight from settings.json, without starting a core: the fast path of
   * credential-process (no zod). Anything unexpected reads as "no list" and the slow path decides.
   */
  async instancesFromFile(): Promise<readonly Pick<Instance, 'id' | 'startUrl'>[] | undefined> {
    return (await this.#instanceEntries())?.filter(
      (entry): entry is Pick<Instance, 'id' | 'startUrl'> => typeof entry === 'object' && entry !== null && typeof (entry as Instance).id === 'string' && typeof (entry as Instance).startUrl === 'string',
    );
  }

  /** The instances of settings.json in full (region, partition), each checked as the app checks it; the invalid ones are left out. */
  async validInstancesFromFile(): Promise<readonly Instance[]> {
    const entries = await this.#instanceEntries();
    if (!entries) return [];
    const { InstanceSchema } = await import('../model/instance');
    return entries.flatMap((entry) => InstanceSchema.safeParse(entry).data ?? []);
  }

  async #instanceEntries(): Promise<readonly unknown[] | undefined> {
    try {
      const parsed = JSON.parse(await readFile(join(this.location.userDataDir, 'settings.json'), 'utf8')) as { instances?: unknown };
      return Array.isArray(parsed.instances) ? parsed.instances : undefined;
    } catch {
      return undefined;
    }
  }

  async close(): Promise<void> {
    (await this.#connection?.catch(() => undefined))?.close();
    await this.#core?.dispose();
  }
}
