// The access portal's list of every instance: an instant start from the cache, then a refresh in
// the background (stale-while-revalidate), on demand, and on a schedule. A refresh of a known list
// is cheap: ListAccounts alone (N/100 calls) finds new, removed and renamed accounts, the roles of
// new accounts are listed at once, and the roles of known accounts are re-checked afterwards in a
// quiet sweep. Pages get small changes, never the whole list, and a diff after each refresh.
import type { AwsClients } from '../aws/aws-clients';
import type { EventHub } from '../ipc/event-hub';
import { AppError } from '../ipc/result';
import type { InstanceList } from '../instances/instance-catalog';
import type { Instance } from '../model/instance';
import type { PortalAccount, PortalProgress, PortalSnapshot } from '../model/portal';
import type { Clock } from '../ports/clock';
import type { Logger } from '../ports/logger';
import type { AccessTokenProvider } from '../sessions/access-token-provider';
import { InstancePortal } from './instance-portal';
import { createPortalCall, type PortalCall, type PortalCallPolicy } from './portal-calls';
import type { PortalCache } from './portal-cache';
import { ListingStopped, listAllAccounts, listRolesOf } from './portal-listing';
import { diffSnapshots, isEmptyDiff } from './snapshot-diff';

export interface PortalServiceOptions {
  /** How often a signed-in instance's list is refreshed by itself (default 1 h). */
  readonly refreshIntervalMs: number;
  /** Changes are published at most this often while a listing streams. */
  readonly publishEveryMs: number;
  readonly callPolicy?: PortalCallPolicy;
}

export const defaultPortalServiceOptions: PortalServiceOptions = { refreshIntervalMs: 3600_000, publishEveryMs: 100 };

export interface PortalServiceDeps {
  readonly clock: Clock;
  readonly logger: Logger;
  readonly events: EventHub;
  readonly aws: AwsClients;
  readonly tokens: AccessTokenProvider;
  readonly instances: InstanceList;
  readonly cache: PortalCache;
  readonly random: () => number;
  /** Whether the instance can list now (signed in); a refresh of a signed-out instance is not tried. */
  readonly canList: (instanceId: string) => boolean;
  /** The accounts the user cares about most (favourite and recent roles): the sweep checks them first. */
  readonly priorityAccounts?: (instanceId: string) => ReadonlySet<string>;
  readonly options?: Partial<PortalServiceOptions>;
}

export class PortalService {
  readonly #portals = new Map<string, InstancePortal>();
  readonly #refreshes = new Map<string, Promise<void>>();
  /** Instances with a refresh asked for that has not started yet. */
  readonly #wanted = new Set<string>();
  /** The background sweep running per instance, so a new refresh can stop it. */
  readonly #sweeps = new Map<string, AbortController>();
  /** The progress last sent for each portal. */
  readonly #sentProgress = new WeakMap<InstancePortal, PortalProgress>();
  readonly #timers = new Map<string, AbortController>();
  readonly #options: PortalServiceOptions;
  readonly #lifetime = new AbortController();

  constructor(private readonly deps: PortalServiceDeps) {
    this.#options = { ...defaultPortalServiceOptions, ...deps.options };
  }

  /** Loads every instance's cached list (the instant start). */
  async loadCaches(): Promise<void> {
    await Promise.all(
      this.deps.instances.list().map(async (instance) => {
        const cached = await this.deps.cache.load(instance.id);
        const portal = this.#portal(instance.id);
        if (!cached) return;
        portal.replace(cached.accounts);
        portal.progress = { ...portal.progress, ...(cached.refreshedAt ? { refreshedAt: cached.refreshedAt } : {}) };
        this.#publish(portal, true);
      }),
    );
  }

  snapshot(instanceId: string): PortalSnapshot {
    this.#instance(instanceId);
    const portal = this.#portal(instanceId);
    return { instanceId, accounts: [...portal.accounts], progress: portal.progress };
  }

  /** Every instance's snapshot, in the instances' order. */
  snapshots(): PortalSnapshot[] {
    return this.deps.instances.list().map((instance) => this.snapshot(instance.id));
  }

  /**
   * Asks for a refresh that looks at the account list after this call. One already past its
   * ListAccounts pass runs again once it is done; a background sweep gives way at once (what it
   * re-checked is kept, and the next sweep starts with what it did not reach). Resolves when the
   * instance has no refresh left to run.
   */
  refresh(instanceId: string): Promise<void> {
    const instance = this.#instance(instanceId);
    this.#wanted.add(instanceId);
    this.#sweeps.get(instanceId)?.abort();
    const running = this.#refreshes.get(instanceId);
    if (running) return running;
    const refreshes = (async () => {
      while (this.#wanted.delete(instanceId)) await this.#refresh(instance);
    })().finally(() => {
      this.#refreshes.delete(instanceId);
      this.#scheduleNext(instance);
    });
    this.#refreshes.set(instanceId, refreshes);
    return refreshes;
  }

  /** The instance's session ended or it was removed: its list and cache go with it. */
  async forget(instanceId: string): Promise<void> {
    this.#wanted.delete(instanceId);
    this.#sweeps.get(instanceId)?.abort();
    this.#timers.get(instanceId)?.abort();
    this.#timers.delete(instanceId);
    await this.#refreshes.get(instanceId)?.catch(() => undefined);
    const portal = this.#portals.get(instanceId);
    if (portal) {
      portal.replace([]);
      portal.progress = { instanceId, phase: 'idle', accountsWithRoles: 0, accounts: 0 };
      this.#publish(portal, true);
    }
    await this.deps.cache.remove(instanceId);
  }

  /** A role the portal no longer knows (ResourceNotFound when used) leaves the list at once. */
  markRoleGone(instanceId: string, accountId: string, roleName: string): void {
    const portal = this.#portals.get(instanceId);
    const account = portal?.account(accountId);
    if (!portal || account?.roles.status !== 'loaded') return;
    portal.setRoles(accountId, { ...account.roles, names: account.roles.names.filter((name) => name !== roleName) });
    this.#publish(portal, false);
  }

  /** The call used for this instance's portal requests (shared with role credentials). */
  callFor(instance: Instance): PortalCall {
    return createPortalCall({ clock: this.deps.clock, tokens: this.deps.tokens, limiter: this.deps.aws.limiterFor(instance), random: this.deps.random, ...(this.#options.callPolicy ? { policy: this.#options.callPolicy } : {}) }, instance.id);
  }

  async dispose(): Promise<void> {
    this.#lifetime.abort();
    for (const timer of this.#timers.values()) timer.abort();
    await Promise.allSettled([...this.#refreshes.values()]);
  }

  async #refresh(instance: Instance): Promise<void> {
    if (!this.deps.canList(instance.id)) return;
    const portal = this.#portal(instance.id);
    const before = portal.accounts;
    const call = this.callFor(instance);
    const client = this.deps.aws.portalFor(instance);
    const signal = this.#lifetime.signal;
    const publisher = this.#startPublishing(portal);
    try {
      this.#setPhase(portal, 'accounts');
      const summaries = await listAllAccounts(call, client, (page) => portal.mergeSummaries(page), signal);
      const listed = new Set(summaries.map((summary) => summary.accountId));
      portal.remove(before.map((account) => account.accountId).filter((accountId) => !listed.has(accountId)));
      // First what the user cannot see yet (new, failed, never listed), then the quiet sweep.
      const unknown = portal.accounts.filter((account) => account.roles.status !== 'loaded').map((account) => account.accountId);
      this.#setPhase(portal, 'roles');
      await this.#listRoles(portal, call, client, unknown, signal);
      this.#finishStep(instance, portal, before);
      const listedNow = new Set(unknown);
      const priority = this.deps.priorityAccounts?.(instance.id) ?? new Set<string>();
      const known = sweepOrder(portal.accounts.filter((account) => account.roles.status === 'loaded' && !listedNow.has(account.accountId)), priority);
      // A refresh asked for meanwhile goes first: the sweep would only delay its look at new accounts.
      if (known.length > 0 && !this.#wanted.has(instance.id)) await this.#sweep(instance, portal, call, client, known, signal);
      const { stoppedBecause: _previousStop, ...progress } = portal.progress;
      portal.progress = { ...progress, phase: 'idle', refreshedAt: this.deps.clock.now() };
    } catch (error) {
      const message = error instanceof AppError ? error.message : 'The list could not be refreshed.';
      if (!(error instanceof ListingStopped)) this.deps.logger.warn('The portal listing failed', { instanceId: instance.id, error });
      portal.progress = { ...portal.progress, phase: 'idle', stoppedBecause: message };
    } finally {
      publisher.abort();
      this.#publish(portal, false);
      await this.deps.cache.save(instance.id, portal.accounts, portal.progress.refreshedAt);
    }
  }

  /** Re-checks known accounts quietly; a new refresh request stops it without counting as a failure. */
  async #sweep(instance: Instance, portal: InstancePortal, call: PortalCall, client: ReturnType<AwsClients['portalFor']>, accountIds: readonly string[], lifetime: AbortSignal): Promise<void> {
    const beforeSweep = portal.accounts;
    const sweep = new AbortController();
    this.#sweeps.set(instance.id, sweep);
    this.#setPhase(portal, 'sweeping');
    try {
      await this.#listRoles(portal, call, client, accountIds, AbortSignal.any([lifetime, sweep.signal]));
    } catch (error) {
      if (!(sweep.signal.aborted && !lifetime.aborted)) throw error;
    } finally {
      this.#sweeps.delete(instance.id);
    }
    this.#finishStep(instance, portal, beforeSweep);
  }

  async #listRoles(portal: InstancePortal, call: PortalCall, client: ReturnType<AwsClients['portalFor']>, accountIds: readonly string[], signal: AbortSignal): Promise<void> {
    const now = () => this.deps.clock.now();
    await listRolesOf(
      call,
      client,
      accountIds,
      {
        rolesLoaded: (accountId, names) => portal.setRoles(accountId, { status: 'loaded', names: [...names], checkedAt: now() }),
        rolesFailed: (accountId, error) => {
          const known = portal.account(accountId)?.roles;
          portal.setRoles(accountId, { status: 'failed', message: error.message, ...(known?.status === 'loaded' ? { names: known.names } : {}) });
        },
      },
      { concurrency: 8, signal },
    );
  }

  /** Publishes what a step found and tells the pages and the tray what changed since `before`. */
  #finishStep(instance: Instance, portal: InstancePortal, before: readonly PortalAccount[]): void {
    this.#publish(portal, false);
    const diff = diffSnapshots(before, portal.accounts);
    if (!isEmptyDiff(diff)) this.deps.events.emit('portal-refreshed', { instanceId: instance.id, diff });
  }

  #setPhase(portal: InstancePortal, phase: PortalSnapshot['progress']['phase']): void {
    portal.progress = { ...portal.progress, phase };
    this.#emitProgress(portal);
  }

  /** Sends the progress only when it differs from what was last sent: the publishing loop ticks
   * every few tens of milliseconds, and most ticks of a sweep change nothing. */
  #emitProgress(portal: InstancePortal): void {
    const sent = this.#sentProgress.get(portal);
    if (sent && sameProgress(sent, portal.progress)) return;
    this.#sentProgress.set(portal, portal.progress);
    this.deps.events.emit('portal-progress-changed', portal.progress);
  }

  /** While a listing streams, its changes go out every few tens of milliseconds, in batches. */
  #startPublishing(portal: InstancePortal): AbortController {
    const controller = new AbortController();
    const loop = async () => {
      for (;;) {
        await this.deps.clock.sleep(this.#options.publishEveryMs, controller.signal);
        this.#publish(portal, false);
      }
    };
    loop().catch(() => undefined);
    return controller;
  }

  #publish(portal: InstancePortal, reset: boolean): void {
    const changes = portal.takeChanges();
    if (reset) this.deps.events.emit('portal-changed', { instanceId: portal.instanceId, changes: [{ kind: 'reset' }] });
    else if (changes.length > 0) this.deps.events.emit('portal-changed', { instanceId: portal.instanceId, changes });
    this.#emitProgress(portal);
  }

  #scheduleNext(instance: Instance): void {
    this.#timers.get(instance.id)?.abort();
    if (this.#lifetime.signal.aborted || !this.#portals.has(instance.id)) return;
    const timer = new AbortController();
    this.#timers.set(instance.id, timer);
    this.deps.clock.sleep(this.#options.refreshIntervalMs, timer.signal).then(
      () => void this.refresh(instance.id).catch(() => undefined),
      () => undefined,
    );
  }

  #portal(instanceId: string): InstancePortal {
    let portal = this.#portals.get(instanceId);
    if (!portal) {
      portal = new InstancePortal(instanceId);
      this.#portals.set(instanceId, portal);
    }
    return portal;
  }

  #instance(instanceId: string): Instance {
    const instance = this.deps.instances.list().find((candidate) => candidate.id === instanceId);
    if (!instance) throw new AppError('not-found', 'This IAM Identity Center instance is no longer in the list.');
    return instance;
  }
}

/** Progress records are flat: equal when every field is. */
function sameProgress(a: PortalProgress, b: PortalProgress): boolean {
  const keys = Object.keys(a) as (keyof PortalProgress)[];
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** The sweep re-checks the user's favourite and recent accounts first, then those checked longest ago. */
export function sweepOrder(accounts: readonly PortalAccount[], priority: ReadonlySet<string>): string[] {
  const checkedAt = (account: PortalAccount) => (account.roles.status === 'loaded' ? account.roles.checkedAt : 0);
  const rank = (account: PortalAccount) => (priority.has(account.accountId) ? 0 : 1);
  return [...accounts].sort((a, b) => rank(a) - rank(b) || checkedAt(a) - checkedAt(b)).map((account) => account.accountId);
}
