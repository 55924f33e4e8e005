import { describe, expect, it } from 'vitest';
import { InstanceCatalog } from '../instances/instance-catalog';
import { createEventHub } from '../ipc/event-hub';
import type { CoreContext } from '../core-context';
import type { Instance } from '../model/instance';
import { maxFavourites, type Preferences, type RoleKey } from '../model/preferences';
import { InMemorySettingsStore } from '../settings/in-memory-settings-store';
import { LiveSettings } from '../settings/live-settings';
import { currentSettingsVersion, type Settings } from '../settings/settings-schema';
import { FakeClock } from '../testing/fake-clock';
import { preferencesArea } from '.';
import { PreferencesService } from './preferences-service';

const main: Instance = { id: 'i-main', startUrl: 'https://d-1234567890.awsapps.com/start', region: 'eu-west-1', partition: 'aws', displayName: 'Main', signInMethod: 'browser' };
const china: Instance = { id: 'i-china', startUrl: 'https://start.home.awsapps.cn/directory/d-9000000001', region: 'cn-north-1', partition: 'aws-cn', displayName: 'China', signInMethod: 'browser' };

const role = (roleName: string, accountId = '111122223333', instanceId = main.id): RoleKey => ({ instanceId, accountId, roleName });

/** A settings store with both instances, the live settings over it, and the service (a "run" of the app). */
function start(store = new InMemorySettingsStore({ version: currentSettingsVersion, instances: [main, china] }), clock = new FakeClock()) {
  const settings = new LiveSettings(store.current, store);
  const service = new PreferencesService(settings, clock);
  const changes: Preferences[] = [];
  service.onDidChange((preferences) => changes.push(preferences));
  return { store, settings, service, clock, changes };
}

describe('PreferencesService: favourites', () => {
  it('pins and unpins, idempotently and without duplicates, and saves each change', async () => {
    const { store, service, changes } = start();
    await service.setFavourite(role('Admin'), true);
    await service.setFavourite(role('Admin'), true);
    await service.setFavourite(role('ReadOnly'), true);
    expect(service.get().favourites).toEqual([role('Admin'), role('ReadOnly')]);
    expect(store.current.preferences?.favourites).toEqual([role('Admin'), role('ReadOnly')]);
    // Pinning what is pinned changes nothing, so nothing is announced.
    expect(changes).toHaveLength(2);

    await service.setFavourite(role('Admin'), false);
    await service.setFavourite(role('Admin'), false);
    expect(store.current.preferences?.favourites).toEqual([role('ReadOnly')]);
    expect(changes).toHaveLength(3);
    expect(changes.at(-1)).toEqual(service.get());
  });

  it('keeps only the key (a contract input carries `favourite` as well)', async () => {
    const { store, service } = start();
    await service.setFavourite({ ...role('Admin'), favourite: true } as RoleKey, true);
    expect(store.current.preferences?.favourites).toEqual([role('Admin')]);
  });

  it('survive a restart: a new service over the same settings store', async () => {
    const first = start();
    await first.service.setFavourite(role('Admin'), true);
    await first.service.setAccount(main.id, '111122223333', { alias: 'prod', colour: 'red', defaultRegion: 'eu-west-1' });
    first.service.dispose();

    const second = start(first.store);
    expect(second.service.get()).toEqual({ favourites: [role('Admin')], recent: [], accounts: { 'i-main/111122223333': { alias: 'prod', colour: 'red', defaultRegion: 'eu-west-1' } } });
  });

  it(`refuses favourite number ${maxFavourites + 1} with a plain message, and keeps the ${maxFavourites}`, async () => {
    const favourites = Array.from({ length: maxFavourites }, (_, index) => role(`Role${index}`));
    const store = new InMemorySettingsStore({ version: currentSettingsVersion, instances: [main], preferences: { favourites, recent: [], accounts: {} } });
    const { service } = start(store);
    await expect(service.setFavourite(role('OneTooMany'), true)).rejects.toMatchObject({
      code: 'invalid-input',
      message: 'You can have at most 500 favourite roles. Remove one from your favourites before adding another.',
    });
    expect(store.current.preferences?.favourites).toHaveLength(maxFavourites);
    // Pinning one that is already there is still fine, and unpinning makes room.
    await service.setFavourite(role('Role7'), true);
    await service.setFavourite(role('Role7'), false);
    await service.setFavourite(role('OneTooMany'), true);
    expect(store.current.preferences?.favourites.at(-1)).toEqual(role('OneTooMany'));
  });

  it('refuses a role of an instance that is not in the list', async () => {
    const { store, service } = start();
    await expect(service.setFavourite(role('Admin', '111122223333', 'i-gone'), true)).rejects.toMatchObject({ code: 'not-found' });
    expect(store.current.preferences).toBeUndefined();
  });

  it('refuses a malformed key', async () => {
    const { service } = start();
    await expect(service.setFavourite(role('Admin', '1234'), true)).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('concurrent calls do not lose each other (LiveSettings applies each to the newest settings)', async () => {
    const { store, service, changes } = start();
    const names = Array.from({ length: 25 }, (_, index) => `Role${index}`);
    await Promise.all([
      ...names.map((name) => service.setFavourite(role(name), true)),
      service.setAccount(main.id, '111122223333', { colour: 'blue' }),
      service.recordUse(role('Role3')),
    ]);
    expect(store.current.preferences?.favourites).toEqual(names.map((name) => role(name)));
    expect(store.current.preferences?.accounts).toEqual({ 'i-main/111122223333': { colour: 'blue' } });
    expect(store.current.preferences?.recent).toHaveLength(1);
    expect(changes).toHaveLength(27);
    expect(changes.at(-1)).toEqual(store.current.preferences);

    await Promise.all(names.map((name, index) => service.setFavourite(role(name), index % 2 === 0)));
    expect(store.current.preferences?.favourites).toEqual(names.filter((_, index) => index % 2 === 0).map((name) => role(name)));
  });
});

describe('PreferencesService: recent roles', () => {
  it('keeps the 10 newest, newest first, each stamped with the clock', async () => {
    const { store, service, clock } = start();
    for (let index = 0; index < 12; index += 1) {
      await service.recordUse(role(`Role${index}`));
      await clock.advance(60_000);
    }
    const recent = store.current.preferences?.recent ?? [];
    expect(recent.map((entry) => entry.roleName)).toEqual(['Role11', 'Role10', 'Role9', 'Role8', 'Role7', 'Role6', 'Role5', 'Role4', 'Role3', 'Role2']);
    const start0 = Date.parse('2026-11-22T08:00:00Z');
    expect(recent[0]?.usedAt).toBe(start0 + 11 * 60_000);
    expect(recent[9]?.usedAt).toBe(start0 + 2 * 60_000);
  });

  it('moves a role used again to the front with the new time, once', async () => {
    const { service, clock } = start();
    await service.recordUse(role('A'));
    await service.recordUse(role('B'));
    await clock.advance(5_000);
    await service.recordUse(role('A'));
    expect(service.get().recent).toEqual([
      { ...role('A'), usedAt: clock.now() },
      { ...role('B'), usedAt: clock.now() - 5_000 },
    ]);
  });

  it('does not record a role of an instance that is not in the list', async () => {
    const { service, changes } = start();
    await service.recordUse(role('Admin', '111122223333', 'i-gone'));
    expect(service.get().recent).toEqual([]);
    expect(changes).toEqual([]);
  });
});

describe('PreferencesService: accounts', () => {
  it('sets, replaces (a field left out is cleared) and clears with an empty object', async () => {
    const { store, service } = start();
    await service.setAccount(main.id, '111122223333', { alias: 'prod', colour: 'red', defaultRegion: 'eu-central-1' });
    await service.setAccount(main.id, '444455556666', { colour: 'green' });
    await service.setAccount(main.id, '111122223333', { alias: 'production' });
    expect(store.current.preferences?.accounts).toEqual({ 'i-main/111122223333': { alias: 'production' }, 'i-main/444455556666': { colour: 'green' } });
    await service.setAccount(main.id, '111122223333', {});
    expect(store.current.preferences?.accounts).toEqual({ 'i-main/444455556666': { colour: 'green' } });
  });

  it.each([
    ['a region of another partition', main.id, 'cn-north-1', '"cn-north-1" is not a region of AWS, where Main is. Choose one of its regions as the default.'],
    ['an unknown region', main.id, 'moon-1', '"moon-1" is not a region of AWS, where Main is. Choose one of its regions as the default.'],
    ['a commercial region in China', china.id, 'us-east-1', '"us-east-1" is not a region of AWS China, where China is. Choose one of its regions as the default.'],
  ])('refuses %s as the default region', async (_name, instanceId, defaultRegion, message) => {
    const { store, service } = start();
    await expect(service.setAccount(instanceId, '111122223333', { colour: 'red', defaultRegion })).rejects.toMatchObject({ code: 'invalid-input', message });
    expect(store.current.preferences).toBeUndefined();
  });

  it('accepts a region of the instance partition', async () => {
    const { service } = start();
    await service.setAccount(china.id, '111122223333', { defaultRegion: 'cn-northwest-1' });
    expect(service.get().accounts).toEqual({ 'i-china/111122223333': { defaultRegion: 'cn-northwest-1' } });
  });

  it.each([
    ['a right-to-left override', 'prod\u202Egnp.exe', 'prodgnp.exe'],
    ['isolates and marks', '\u2066prod\u2069\u200F', 'prod'],
    ['a line break, a tab and NUL', ' prod\n\tEU\u0000 ', 'prod EU'],
    ['an over-long alias', 'x'.repeat(300), `${'x'.repeat(99)}…`],
  ])('cleans an alias with %s', async (_name, alias, expected) => {
    const { service } = start();
    await service.setAccount(main.id, '111122223333', { alias, colour: 'teal' });
    expect(service.get().accounts['i-main/111122223333']).toEqual({ alias: expected, colour: 'teal' });
  });

  it('treats an alias with nothing left after cleaning as cleared', async () => {
    const { service } = start();
    await service.setAccount(main.id, '111122223333', { alias: 'prod' });
    await service.setAccount(main.id, '111122223333', { alias: '\u202E\u0000' });
    expect(service.get().accounts).toEqual({});
  });

  it('refuses preferences for an instance that is not in the list', async () => {
    const { service } = start();
    await expect(service.setAccount('i-gone', '111122223333', { alias: 'x' })).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('preferencesArea', () => {
  it('removes the favourites, recent entries and account preferences of an instance removed from the catalog', async () => {
    const store = new InMemorySettingsStore({ version: currentSettingsVersion, instances: [main, china] });
    const settings = new LiveSettings(store.current, store);
    const catalog = new InstanceCatalog(settings);
    const events = createEventHub();
    const emitted: unknown[] = [];
    events.subscribeAll((event, payload) => emitted.push({ event, payload }));
    const context = { settings, clock: new FakeClock(), events, logger: { info() {}, warn() {}, error() {} } } as unknown as CoreContext;
    const area = preferencesArea.start(context, { catalog });
    const { preferences } = area;

    await preferences.setFavourite(role('Admin'), true);
    await preferences.setFavourite(role('Admin', '111122223333', china.id), true);
    await preferences.recordUse(role('Admin'));
    await preferences.recordUse(role('Dev', '111122223333', china.id));
    await preferences.setAccount(main.id, '111122223333', { alias: 'prod' });
    await preferences.setAccount(china.id, '111122223333', { alias: 'cn prod' });

    await catalog.remove(main.id);
    await settings.update((current) => current); // waits for the removal queued behind it
    const expected: Preferences = {
      favourites: [role('Admin', '111122223333', china.id)],
      recent: [{ ...role('Dev', '111122223333', china.id), usedAt: Date.parse('2026-11-22T08:00:00Z') }],
      accounts: { 'i-china/111122223333': { alias: 'cn prod' } },
    };
    expect(store.current.preferences).toEqual(expected);
    expect(emitted.at(-1)).toEqual({ event: 'preferences-changed', payload: expected });
    // A favourite for the removed instance cannot come back by a late call either.
    await expect(preferences.setFavourite(role('Admin'), true)).rejects.toMatchObject({ code: 'not-found' });
    area.dispose();
  });

  it('leaves the preferences of an instance that was never in the list as they are (one left out on load)', async () => {
    const skipped = role('Admin', '111122223333', 'i-skipped');
    const initial: Settings = { version: currentSettingsVersion, instances: [main, china], preferences: { favourites: [skipped], recent: [], accounts: {} } };
    const store = new InMemorySettingsStore(initial);
    const settings = new LiveSettings(store.current, store);
    const catalog = new InstanceCatalog(settings);
    const context = { settings, clock: new FakeClock(), events: createEventHub(), logger: { info() {}, warn() {}, error() {} } } as unknown as CoreContext;
    const area = preferencesArea.start(context, { catalog });
    await catalog.remove(china.id);
    await settings.update((current) => current);
    expect(store.current.preferences?.favourites).toEqual([skipped]);
    area.dispose();
  });
});
