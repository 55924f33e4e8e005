// The access portal's list of each instance, mirrored from main. `portal:get-snapshots` fills
// every list as the page opens (asked alongside instances:list, not after it), `portal:get-snapshot`
// one instance's list after a `reset` or when an instance appears; from then on `portal-changed` carries
// only what changed (accounts upserted or removed, in small batches), applied in place: a listing
// of 5,000 accounts never crosses whole per update. `portal-progress-changed` says how far a
// listing is ("n of N accounts"); `portal-refreshed` says what a refresh found, for the marks on
// new accounts and roles.
import type { EventPayload } from '../../../app/ipc/contract';
import type { ErrorCode } from '../../../app/ipc/result';
import type { PortalAccount, PortalChange, PortalDiff, PortalProgress, PortalSnapshot } from '../../../app/model/portal';
import { actionKey } from './action-status';
import type { EventSlice, SliceContext } from './slice';

export interface InstancePortalState {
  /** `loading` until the first snapshot answers; events that arrive meanwhile are kept. */
  readonly status: 'loading' | 'loaded' | 'failed';
  readonly error?: { readonly code: ErrorCode; readonly message: string };
  /** In the portal's order; a renamed account keeps its place. */
  readonly accounts: ReadonlyMap<string, PortalAccount>;
  readonly progress?: PortalProgress;
  /**
   * Accounts the latest refresh found that the list before it did not have (none after the very
   * first listing: then everything would be new).
   */
  readonly newAccounts: ReadonlySet<string>;
  /** Roles new in accounts that were there before, as `roleMarkKey(accountId, roleName)`. */
  readonly newRoles: ReadonlySet<string>;
}

export interface PortalSlice {
  /** By instance id: one entry per instance in the list. */
  readonly portals: Readonly<Record<string, InstancePortalState>>;
  /** Reads the instance's list again from main (the page opened, a reset). */
  loadPortal(instanceId: string): Promise<void>;
  /** Asks main to refresh the list (also the retry for accounts whose roles failed). */
  refreshPortal(instanceId: string): Promise<void>;
}

export interface PortalSliceControl extends EventSlice<PortalSlice> {
  /**
   * Reads every instance's list at once (the page opening). followInstances does nothing until it
   * has answered; the caller follows the instances again then, which drops lists of instances gone
   * meanwhile and reads one by one those it did not hold (all of them when it failed).
   */
  loadAllPortals(): Promise<void>;
  /** Loads the lists of instances the page has not read yet and drops those of removed ones. */
  followInstances(instanceIds: readonly string[]): void;
}

/**
 * The action key of an instance's refresh. Its own subject (not the instance id), so the error
 * shows by the list's refresh button rather than on the instance's card.
 */
export function refreshKey(instanceId: string): string {
  return actionKey('portal:refresh', `list:${instanceId}`);
}

export function roleMarkKey(accountId: string, roleName: string): string {
  return `${accountId}/${roleName}`;
}

const emptyPortal: InstancePortalState = { status: 'loading', accounts: new Map(), newAccounts: new Set(), newRoles: new Set() };

/**
 * Whether two records show the same: a sweep re-lists every known account and sends it again with
 * only `checkedAt` changed, which must not re-render (or re-index) 5,000 accounts.
 */
export function sameAccount(a: PortalAccount, b: PortalAccount): boolean {
  if (a.accountName !== b.accountName || a.emailAddress !== b.emailAddress || a.roles.status !== b.roles.status) return false;
  if (a.roles.status === 'failed' && b.roles.status === 'failed' && a.roles.message !== b.roles.message) return false;
  const names = (account: PortalAccount) => (account.roles.status === 'pending' ? [] : (account.roles.names ?? []));
  const [left, right] = [names(a), names(b)];
  return left.length === right.length && left.every((name, index) => name === right[index]);
}

/** The list with a batch of changes applied: one copy of the map per batch, none when nothing shows differently. */
export function applyPortalChanges(portal: InstancePortalState, changes: readonly PortalChange[]): InstancePortalState {
  let accounts: Map<string, PortalAccount> | undefined;
  let newAccounts = portal.newAccounts;
  let newRoles = portal.newRoles;
  for (const change of changes) {
    if (change.kind === 'reset') continue;
    if (change.kind === 'accounts-upserted') {
      for (const account of change.accounts) {
        const known = (accounts ?? portal.accounts).get(account.accountId);
        if (known && sameAccount(known, account)) continue;
        accounts ??= new Map(portal.accounts);
        accounts.set(account.accountId, account);
      }
    } else {
      if (change.accountIds.some((accountId) => (accounts ?? portal.accounts).has(accountId))) {
        accounts ??= new Map(portal.accounts);
        for (const accountId of change.accountIds) accounts.delete(accountId);
      }
      if (change.accountIds.some((accountId) => newAccounts.has(accountId))) {
        newAccounts = new Set([...newAccounts].filter((accountId) => !change.accountIds.includes(accountId)));
      }
      const gone = new Set(change.accountIds);
      if ([...newRoles].some((key) => gone.has(key.slice(0, 12)))) newRoles = new Set([...newRoles].filter((key) => !gone.has(key.slice(0, 12))));
    }
  }
  return accounts || newAccounts !== portal.newAccounts || newRoles !== portal.newRoles ? { ...portal, accounts: accounts ?? portal.accounts, newAccounts, newRoles } : portal;
}

function sameProgress(a: PortalProgress, b: PortalProgress): boolean {
  return a.phase === b.phase && a.accounts === b.accounts && a.accountsWithRoles === b.accountsWithRoles && a.refreshedAt === b.refreshedAt && a.stoppedBecause === b.stoppedBecause;
}

/** The marks a refresh's diff leaves: added accounts, and roles added to accounts already there. */
export function marksOf(diff: PortalDiff, into?: { readonly newAccounts: ReadonlySet<string>; readonly newRoles: ReadonlySet<string> }) {
  const newAccounts = new Set(into?.newAccounts);
  const newRoles = new Set(into?.newRoles);
  for (const accountId of diff.addedAccounts) newAccounts.add(accountId);
  for (const { accountId, roleName } of diff.addedRoles) if (!newAccounts.has(accountId)) newRoles.add(roleMarkKey(accountId, roleName));
  for (const { accountId, roleName } of diff.removedRoles) newRoles.delete(roleMarkKey(accountId, roleName));
  for (const accountId of diff.removedAccounts) newAccounts.delete(accountId);
  return { newAccounts, newRoles };
}

export function createPortalSlice({ desktop, set, get, run }: SliceContext): PortalSliceControl {
  /** Events that arrived while the instance's snapshot was being read: applied again on top of it. */
  const pendingEvents = new Map<string, PortalChange[][]>();
  /** A refresh started since the last diff: its first diff replaces the marks, later ones add. */
  const refreshStarted = new Set<string>();
  /** Counts snapshot requests per instance, so only the answer of the latest one is used. */
  const snapshotRequests = new Map<string, number>();
  /** While every list is being read at once: the events meanwhile, by instance, applied again on top. */
  let allPending: Map<string, PortalChange[][]> | undefined;

  const update = (instanceId: string, change: (portal: InstancePortalState) => InstancePortalState) => {
    set((state) => {
      const current = state.portals[instanceId] ?? emptyPortal;
      const next = change(current);
      return next === current && state.portals[instanceId] ? {} : { portals: { ...state.portals, [instanceId]: next } };
    });
  };

  const onChanged = ({ instanceId, changes }: EventPayload<'portal-changed'>) => {
    if (changes.some((change) => change.kind === 'reset')) {
      void state.loadPortal(instanceId);
      return;
    }
    pendingEvents.get(instanceId)?.push(changes);
    if (allPending) allPending.set(instanceId, [...(allPending.get(instanceId) ?? []), changes]);
    update(instanceId, (portal) => applyPortalChanges(portal, changes));
  };

  const onProgress = (progress: EventPayload<'portal-progress-changed'>) => {
    const { instanceId } = progress;
    const before = get().portals[instanceId]?.progress;
    if (progress.phase !== 'idle' && (before === undefined || before.phase === 'idle')) refreshStarted.add(instanceId);
    // Sent with every batch of changes; the same progress again changes nothing.
    if (before && sameProgress(before, progress)) return;
    update(instanceId, (portal) => ({ ...portal, progress }));
  };

  const onRefreshed = ({ instanceId, diff }: EventPayload<'portal-refreshed'>) => {
    const portal = get().portals[instanceId];
    // After the very first listing (no complete one before it) every account would be "new".
    if (!portal?.progress?.refreshedAt) return;
    const replace = refreshStarted.delete(instanceId);
    update(instanceId, (current) => ({ ...current, ...marksOf(diff, replace ? undefined : current) }));
  };

  const applySnapshot = ({ instanceId, accounts, progress }: PortalSnapshot, replay: readonly PortalChange[][]) => {
    update(instanceId, (portal) => {
      // Upserts and removals are idempotent, so what the snapshot already holds is harmless to replay.
      let next: InstancePortalState = {
        status: 'loaded',
        accounts: new Map(accounts.map((account) => [account.accountId, account])),
        progress,
        newAccounts: portal.newAccounts,
        newRoles: portal.newRoles,
      };
      for (const changes of replay) next = applyPortalChanges(next, changes);
      return next;
    });
  };

  const follow = (instanceIds: readonly string[]) => {
    // The read of every list answers for these; the store follows again once it is over.
    if (allPending) return;
    const known = get().portals;
    const wanted = new Set(instanceIds);
    const gone = Object.keys(known).filter((instanceId) => !wanted.has(instanceId));
    if (gone.length > 0) {
      for (const instanceId of gone) {
        snapshotRequests.delete(instanceId);
        pendingEvents.delete(instanceId);
        refreshStarted.delete(instanceId);
      }
      set((current) => ({ portals: Object.fromEntries(Object.entries(current.portals).filter(([instanceId]) => wanted.has(instanceId))) }));
    }
    for (const instanceId of instanceIds) {
      if (!known[instanceId] || (known[instanceId].status === 'loading' && !snapshotRequests.has(instanceId))) void state.loadPortal(instanceId);
    }
  };

  const state: PortalSlice = {
    portals: {},
    async loadPortal(instanceId) {
      const request = (snapshotRequests.get(instanceId) ?? 0) + 1;
      snapshotRequests.set(instanceId, request);
      pendingEvents.set(instanceId, []);
      if (!get().portals[instanceId]) update(instanceId, () => emptyPortal);
      const result = await desktop.request('portal:get-snapshot', { instanceId });
      if (snapshotRequests.get(instanceId) !== request) return;
      const replay = pendingEvents.get(instanceId) ?? [];
      pendingEvents.delete(instanceId);
      // The instance may have gone while its list was being read.
      if (!get().portals[instanceId]) return;
      if (!result.ok) {
        update(instanceId, (portal) => ({ ...portal, status: 'failed', error: { code: result.code, message: result.message } }));
        return;
      }
      applySnapshot(result.value, replay);
    },
    async refreshPortal(instanceId) {
      await run(refreshKey(instanceId), () => desktop.request('portal:refresh', { instanceId }));
    },
  };

  return {
    state,
    listen() {
      const stops = [
        desktop.subscribe('portal-changed', onChanged),
        desktop.subscribe('portal-progress-changed', onProgress),
        desktop.subscribe('portal-refreshed', onRefreshed),
      ];
      return () => stops.forEach((stop) => stop());
    },
    followInstances: follow,
    async loadAllPortals() {
      if (allPending) return;
      allPending = new Map();
      const result = await desktop.request('portal:get-snapshots');
      const replay = allPending;
      allPending = undefined;
      if (result.ok) {
        for (const snapshot of result.value) {
          // A read of that instance alone (a reset meanwhile) is newer; it applies its own answer.
          if (snapshotRequests.has(snapshot.instanceId)) continue;
          applySnapshot(snapshot, replay.get(snapshot.instanceId) ?? []);
        }
      }
    },
  };
}
