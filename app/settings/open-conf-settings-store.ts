// For Node hosts (the dev web host, tests): a ConfSettingsStore on a plain Conf file. Electron's
// main process passes a function that builds an electron-store with `confSettingsOptions`.
import { resolve } from 'node:path';
import Conf from 'conf';
import type { Clock } from '../ports/clock';
import { ConfSettingsStore, confSettingsOptions } from './conf-settings-store';

export interface ConfFileLocation {
  /** The folder (e.g. Electron's userData). */
  readonly cwd: string;
  /** The file name without `.json`; default `settings`. */
  readonly configName?: string;
}

/** Never throws: Conf is built (and the file first read) in load(), which reports a failure. */
export function openConfSettingsStore(location: ConfFileLocation, clock: Clock): ConfSettingsStore {
  const configName = location.configName ?? 'settings';
  const open = () => new Conf<Record<string, unknown>>({ cwd: location.cwd, configName, projectName: 'sso-tray', ...confSettingsOptions });
  // Where Conf puts the file (its constructor resolves the same path).
  return new ConfSettingsStore(open, clock, undefined, resolve(location.cwd, `${configName}.json`));
}
