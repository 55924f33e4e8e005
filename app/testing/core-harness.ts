// Runs createCore the way main and the web host do, with test doubles for the ports, and talks to
// it through the same dispatcher both transports use. Records events and log lines so tests can
// check what would reach the page and the log. Test tooling only.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../core';
import { createDispatcher } from '../ipc/dispatch';
import type { EventName, EventPayload, RequestArgs, RequestChannel, RequestOutput } from '../ipc/contract';
import type { Result } from '../ipc/result';
import type { InstanceView } from '../model/instance-view';
import type { SessionState } from '../model/session';
import type { Logger } from '../ports/logger';
import type { SecretStore } from '../secrets/secret-store';
import type { SdkTimeouts } from '../aws/sdk-clients';
import { NodeFileSystem } from '../files/node-file-system';
import { InMemoryClipboard } from '../host/in-memory-clipboard';
import { InMemorySettingsStore } from '../settings/in-memory-settings-store';
import type { SettingsStore } from '../settings/settings-store';
import { FakeClock } from './fake-clock';
import type { Clock } from '../ports/clock';
import type { RateLimiterOptions } from '../aws/adaptive-rate-limiter';
import { RedirectingBrowser } from './recording-browser';
import type { ConsoleOpener } from '../ports/console-opener';

export interface CoreHarnessOptions {
  /** A FakeClock for sign-in and refresh tests; the system clock for the portal's real-time pacing. */
  readonly clock: FakeClock | Clock;
  readonly endpoint: string;
  readonly secretStore: SecretStore;
  readonly settingsStore?: SettingsStore;
  readonly browser?: RedirectingBrowser;
  /** Short limits for tests of a server that never answers. */
  readonly sdkTimeouts?: SdkTimeouts;
  /** Where the portal cache goes; memory only when absent. */
  readonly dataDir?: string;
  readonly portalRateLimit?: Partial<RateLimiterOptions>;
  /** The home the AWS CLI's files go to (the token cache); by default a folder nothing writes to. */
  readonly homeDir?: string;
  /** Where consoles open (a RecordingConsoleOpener); none by default, as in the CLI. */
  readonly consoleOpener?: ConsoleOpener;
}

export interface RecordedEvent {
  readonly event: EventName;
  readonly payload: unknown;
}

export class CoreHarness {
  readonly core: Core;
  readonly browser: RedirectingBrowser;
  readonly clipboard = new InMemoryClipboard();
  readonly events: RecordedEvent[] = [];
  readonly logLines: string[] = [];
  readonly internalErrors: unknown[] = [];
  readonly #dispatch: ReturnType<typeof createDispatcher>;

  constructor(private readonly options: CoreHarnessOptions) {
    this.browser = options.browser ?? new RedirectingBrowser();
    const record = (level: string): Logger['info'] => (message, details) => this.logLines.push(`${level} ${message} ${JSON.stringify(details ?? {})}`);
    this.core = createCore(
      {
        clock: options.clock,
        browser: this.browser,
        logger: { info: record('info'), warn: record('warn'), error: record('error') },
        clipboard: this.clipboard,
        fileSystem: new NodeFileSystem(),
        secretStore: options.secretStore,
        settingsStore: options.settingsStore ?? new InMemorySettingsStore(),
        consoleOpener: options.consoleOpener,
      },
      { appName: 'SSO Tray', appVersion: 'test', runtime: 'web-host', awsEndpoint: options.endpoint, sdkMaxAttempts: 1, sdkTimeouts: options.sdkTimeouts, random: () => 0.5, dataDir: options.dataDir, portalRateLimit: options.portalRateLimit, homeDir: options.homeDir ?? join(tmpdir(), 'sso-tray-harness-no-home') },
    );
    this.core.events.subscribeAll((event, payload) => this.events.push({ event, payload }));
    this.#dispatch = createDispatcher(this.core.handlers, (channel, error) => this.internalErrors.push({ channel, error }));
  }

  /** A request exactly as the page would send it: unknown input, a Result back. */
  async request<C extends RequestChannel>(channel: C, ...args: RequestArgs<C>): Promise<Result<RequestOutput<C>>> {
    return (await this.#dispatch(channel, args[0], { senderId: 'test' })) as Result<RequestOutput<C>>;
  }

  /** The request's value, or a thrown Error with the code and message. */
  async call<C extends RequestChannel>(channel: C, ...args: RequestArgs<C>): Promise<RequestOutput<C>> {
    const result = await this.request(channel, ...args);
    if (!result.ok) throw new Error(`${channel} failed: ${result.code}: ${result.message}`);
    return result.value;
  }

  async addInstance(startUrl: string, region: string, signInMethod: 'browser' | 'device-code' = 'browser'): Promise<InstanceView> {
    return this.call('instances:add', { startUrl, region, signInMethod });
  }

  async session(instanceId: string): Promise<SessionState> {
    const found = (await this.call('instances:list')).find((instance) => instance.id === instanceId);
    if (!found) throw new Error(`No instance ${instanceId}`);
    return found.session;
  }

  /** Waits (in real time) until the instance's session matches; the clock is not moved. */
  async waitForSession(instanceId: string, kinds: readonly SessionState['kind'][], timeoutMs = 10_000): Promise<SessionState> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const state = await this.session(instanceId);
      if (kinds.includes(state.kind)) return state;
      if (Date.now() > deadline) throw new Error(`Session of ${instanceId} stayed ${JSON.stringify(state)}; expected ${kinds.join(' or ')}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** Moves the fake clock in steps, letting real I/O finish between them, until `done` or `maxSteps`. */
  async advanceUntil(done: () => Promise<boolean>, stepMs: number, maxSteps: number): Promise<void> {
    for (let step = 0; step < maxSteps; step += 1) {
      if (await done()) return;
      const clock = this.options.clock;
      if (!(clock instanceof FakeClock)) throw new Error('advanceUntil needs a FakeClock');
      await clock.advance(stepMs);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    if (!(await done())) throw new Error(`Condition not met after ${maxSteps} steps of ${stepMs} ms`);
  }

  eventsNamed<E extends EventName>(event: E): EventPayload<E>[] {
    return this.events.filter((recorded) => recorded.event === event).map((recorded) => recorded.payload as EventPayload<E>);
  }

  async dispose(): Promise<void> {
    await this.core.dispose();
  }
}
