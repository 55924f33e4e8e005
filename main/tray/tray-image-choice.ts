// Which file of an icon state each platform's tray shows: macOS the template image (with its @2x
// representation), Windows the .ico (it holds every size), Linux the PNG with its @2x. Pure.
import type { TrayIconFiles } from './tray-icon-files';

export interface TrayImageChoice {
  readonly path: string;
  /** A second representation at scale factor 2, when the format does not carry its own sizes. */
  readonly path2x?: string;
  /** macOS: tinted by the system for a light or dark menu bar. */
  readonly template: boolean;
}

export function trayImageChoice(platform: NodeJS.Platform, files: TrayIconFiles): TrayImageChoice {
  if (platform === 'darwin') return { path: files.macTemplate, path2x: files.macTemplate2x, template: true };
  if (platform === 'win32') return { path: files.windows, template: false };
  return { path: files.linux, path2x: files.linux2x, template: false };
}
