import { describe, expect, it } from 'vitest';
import { Settings, currentSettingsVersion } from './settings-schema';

describe('Settings schema: portal preferences', () => {
  it('loads a file from before the portal preferences unchanged', () => {
    expect(Settings.parse({ version: currentSettingsVersion, instances: [] })).toEqual({ version: currentSettingsVersion, instances: [] });
  });

  it('defaults the refresh interval to an hour when the section is there without it', () => {
    expect(Settings.parse({ version: currentSettingsVersion, instances: [], portal: {} }).portal).toEqual({ refreshIntervalMinutes: 60 });
  });

  it.each([4, 24 * 60 + 1, 1.5, '60'])('refuses a refresh interval of %o', (refreshIntervalMinutes) => {
    expect(Settings.safeParse({ version: currentSettingsVersion, instances: [], portal: { refreshIntervalMinutes } }).success).toBe(false);
  });
});

describe('Settings schema: the preferences section', () => {
  const base = { version: currentSettingsVersion, instances: [] };
  const admin = { instanceId: 'i-1', accountId: '111122223333', roleName: 'Admin' };

  it('is optional: a file from before it loads unchanged', () => {
    const parsed = Settings.parse(base);
    expect(parsed).toEqual(base);
    expect('preferences' in parsed).toBe(false);
  });

  it('reads back what the app writes as it is', () => {
    const preferences = {
      favourites: [admin, { ...admin, roleName: 'ReadOnly' }],
      recent: [{ ...admin, usedAt: 1_790_000_000_000 }],
      accounts: { 'i-1/111122223333': { alias: 'prod', colour: 'red', defaultRegion: 'eu-west-1' }, 'i-1/444455556666': { colour: 'grey' } },
    };
    expect(Settings.parse({ ...base, preferences }).preferences).toEqual(preferences);
  });

  it('leaves out what does not fit instead of refusing the file (the user keeps their instances)', () => {
    const preferences = {
      favourites: [admin, admin, { ...admin, accountId: '12' }, 'Admin', { ...admin, roleName: 'Dev', note: 'from a newer version' }],
      recent: [{ ...admin, usedAt: 'yesterday' }, { ...admin, usedAt: 5 }],
      accounts: {
        'i-1/111122223333': { alias: 'x'.repeat(300), colour: 'ultraviolet', defaultRegion: 'moon-1' },
        'i-1/444455556666': { alias: 'prod\u202Egnp.exe', colour: 'green', defaultRegion: 'us-gov-west-1' },
        'i-1/777788889999': { alias: ' \u0000 ' },
        'not a key': { colour: 'red' },
      },
    };
    // As JSON.parse reads a file: `__proto__` an own key, not the prototype.
    const text = JSON.stringify(preferences).replace('"not a key"', '"__proto__":{"colour":"red"},"not a key"');
    const parsed = Settings.safeParse({ ...base, preferences: JSON.parse(text) as unknown });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.preferences).toEqual({
      favourites: [admin, { ...admin, roleName: 'Dev' }],
      recent: [{ ...admin, usedAt: 5 }],
      accounts: {
        'i-1/111122223333': { alias: `${'x'.repeat(99)}…` },
        'i-1/444455556666': { alias: 'prodgnp.exe', colour: 'green', defaultRegion: 'us-gov-west-1' },
      },
    });
    expect(Object.getPrototypeOf(parsed.data?.preferences?.accounts)).toBe(Object.prototype);
  });

  it('cuts the lists to their limits, keeping the first', () => {
    const favourites = Array.from({ length: 600 }, (_, index) => ({ ...admin, roleName: `Role${index}` }));
    const recent = Array.from({ length: 15 }, (_, index) => ({ ...admin, roleName: `Role${index}`, usedAt: 100 - index }));
    const parsed = Settings.parse({ ...base, preferences: { favourites, recent, accounts: {} } }).preferences;
    expect(parsed?.favourites).toEqual(favourites.slice(0, 500));
    expect(parsed?.recent).toEqual(recent.slice(0, 10));
  });

  it.each([null, 'favourites', [], 42])('reads a section of %o as empty', (preferences) => {
    expect(Settings.parse({ ...base, preferences }).preferences).toEqual({ favourites: [], recent: [], accounts: {} });
  });
});
