// The desktop shell's small decisions, from the settings: the Dock icon (macOS), launch at login
// and the theme. Pure; main/shell/apply-shell-settings.ts hands them to Electron.
import type { AppSettings } from '../../app/model/app-settings';

/** macOS: a Dock icon while a window the user works in is open, or always when the setting says so. */
export function dockIconVisible(settings: AppSettings['shell'], openWindows: number): boolean {
  return settings.alwaysShowDockIcon || openWindows > 0;
}

/** The switch the login item starts the app with (Windows passes `args`), so it opens to the tray. */
export const hiddenSwitch = '--hidden';

/** app.setLoginItemSettings: started at login without a window, to the tray. */
export function loginItemSettings(settings: AppSettings['shell']): { openAtLogin: boolean; args: string[] } {
  return { openAtLogin: settings.launchAtLogin, args: settings.launchAtLogin ? [hiddenSwitch] : [] };
}

/** nativeTheme.themeSource: 'system' follows the OS, and the pages' prefers-color-scheme follows it. */
export function themeSource(settings: AppSettings['shell']): 'system' | 'light' | 'dark' {
  return settings.theme;
}

/** Started by the login item (macOS says so; Windows passes the switch): stay in the tray, open no window. */
export function launchedHidden(argv: readonly string[], openedAtLogin: boolean): boolean {
  return openedAtLogin || argv.includes(hiddenSwitch);
}
