// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../app/ipc/result';
import type { PortalSnapshot } from '../../../app/model/portal';
import { fakeDesktop, type FakeAnswers } from '../testing/fake-desktop';
import { instanceView } from '../testing/sample-instances';
import { ok, portalAccount, preferencesWith, progressOf, sampleAccounts, snapshotOf } from '../testing/sample-portal';
import { createAppStore } from './app-store';
import { refreshKey, roleMarkKey } from './portal-slice';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const a = instanceView({ id: 'a', displayName: 'a' });
const b = instanceView({ id: 'b', displayName: 'b' });
const base: FakeAnswers = {
  'instances:list': () => ok([a]),
  'notices:list': () => ok([]),
  'preferences:get': () => ok(preferencesWith()),
};

const accountIds = (store: ReturnType<typeof createAppStore>, instanceId = 'a') => [...(store.getState().portals[instanceId]?.accounts.keys() ?? [])];

describe('the portal list in the store', () => {
  it('reads each instance’s snapshot once it is listed, and drops the list of a removed instance', async () => {
    const desktop = fakeDesktop({ ...base, 'portal:get-snapshot': ({ instanceId }) => ok(snapshotOf(instanceId, instanceId === 'a' ? sampleAccounts : [])) });
    const store = createAppStore(desktop);
    store.getState().connect();
    await settle();
    expect(store.getState().portals.a).toMatchObject({ status: 'loaded', progress: { phase: 'idle', accounts: 3 } });
    expect(accountIds(store)).toEqual(['111111111111', '222222222222', '123456789012']);

    desktop.emit('instances-changed', [a, b]);
    await settle();
    expect(Object.keys(store.getState().portals)).toEqual(['a', 'b']);
    expect(desktop.requests.filter((request) => request.channel === 'portal:get-snapshot')).toEqual([
      { channel: 'portal:get-snapshot', input: { instanceId: 'a' } },
      { channel: 'portal:get-snapshot', input: { instanceId: 'b' } },
    ]);

    desktop.emit('instances-changed', [b]);
    expect(Object.keys(store.getState().portals)).toEqual(['b']);
  });

  describe('as the page opens: every list in one read, alongside the instances', () => {
    const both: FakeAnswers = { ...base, 'instances:list': () => ok([a, b]) };

    it('asks for every list without waiting for the instances, and reads none of them again', async () => {
      const instances = deferred<Result<unknown>>();
      const desktop = fakeDesktop({
        ...both,
        'instances:list': () => instances.promise,
        'portal:get-snapshots': () => ok([snapshotOf('a', sampleAccounts), snapshotOf('b', [])]),
        'portal:get-snapshot': ({ instanceId }) => ok(snapshotOf(instanceId, [])),
      });
      const store = createAppStore(desktop);
      store.getState().connect();
      // Both requests are out before the instances answer; the big one last.
      expect(desktop.calls).toEqual(['instances:list', 'notices:list', 'preferences:get', 'settings:get', 'portal:get-snapshots']);
      await settle();
      instances.resolve({ ok: true, value: [a, b] });
      await settle();
      expect(accountIds(store, 'a')).toEqual(['111111111111', '222222222222', '123456789012']);
      expect(store.getState().portals.b?.status).toBe('loaded');
      expect(desktop.calls).not.toContain('portal:get-snapshot');
    });

    it('applies the changes that arrived meanwhile on top of each list', async () => {
      const answer = deferred<Result<PortalSnapshot[]>>();
      const desktop = fakeDesktop({ ...both, 'portal:get-snapshots': () => answer.promise });
      const store = createAppStore(desktop);
      store.getState().connect();
      await settle();
      const late = portalAccount('333333333333', 'late', ['ReadOnlyAccess']);
      desktop.emit('portal-changed', { instanceId: 'a', changes: [{ kind: 'accounts-upserted', accounts: [late] }, { kind: 'accounts-removed', accountIds: ['111111111111'] }] });
      answer.resolve({ ok: true, value: [snapshotOf('a', sampleAccounts), snapshotOf('b', sampleAccounts)] });
      await settle();
      expect(accountIds(store, 'a')).toEqual(['222222222222', '123456789012', '333333333333']);
      // The other instance's list is as read.
      expect(accountIds(store, 'b')).toEqual(['111111111111', '222222222222', '123456789012']);
      expect(desktop.calls).not.toContain('portal:get-snapshot');
    });

    it('reads alone an instance the answer did not hold, and drops a list of an instance no longer there', async () => {
      const desktop = fakeDesktop({
        ...base,
        'instances:list': () => ok([b]),
        'portal:get-snapshots': () => ok([snapshotOf('a', sampleAccounts)]),
        'portal:get-snapshot': ({ instanceId }) => ok(snapshotOf(instanceId, [])),
      });
      const store = createAppStore(desktop);
      store.getState().connect();
      await settle();
      await settle();
      expect(Object.keys(store.getState().portals)).toEqual(['b']);
      expect(desktop.requests.filter((request) => request.channel === 'portal:get-snapshot')).toEqual([{ channel: 'portal:get-snapshot', input: { instanceId: 'b' } }]);
    });

    it('falls back to one read per instance when the read of every list fails, each with its own error', async () => {
      const desktop = fakeDesktop({
        ...both,
        'portal:get-snapshots': async () => ({ ok: false, code: 'internal', message: 'Broken.' }),
        'portal:get-snapshot': ({ instanceId }) => (instanceId === 'a' ? ok(snapshotOf('a', sampleAccounts)) : Promise.resolve({ ok: false, code: 'internal', message: 'b is broken.' })),
      });
      const store = createAppStore(desktop);
      store.getState().connect();
      await settle();
      await settle();
      expect(store.getState().portals.a?.status).toBe('loaded');
      expect(store.getState().portals.b).toMatchObject({ status: 'failed', error: { message: 'b is broken.' } });
    });

    it('leaves an instance to its own read when a reset came while every list was read', async () => {
      const all = deferred<Result<PortalSnapshot[]>>();
      const desktop = fakeDesktop({ ...both, 'portal:get-snapshots': () => all.promise, 'portal:get-snapshot': ({ instanceId }) => ok(snapshotOf(instanceId, [])) });
      const store = createAppStore(desktop);
      store.getState().connect();
      await settle();
      desktop.emit('portal-changed', { instanceId: 'a', changes: [{ kind: 'reset' }] });
      await settle();
      // The older read answers last: its list of `a` predates the reset.
      all.resolve({ ok: true, value: [snapshotOf('a', sampleAccounts), snapshotOf('b', sampleAccounts)] });
      await settle();
      expect(accountIds(store, 'a')).toEqual([]);
      expect(accountIds(store, 'b')).toHaveLength(3);
    });
  });

  it('applies upserts and removals in place, without asking for the whole list again', async () => {
    const desktop = fakeDesktop({ ...base, 'portal:get-snapshot': () => ok(snapshotOf('a', sampleAccounts)) });
    const store = createAppStore(desktop);
    store.getState().connect();
    await settle();
    const renamed = portalAccount('222222222222', 'payments-staging-eu', ['ReadOnlyAccess']);
    const added = portalAccount('333333333333', 'new-account', 'pending');
    desktop.emit('portal-changed', {
      instanceId: 'a',
      changes: [
        { kind: 'accounts-removed', accountIds: ['111111111111'] },
        { kind: 'accounts-upserted', accounts: [renamed, added] },
      ],
    });
    // A renamed account keeps its place; a new one comes last.
    expect(accountIds(store)).toEqual(['222222222222', '123456789012', '333333333333']);
    expect(store.getState().portals.a?.accounts.get('222222222222')).toEqual(renamed);
    expect(desktop.calls.filter((channel) => channel === 'portal:get-snapshot')).toHaveLength(1);
  });

  it('a reset reads the snapshot again', async () => {
    let snapshot = snapshotOf('a', sampleAccounts);
    const desktop = fakeDesktop({ ...base, 'portal:get-snapshot': () => ok(snapshot) });
    const store = createAppStore(desktop);
    store.getState().connect();
    await settle();
    snapshot = snapshotOf('a', [], { refreshedAt: undefined });
    desktop.emit('portal-changed', { instanceId: 'a', changes: [{ kind: 'reset' }] });
    await settle();
    expect(accountIds(store)).toEqual([]);
    expect(desktop.calls.filter((channel) => channel === 'portal:get-snapshot')).toHaveLength(2);
  });

  it('keeps changes that arrive while the snapshot is read, and applies them on top of it', async () => {
    const answer = deferred<Result<PortalSnapshot>>();
    const desktop = fakeDesktop({ ...base, 'portal:get-snapshot': () => answer.promise });
    const store = createAppStore(desktop);
    store.getState().connect();
    await settle();
    expect(store.getState().portals.a?.status).toBe('loading');
    const late = portalAccount('333333333333', 'late', ['ReadOnlyAccess']);
    desktop.emit('portal-changed', { instanceId: 'a', changes: [{ kind: 'accounts-upserted', accounts: [late] }, { kind: 'accounts-removed', accountIds: ['111111111111'] }] });
    answer.resolve({ ok: true, value: snapshotOf('a', sampleAccounts) });
    await settle();
    expect(store.getState().portals.a?.status).toBe('loaded');
    expect(accountIds(store)).toEqual(['222222222222', '123456789012', '333333333333']);
  });

  it('follows the listing’s progress and keeps a failed snapshot as an error', async () => {
    const desktop = fakeDesktop({ ...base, 'portal:get-snapshot': async () => ({ ok: false, code: 'internal', message: 'Broken.' }) });
    const store = createAppStore(desktop);
    store.getState().connect();
    await settle();
    expect(store.getState().portals.a).toMatchObject({ status: 'failed', error: { code: 'internal', message: 'Broken.' } });
    desktop.emit('portal-progress-changed', progressOf('a', { phase: 'roles', accounts: 50, accountsWithRoles: 20 }));
    expect(store.getState().portals.a?.progress).toEqual(progressOf('a', { phase: 'roles', accounts: 50, accountsWithRoles: 20 }));
  });

  it('marks what a refresh found: the first diff of a refresh replaces the marks, later ones add to them', async () => {
    const desktop = fakeDesktop({ ...base, 'portal:get-snapshot': () => ok(snapshotOf('a', sampleAccounts)) });
    const store = createAppStore(desktop);
    store.getState().connect();
    await settle();
    const diff = { addedAccounts: [], removedAccounts: [], renamedAccounts: [], addedRoles: [], removedRoles: [] };
    const refreshed = progressOf('a', { refreshedAt: 1 });
    desktop.emit('portal-progress-changed', { ...refreshed, phase: 'accounts' });
    desktop.emit('portal-refreshed', { instanceId: 'a', diff: { ...diff, addedAccounts: ['333333333333'], addedRoles: [{ accountId: '333333333333', roleName: 'X' }, { accountId: '111111111111', roleName: 'Billing' }] } });
    expect([...store.getState().portals.a!.newAccounts]).toEqual(['333333333333']);
    expect([...store.getState().portals.a!.newRoles]).toEqual([roleMarkKey('111111111111', 'Billing')]);
    // The sweep of the same refresh adds.
    desktop.emit('portal-progress-changed', { ...refreshed, phase: 'sweeping' });
    desktop.emit('portal-refreshed', { instanceId: 'a', diff: { ...diff, addedAccounts: ['444444444444'] } });
    expect([...store.getState().portals.a!.newAccounts]).toEqual(['333333333333', '444444444444']);
    // The next refresh starts over.
    desktop.emit('portal-progress-changed', { ...refreshed, phase: 'idle' });
    desktop.emit('portal-progress-changed', { ...refreshed, phase: 'accounts' });
    desktop.emit('portal-refreshed', { instanceId: 'a', diff: { ...diff, addedAccounts: ['555555555555'] } });
    expect([...store.getState().portals.a!.newAccounts]).toEqual(['555555555555']);
    expect(store.getState().portals.a!.newRoles.size).toBe(0);
    // A removed account loses its mark.
    desktop.emit('portal-changed', { instanceId: 'a', changes: [{ kind: 'accounts-removed', accountIds: ['555555555555'] }] });
    expect(store.getState().portals.a!.newAccounts.size).toBe(0);
  });

  it('marks nothing after the very first listing (everything would be new)', async () => {
    const desktop = fakeDesktop({ ...base, 'portal:get-snapshot': () => ok(snapshotOf('a', [], { refreshedAt: undefined })) });
    const store = createAppStore(desktop);
    store.getState().connect();
    await settle();
    desktop.emit('portal-progress-changed', progressOf('a', { phase: 'accounts' }));
    desktop.emit('portal-refreshed', { instanceId: 'a', diff: { addedAccounts: ['111111111111'], removedAccounts: [], renamedAccounts: [], addedRoles: [], removedRoles: [] } });
    expect(store.getState().portals.a!.newAccounts.size).toBe(0);
  });

  it('refresh sends portal:refresh and keeps its error under the list’s key (not the instance card’s)', async () => {
    const desktop = fakeDesktop({ 'portal:refresh': async () => ({ ok: false, code: 'network', message: 'No network.' }) });
    const store = createAppStore(desktop);
    await store.getState().refreshPortal('a');
    expect(desktop.requests).toEqual([{ channel: 'portal:refresh', input: { instanceId: 'a' } }]);
    expect(Object.keys(store.getState().errors)).toEqual([refreshKey('a')]);
    expect(refreshKey('a').endsWith('#a')).toBe(false);
  });
});

describe('changes that show nothing new', () => {
  it('a sweep’s re-listed account (only checkedAt differs) and a repeated progress leave the state as it was', async () => {
    const desktop = fakeDesktop({ ...base, 'portal:get-snapshot': () => ok(snapshotOf('a', sampleAccounts)) });
    const store = createAppStore(desktop);
    store.getState().connect();
    await settle();
    const before = store.getState().portals;
    const [first] = sampleAccounts;
    const swept = { ...first!, roles: { status: 'loaded' as const, names: ['AdministratorAccess', 'ReadOnlyAccess'], checkedAt: 1_800_000_000_000 } };
    desktop.emit('portal-changed', { instanceId: 'a', changes: [{ kind: 'accounts-upserted', accounts: [swept] }, { kind: 'accounts-removed', accountIds: ['999999999999'] }] });
    desktop.emit('portal-progress-changed', before.a!.progress!);
    expect(store.getState().portals).toBe(before);
    // A real change still lands.
    desktop.emit('portal-changed', { instanceId: 'a', changes: [{ kind: 'accounts-upserted', accounts: [{ ...swept, roles: { ...swept.roles, names: ['ReadOnlyAccess'] } }] }] });
    expect(store.getState().portals.a?.accounts.get(first!.accountId)?.roles).toMatchObject({ names: ['ReadOnlyAccess'] });
  });
});
