// What the portal benches share: an emulator shaped like the real portal (50 ms a call, AWS's
// collective quota of 20 requests/s per instance), a core signed in by device code on the system
// clock, and a timeline that stamps the core's events as they are emitted.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateOrganisation, startEmulator, type EmulatorOptions, type Organisation, type RunningEmulator } from '../e2e/emulator';
import type { EventName, EventPayload } from '../app/ipc/contract';
import type { EventHub } from '../app/ipc/event-hub';
import type { PortalSnapshot } from '../app/model/portal';
import { hasUsableSession } from '../app/model/session';
import { systemClock } from '../app/ports/clock';
import { InMemorySecretStore } from '../app/secrets/in-memory-secret-store';
import type { SecretStore } from '../app/secrets/secret-store';
import type { SettingsStore } from '../app/settings/settings-store';
import { CoreHarness } from '../app/testing/core-harness';

export const startUrl = 'https://d-9067000000.awsapps.com/start';
export const region = 'eu-west-1';
/** AWS's collective portal quota per instance, and the emulator's default. */
export const portalQuotaPerSecond = 20;
export const latencyMs = 50;

/** A seeded organisation of `accounts` accounts with `rolesPerAccount` roles each, all of them alice's. */
export function organisation(accounts: number, rolesPerAccount: number): Organisation {
  return generateOrganisation({ accounts, rolesPerAccount, startUrl, region, users: ['alice'], seed: 1 });
}

/**
 * The emulator as the portal behaves: every call 50 ms, one bucket of 20 requests/s for the portal
 * operations. The per-operation limit only ever applies to the portal while the collective one is
 * 0; it is turned off here so that sign-in (OIDC) is never throttled either.
 */
export function portalEmulator(org: Organisation, overrides: Partial<EmulatorOptions> = {}): Promise<RunningEmulator> {
  return startEmulator({
    org,
    latencyMs,
    portalRateLimitPerSecond: portalQuotaPerSecond,
    rateLimitPerSecond: 0,
    autoApproveUser: 'alice',
    pollIntervalSeconds: 1,
    log: () => undefined,
    ...overrides,
  });
}

/** ListAccounts + ListAccountRoles requests (throttled ones included) and the 429s among them. */
export function listingCounts(emulator: RunningEmulator): { calls: number; throttled: number } {
  const counts = emulator.admin.counts();
  const listAccounts = counts['ListAccounts'] ?? { requests: 0, throttled: 0 };
  const listRoles = counts['ListAccountRoles'] ?? { requests: 0, throttled: 0 };
  return { calls: listAccounts.requests + listRoles.requests, throttled: listAccounts.throttled + listRoles.throttled };
}

export interface Stamped<E extends EventName> {
  /** performance.now() when the event was emitted. */
  readonly at: number;
  readonly payload: EventPayload<E>;
}

interface Waiter {
  readonly event: EventName;
  readonly test: (payload: never) => boolean;
  readonly resolve: (stamped: Stamped<EventName>) => void;
  readonly reject: (error: unknown) => void;
}

/** Stamps the core's events the moment they are emitted (the page would get them a hop later). */
export class EventTimeline {
  readonly #waiters = new Set<Waiter>();
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();
  readonly #unsubscribe: () => void;

  constructor(events: EventHub) {
    this.#unsubscribe = events.subscribeAll((event, payload) => {
      const at = performance.now();
      for (const waiter of [...this.#waiters]) {
        if (waiter.event !== event) continue;
        let hit: boolean;
        try {
          hit = waiter.test(payload as never);
        } catch (error) {
          // A bench's mistake must not break the core's emit: it fails the wait instead.
          this.#waiters.delete(waiter);
          waiter.reject(error);
          continue;
        }
        if (!hit) continue;
        this.#waiters.delete(waiter);
        waiter.resolve({ at, payload });
      }
    });
  }

  /**
   * The first `event` from now on for which `test` holds (`test` runs synchronously as the event is
   * emitted, so it may read emulator counts at that exact moment). Rejects after `timeoutMs`.
   */
  until<E extends EventName>(event: E, test: (payload: EventPayload<E>) => boolean, what: string, timeoutMs: number): Promise<Stamped<E>> {
    const promise = new Promise<Stamped<E>>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters.delete(waiter);
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      this.#timers.add(timer);
      const waiter: Waiter = {
        event,
        test: test as (payload: never) => boolean,
        resolve: (stamped) => {
          clearTimeout(timer);
          this.#timers.delete(timer);
          resolve(stamped as Stamped<E>);
        },
        reject: (error) => {
          clearTimeout(timer);
          this.#timers.delete(timer);
          reject(error);
        },
      };
      this.#waiters.add(waiter);
    });
    // A timeout before the caller awaits must not count as an unhandled rejection.
    promise.catch(() => undefined);
    return promise;
  }

  dispose(): void {
    this.#unsubscribe();
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    this.#waiters.clear();
  }
}

export interface PortalCore {
  readonly harness: CoreHarness;
  readonly timeline: EventTimeline;
  readonly dataDir: string;
  dispose(): Promise<void>;
}

/** A core on the system clock (the portal's pacing is real time) with its portal cache in a fresh folder. */
export function portalCore(emulator: RunningEmulator, options: { secretStore?: SecretStore; settingsStore?: SettingsStore; dataDir?: string } = {}): PortalCore {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'sso-tray-bench-'));
  const harness = new CoreHarness({
    clock: systemClock,
    endpoint: emulator.endpoint,
    secretStore: options.secretStore ?? new InMemorySecretStore(),
    ...(options.settingsStore ? { settingsStore: options.settingsStore } : {}),
    dataDir,
  });
  const timeline = new EventTimeline(harness.core.events);
  return {
    harness,
    timeline,
    dataDir,
    async dispose() {
      timeline.dispose();
      await harness.dispose();
      reportCoreTrouble(harness);
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Adds the sample instance (device-code sign-in) once the core is ready; its id. */
export async function addInstance(core: PortalCore): Promise<string> {
  await core.harness.core.ready;
  return (await core.harness.addInstance(startUrl, region, 'device-code')).id;
}

/** Signs in by device code (auto-approved); resolves with the moment the session became usable. */
export async function signIn(core: PortalCore, instanceId: string): Promise<{ signedInAt: number }> {
  const usable = core.timeline.until(
    'instances-changed',
    (views) => views.some((view) => view.id === instanceId && hasUsableSession(view.session)),
    'the sign-in to complete',
    30_000,
  );
  await core.harness.call('sessions:sign-in', { instanceId });
  return { signedInAt: (await usable).at };
}

/** The first event of the listing that ends it: idle with a refreshedAt (complete) or stoppedBecause. */
export function listingEnd(core: PortalCore, instanceId: string, timeoutMs: number, onEnd: () => void = () => undefined) {
  return core.timeline.until(
    'portal-progress-changed',
    (progress) => {
      const ended = progress.instanceId === instanceId && progress.phase === 'idle' && (progress.refreshedAt !== undefined || progress.stoppedBecause !== undefined);
      if (ended) onEnd();
      return ended;
    },
    'the listing to finish',
    timeoutMs,
  );
}

/**
 * Waits until the listing's cache file holds `accounts` accounts and a refreshedAt, then a little
 * longer. The listing announces that it is complete before it writes the cache, and until that
 * write is done a `portal:refresh` is joined to the finished listing and does nothing (see the
 * refresh bench), so a bench that means to refresh a cached list waits for the cache itself.
 */
export async function cachedOnDisk(core: PortalCore, instanceId: string, accounts: number, timeoutMs = 10_000): Promise<void> {
  const path = join(core.dataDir, 'portal-cache', `${instanceId}.json`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const file = JSON.parse(readFileSync(path, 'utf8')) as { accounts?: unknown[]; refreshedAt?: number };
      if (file.accounts?.length === accounts && file.refreshedAt !== undefined) break;
    } catch {
      // Not written yet.
    }
    if (Date.now() > deadline) throw new Error(`The portal cache ${path} did not get ${accounts} accounts within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
}

/** Checks the listing holds exactly the organisation's accounts; counts the ones whose roles failed. */
export function checkSnapshot(snapshot: PortalSnapshot, expectedAccounts: number, rolesPerAccount: number): { failedAccounts: number } {
  if (snapshot.progress.stoppedBecause) throw new Error(`The listing stopped: ${snapshot.progress.stoppedBecause}`);
  if (snapshot.accounts.length !== expectedAccounts || new Set(snapshot.accounts.map((account) => account.accountId)).size !== expectedAccounts) {
    throw new Error(`Listed ${snapshot.accounts.length} accounts, expected ${expectedAccounts} distinct ones`);
  }
  let failedAccounts = 0;
  for (const account of snapshot.accounts) {
    if (account.roles.status === 'failed') failedAccounts += 1;
    else if (account.roles.status !== 'loaded') throw new Error(`Account ${account.accountId} still has roles ${account.roles.status}`);
    else if (account.roles.names.length !== rolesPerAccount) throw new Error(`Account ${account.accountId} has ${account.roles.names.length} roles, expected ${rolesPerAccount}`);
  }
  return { failedAccounts };
}

/** Warnings, errors and dispatcher failures the core logged: a bench prints them (stderr), never hides them. */
function reportCoreTrouble(harness: CoreHarness): void {
  const trouble = harness.logLines.filter((line) => !line.startsWith('info '));
  for (const line of trouble) process.stderr.write(`bench: core logged: ${line.slice(0, 400)}\n`);
  for (const failure of harness.internalErrors) process.stderr.write(`bench: internal error: ${String((failure as { error?: unknown }).error)}\n`);
}

export function seconds(fromMs: number, toMs: number): number {
  return (toMs - fromMs) / 1000;
}
