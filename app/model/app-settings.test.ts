import { describe, expect, it } from 'vitest';
import { applyAppSettingsPatch, defaultAppSettings, readStoredAppSettings, scopedValue } from './app-settings';

describe('app settings', () => {
  it('has a default for every field', () => {
    const defaults = defaultAppSettings();
    expect(defaults.console.openIn).toBe('app-window');
    expect(defaults.credentials.quickCopyFormat).toBe('bash');
    expect(defaults.profiles.nameTemplate).toBe('{account_name}.{role_name}');
    expect(defaults.tokenCache).toEqual({});
    expect(defaults.shell.globalShortcut).toBe('CommandOrControl+Shift+A');
    expect(defaults.notifications.expired).toBe(true);
  });

  it('reads a hand-edited file field by field: a bad value costs only that field', () => {
    const read = readStoredAppSettings({
      console: { openIn: 'teleport', logOutFirst: true },
      shell: { theme: 'dark', globalShortcut: '' },
      notifications: 'yes',
      tokenCache: { 'instance-1': true },
    });
    expect(read.console.openIn).toBe('app-window');
    expect(read.console.logOutFirst).toBe(true);
    expect(read.shell.theme).toBe('dark');
    expect(read.shell.globalShortcut).toBe('CommandOrControl+Shift+A');
    expect(read.notifications).toEqual(defaultAppSettings().notifications);
    expect(read.tokenCache).toEqual({ 'instance-1': true });
    expect(readStoredAppSettings('garbage')).toEqual(defaultAppSettings());
  });

  it('refuses a console session outside 900 s to 12 h', () => {
    const current = defaultAppSettings();
    expect(() => applyAppSettingsPatch(current, { console: { sessionSeconds: { 'instance-1': 899 } } })).toThrow();
    expect(applyAppSettingsPatch(current, { console: { sessionSeconds: { 'instance-1': 3600 } } }).console.sessionSeconds).toEqual({ 'instance-1': 3600 });
  });

  it('merges a patch over its group and leaves the other groups alone', () => {
    const current = applyAppSettingsPatch(defaultAppSettings(), { tokenCache: { a: true } });
    const next = applyAppSettingsPatch(current, { shell: { theme: 'light' }, tokenCache: { b: false } });
    expect(next.shell.theme).toBe('light');
    expect(next.shell.globalShortcut).toBe('CommandOrControl+Shift+A');
    expect(next.tokenCache).toEqual({ a: true, b: false });
  });

  it('reads a scoped value from the most specific scope', () => {
    const values = { i: 1, 'i/111111111111': 2, 'i/111111111111/Admin': 3 };
    expect(scopedValue(values, { instanceId: 'i', accountId: '111111111111', roleName: 'Admin' })).toBe(3);
    expect(scopedValue(values, { instanceId: 'i', accountId: '111111111111', roleName: 'Read' })).toBe(2);
    expect(scopedValue(values, { instanceId: 'i', accountId: '222222222222', roleName: 'Read' })).toBe(1);
    expect(scopedValue(values, { instanceId: 'j', accountId: '222222222222', roleName: 'Read' })).toBeUndefined();
  });
});
