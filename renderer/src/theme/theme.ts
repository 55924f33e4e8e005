// The page's colours: the OS's light or dark (prefers-color-scheme) unless the user picked one in
// the settings (shell.theme). The choice lands on <html data-theme="light|dark">, which styles.css
// reads; "system" follows the OS as it changes.
import { useEffect } from 'react';
import type { AppSettings } from '../../../app/model/app-settings';

export type ThemeSetting = AppSettings['shell']['theme'];
export type EffectiveTheme = 'light' | 'dark';

export function effectiveTheme(setting: ThemeSetting, systemPrefersDark: boolean): EffectiveTheme {
  if (setting === 'system') return systemPrefersDark ? 'dark' : 'light';
  return setting;
}

const darkQuery = '(prefers-color-scheme: dark)';

/** Keeps <html data-theme> on the effective theme for as long as the component is mounted. */
export function useTheme(setting: ThemeSetting, root: HTMLElement = document.documentElement): void {
  useEffect(() => {
    const media = typeof window.matchMedia === 'function' ? window.matchMedia(darkQuery) : undefined;
    const apply = () => {
      root.dataset.theme = effectiveTheme(setting, media?.matches ?? false);
    };
    apply();
    if (setting !== 'system' || !media) return undefined;
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [setting, root]);
}
