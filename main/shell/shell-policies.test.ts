import { describe, expect, it } from 'vitest';
import { defaultAppSettings } from '../../app/model/app-settings';
import { dockIconVisible, launchedHidden, loginItemSettings, themeSource } from './shell-policies';

const shell = defaultAppSettings().shell;

describe('shell policies', () => {
  it.each<[boolean, number, boolean]>([
    [false, 0, false],
    [false, 1, true],
    [true, 0, true],
  ])('Dock icon with alwaysShowDockIcon=%s and %i open windows: %s', (always, open, visible) => {
    expect(dockIconVisible({ ...shell, alwaysShowDockIcon: always }, open)).toBe(visible);
  });

  it('launch at login: on starts hidden to the tray, off removes the login item', () => {
    expect(loginItemSettings({ ...shell, launchAtLogin: true })).toEqual({ openAtLogin: true, args: ['--hidden'] });
    expect(loginItemSettings(shell)).toEqual({ openAtLogin: false, args: [] });
  });

  it('a login start opens no window; a normal start does', () => {
    expect(launchedHidden(['/app', '--hidden'], false)).toBe(true);
    expect(launchedHidden(['/app'], true)).toBe(true);
    expect(launchedHidden(['/app'], false)).toBe(false);
  });

  it.each(['system', 'light', 'dark'] as const)('theme %s is the native theme source', (theme) => {
    expect(themeSource({ ...shell, theme })).toBe(theme);
  });
});
