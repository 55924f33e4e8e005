// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../app/ipc/result';
import { fakeDesktop } from '../testing/fake-desktop';
import { ok, preferencesWith } from '../testing/sample-portal';
import { createAppStore } from './app-store';
import { accountPreferencesKey, favouriteKey, withFavourite } from './preferences-slice';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const role = { instanceId: 'a', accountId: '111111111111', roleName: 'ReadOnlyAccess' };
const other = { instanceId: 'a', accountId: '222222222222', roleName: 'AdministratorAccess' };

describe('preferences in the store', () => {
  it('connect() reads them, and preferences-changed replaces them', async () => {
    const desktop = fakeDesktop({ 'preferences:get': () => ok(preferencesWith({ favourites: [role] })) });
    const store = createAppStore(desktop);
    store.getState().connect();
    await settle();
    expect(store.getState().preferences).toEqual({ status: 'loaded', value: preferencesWith({ favourites: [role] }) });
    desktop.emit('preferences-changed', preferencesWith({ accounts: { 'a/111111111111': { alias: 'Pay' } } }));
    expect(store.getState().preferences).toEqual({ status: 'loaded', value: preferencesWith({ accounts: { 'a/111111111111': { alias: 'Pay' } } }) });
  });

  it('a favourite shows at once and is sent to main', async () => {
    const desktop = fakeDesktop({ 'preferences:get': () => ok(preferencesWith({ favourites: [other] })), 'preferences:set-favourite': () => new Promise(() => {}) });
    const store = createAppStore(desktop);
    await store.getState().loadPreferences();
    void store.getState().setFavourite(role, true);
    expect(store.getState().preferences).toMatchObject({ value: { favourites: [other, role] } });
    expect(desktop.requests.at(-1)).toEqual({ channel: 'preferences:set-favourite', input: { ...role, favourite: true } });
    void store.getState().setFavourite(other, false);
    expect(store.getState().preferences).toMatchObject({ value: { favourites: [role] } });
  });

  it('a refused favourite is put back from main, and its error kept', async () => {
    let stored = preferencesWith();
    const desktop = fakeDesktop({
      'preferences:get': () => ok(stored),
      'preferences:set-favourite': async (): Promise<Result<void>> => ({ ok: false, code: 'settings-unwritable', message: 'Cannot save.' }),
    });
    const store = createAppStore(desktop);
    await store.getState().loadPreferences();
    stored = preferencesWith();
    await store.getState().setFavourite(role, true);
    expect(store.getState().preferences).toEqual({ status: 'loaded', value: preferencesWith() });
    expect(store.getState().errors[favouriteKey(role)]).toMatchObject({ code: 'settings-unwritable' });
  });

  it('sends an account’s alias, colour and default region, and says whether it was saved', async () => {
    const desktop = fakeDesktop({ 'preferences:set-account': async () => ({ ok: true, value: undefined }) });
    const store = createAppStore(desktop);
    expect(await store.getState().setAccountPreferences('a', '111111111111', { alias: 'Payments', colour: 'red', defaultRegion: 'eu-west-1' })).toBe(true);
    expect(desktop.requests).toEqual([
      { channel: 'preferences:set-account', input: { instanceId: 'a', accountId: '111111111111', preferences: { alias: 'Payments', colour: 'red', defaultRegion: 'eu-west-1' } } },
    ]);
    expect(accountPreferencesKey('a', '111111111111').endsWith('#a')).toBe(false);
  });

  it('withFavourite adds at the end once and removes', () => {
    expect(withFavourite([role], role, true)).toEqual([role]);
    expect(withFavourite([role], other, true)).toEqual([role, other]);
    expect(withFavourite([role, other], role, false)).toEqual([other]);
  });
});
