// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createAppStore } from './app-store';
import { fakeDesktop } from '../testing/fake-desktop';
import type { Result } from '../../../app/ipc/result';
import { openingRequests } from '../../../app/ipc/contract/opening-requests';

const info = { name: 'SSO Tray', version: '0.1.0', runtime: 'electron', platform: 'darwin' } as const;

describe('createAppStore loadAppInfo', () => {
  it('goes idle → loading → loaded', async () => {
    let resolve: (result: Result<unknown>) => void = () => {};
    const store = createAppStore(fakeDesktop({ 'app:get-info': () => new Promise((r) => (resolve = r)) }));
    expect(store.getState().appInfo).toEqual({ status: 'idle' });
    const loading = store.getState().loadAppInfo();
    expect(store.getState().appInfo).toEqual({ status: 'loading' });
    resolve({ ok: true, value: info });
    await loading;
    expect(store.getState().appInfo).toEqual({ status: 'loaded', info });
  });

  it('keeps the error code and message of a failed Result', async () => {
    const store = createAppStore(
      fakeDesktop({ 'app:get-info': async () => ({ ok: false, code: 'internal', message: 'Something went wrong.' }) }),
    );
    await store.getState().loadAppInfo();
    expect(store.getState().appInfo).toEqual({ status: 'failed', code: 'internal', message: 'Something went wrong.' });
  });

  it('does not send a second request while one is in flight', async () => {
    const desktop = fakeDesktop({ 'app:get-info': async () => ({ ok: true, value: info }) });
    const store = createAppStore(desktop);
    await Promise.all([store.getState().loadAppInfo(), store.getState().loadAppInfo()]);
    expect(desktop.calls).toEqual(['app:get-info']);
  });
});

describe('createAppStore connect', () => {
  // The transports send these as the window opens (main/preload/early-answers.ts); a request the
  // store asks first but the list lacks would wait for the page's scripts, one the list has but the
  // store never asks would be read for nothing.
  it('asks exactly the opening requests, without input, in their order', () => {
    const desktop = fakeDesktop();
    createAppStore(desktop).getState().connect();
    expect(desktop.requests).toEqual(openingRequests.map((channel) => ({ channel, input: undefined })));
  });
});

describe('createAppStore whenLoaded', () => {
  it('settles once every first load has answered, and at once when not connected', async () => {
    let answerPortals: (result: Result<unknown>) => void = () => {};
    const desktop = fakeDesktop({ 'portal:get-snapshots': () => new Promise((resolve) => (answerPortals = resolve)) });
    const store = createAppStore(desktop);
    await store.getState().whenLoaded();
    store.getState().connect();
    let settled = false;
    void store.getState().whenLoaded().then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(settled).toBe(false);
    answerPortals({ ok: true, value: [] });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(settled).toBe(true);
  });

  it('settles at once again after the last holder lets go', async () => {
    const desktop = fakeDesktop({ 'portal:get-snapshots': () => new Promise(() => {}) });
    const store = createAppStore(desktop);
    const release = store.getState().connect();
    release();
    let settled = false;
    void store.getState().whenLoaded().then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(settled).toBe(true);
  });
});
