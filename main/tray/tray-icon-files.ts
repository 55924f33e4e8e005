// The file names of each tray icon state in assets/ (drawn by assets/generate-icons.mjs): macOS
// template images (the name ends in "Template", so macOS tints them for the menu bar, plus @2x),
// Linux PNGs at 1x and 2x, and one Windows .ico holding every size the shell asks for. Pure.
import type { TrayIconState } from './tray-icon-state';

export interface TrayIconFiles {
  readonly macTemplate: string;
  readonly macTemplate2x: string;
  readonly linux: string;
  readonly linux2x: string;
  readonly windows: string;
}

export function trayIconFiles(state: TrayIconState): TrayIconFiles {
  return {
    macTemplate: `tray-${state}Template.png`,
    macTemplate2x: `tray-${state}Template@2x.png`,
    linux: `tray-${state}.png`,
    linux2x: `tray-${state}@2x.png`,
    windows: `tray-${state}.ico`,
  };
}

/** The sizes inside each .ico: Windows' tray at 100 % to 300 % display scaling. */
export const windowsIconSizes = [16, 20, 24, 32, 40, 48] as const;
