// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../app/ipc/result';
import type { InstanceView } from '../../../app/model/instance-view';
import { fakeDesktop } from '../testing/fake-desktop';
import { expiredNotice, instanceView } from '../testing/sample-instances';
import { actionKey, latestErrorKeyFor } from './action-status';
import { createAppStore } from './app-store';

function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Lets every pending promise callback run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const a = instanceView({ id: 'a', displayName: 'a' });
const b = instanceView({ id: 'b', displayName: 'b' });

describe('instances in the store', () => {
  it('connect() subscribes before it loads, and the list answer fills the state', async () => {
    const desktop = fakeDesktop({
      'instances:list': async () => {
        // The subscription already exists when the request goes out.
        expect(desktop.listenerCount('instances-changed')).toBe(1);
        return { ok: true, value: [a] };
      },
      'notices:list': async () => ({ ok: true, value: [expiredNotice('a')] }),
    });
    const store = createAppStore(desktop);
    expect(store.getState().instances).toEqual({ status: 'loading' });
    const stop = store.getState().connect();
    await settle();
    expect(store.getState().instances).toEqual({ status: 'loaded', list: [a] });
    expect(store.getState().notices).toEqual([expiredNotice('a')]);
    stop();
    expect(desktop.listenerCount('instances-changed')).toBe(0);
    expect(desktop.listenerCount('notices-changed')).toBe(0);
  });

  it('connect() is shared: the page entry and the App hold one connection, one load, until both let go', async () => {
    const desktop = fakeDesktop({ 'instances:list': async () => ({ ok: true, value: [a] }), 'notices:list': async () => ({ ok: true, value: [] }) });
    const store = createAppStore(desktop);
    const releaseEntry = store.getState().connect();
    const releaseApp = store.getState().connect();
    await settle();
    expect(desktop.calls.filter((channel) => channel === 'instances:list')).toHaveLength(1);
    expect(desktop.listenerCount('instances-changed')).toBe(1);
    releaseApp();
    releaseApp(); // a second release of the same hold changes nothing
    expect(desktop.listenerCount('instances-changed')).toBe(1);
    releaseEntry();
    expect(desktop.listenerCount('instances-changed')).toBe(0);
    // Connected again after a full release (a remount): subscribed and loaded afresh.
    store.getState().connect();
    await settle();
    expect(desktop.listenerCount('instances-changed')).toBe(1);
    expect(desktop.calls.filter((channel) => channel === 'instances:list')).toHaveLength(2);
  });

  it('an event replaces the list, and a list answer older than the event is dropped', async () => {
    const answer = deferred<Result<InstanceView[]>>();
    const desktop = fakeDesktop({ 'instances:list': () => answer.promise, 'notices:list': async () => ({ ok: true, value: [] }) });
    const store = createAppStore(desktop);
    store.getState().connect();
    const signedIn = { ...a, session: { kind: 'signed-in', accessTokenExpiresAt: 1 } } as const;
    desktop.emit('instances-changed', [signedIn, b]);
    answer.resolve({ ok: true, value: [a] });
    await settle();
    expect(store.getState().instances).toEqual({ status: 'loaded', list: [signedIn, b] });
  });

  it('keeps a failed list as an error state', async () => {
    const store = createAppStore(fakeDesktop({ 'instances:list': async () => ({ ok: false, code: 'internal', message: 'Broken.' }) }));
    await store.getState().loadInstances();
    expect(store.getState().instances).toEqual({ status: 'failed', code: 'internal', message: 'Broken.' });
  });

  it('addInstance adds the answer when its event has not arrived, and does not duplicate it when it has', async () => {
    const desktop = fakeDesktop({ 'instances:add': async () => ({ ok: true, value: b }) });
    const store = createAppStore(desktop);
    store.getState().connect();
    desktop.emit('instances-changed', [a]);
    expect(await store.getState().addInstance({ startUrl: b.startUrl, region: b.region })).toBe(true);
    expect(store.getState().instances).toEqual({ status: 'loaded', list: [a, b] });
    desktop.emit('instances-changed', [a, b]);
    expect(await store.getState().addInstance({ startUrl: b.startUrl, region: b.region })).toBe(true);
    expect(store.getState().instances).toEqual({ status: 'loaded', list: [a, b] });
  });

  it('keeps the last error per action and instance, clears it when that action succeeds', async () => {
    let signInAnswer: Result<void> = { ok: false, code: 'network', message: 'No network.' };
    const desktop = fakeDesktop({
      'sessions:sign-in': async () => signInAnswer,
      'sessions:sign-out': async () => ({ ok: false, code: 'keychain-unavailable', message: 'Keychain locked.' }),
      'instances:add': async () => ({ ok: false, code: 'duplicate-instance', message: 'Already there.' }),
    });
    const store = createAppStore(desktop);
    await store.getState().signIn('a');
    await store.getState().signOut('b');
    expect(await store.getState().addInstance({ startUrl: 'x', region: 'y' })).toBe(false);
    const { errors } = store.getState();
    expect(errors[actionKey('sessions:sign-in', 'a')]).toMatchObject({ code: 'network', message: 'No network.' });
    expect(errors[actionKey('sessions:sign-out', 'b')]).toMatchObject({ code: 'keychain-unavailable' });
    expect(errors[actionKey('instances:add')]).toMatchObject({ code: 'duplicate-instance' });
    expect(latestErrorKeyFor(errors, 'a')).toBe('sessions:sign-in#a');
    expect(latestErrorKeyFor(errors, 'b')).toBe('sessions:sign-out#b');

    signInAnswer = { ok: true, value: undefined };
    await store.getState().signIn('a');
    expect(store.getState().errors[actionKey('sessions:sign-in', 'a')]).toBeUndefined();
    expect(latestErrorKeyFor(store.getState().errors, 'a')).toBeUndefined();
    store.getState().dismissError(actionKey('instances:add'));
    expect(Object.keys(store.getState().errors)).toEqual(['sessions:sign-out#b']);
  });

  it('ignores a second click while the same action is in flight, but not the same action on another instance', async () => {
    const answer = deferred<Result<void>>();
    const desktop = fakeDesktop({ 'sessions:sign-in': () => answer.promise });
    const store = createAppStore(desktop);
    const first = store.getState().signIn('a');
    expect(store.getState().pending).toEqual({ 'sessions:sign-in#a': true });
    void store.getState().signIn('a');
    void store.getState().signIn('b');
    expect(desktop.requests).toEqual([
      { channel: 'sessions:sign-in', input: { instanceId: 'a' } },
      { channel: 'sessions:sign-in', input: { instanceId: 'b' } },
    ]);
    answer.resolve({ ok: true, value: undefined });
    await first;
    expect(store.getState().pending).toEqual({});
  });

  it('sends the method only when one was chosen', async () => {
    const desktop = fakeDesktop({ 'sessions:sign-in': async () => ({ ok: true, value: undefined }) });
    const store = createAppStore(desktop);
    await store.getState().signIn('a', 'device-code');
    expect(desktop.requests).toEqual([{ channel: 'sessions:sign-in', input: { instanceId: 'a', method: 'device-code' } }]);
  });
});
