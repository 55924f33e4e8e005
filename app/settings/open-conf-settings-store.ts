// For Node hosts (the dev web host, tests): a ConfSettingsStore on a plain Conf file. Electron's
// main process builds an electron-store with `confSettingsOptions` and passes it to the adapter.
import Conf from 'conf';
import type { Clock } from '../ports/clock';
import { ConfSettingsStore, confSettingsOptions } from './conf-settings-store';

export interface ConfFileLocation {
  /** The folder (e.g. Electron's userData). */
  readonly cwd: string;
  /** The file name without `.json`; default `settings`. */
  readonly configName?: string;
}

export function openConfSettingsStore(location: ConfFileLocation, clock: Clock): ConfSettingsStore {
  const conf = new Conf<Record<string, unknown>>({
    cwd: location.cwd,
    configName: location.configName ?? 'settings',
    projectName: 'sso-tray',
    ...confSettingsOptions,
  });
  return new ConfSettingsStore(conf, clock);
}
