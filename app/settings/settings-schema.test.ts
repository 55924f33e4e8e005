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
