// The options every command takes (--user-data, --keychain-service, --help) and where the CLI
// finds the desktop app's settings folder when none is given: Electron's userData for the app's
// productName, so the CLI and the app share one folder and one set of keychain entries.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { readDeveloperOverrides } from '../host/developer-overrides';
import { defaultKeychainService } from '../secrets/keychain-service-name';

export const productName = 'SSO Tray';

/** parseArgs options shared by every command. */
export const globalOptions = {
  'user-data': { type: 'string' },
  'keychain-service': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const globalUsage = `Options for every command:
  --user-data DIR          the settings folder (default: the app's own)
  --keychain-service NAME  the keychain service for secrets (default: ${defaultKeychainService})
  -h, --help               this help`;

/** Electron's app.getPath('userData') for this productName, per platform. */
export function defaultUserDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', productName);
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), productName);
  return join(env.XDG_CONFIG_HOME?.trim() || join(home, '.config'), productName);
}

export interface Location {
  readonly userDataDir: string;
  readonly keychainService: string;
  readonly awsEndpoint: string | undefined;
}

/** --user-data first, then SSO_TRAY_USER_DATA_DIR (a checkout only), then the app's default. */
export function resolveLocation(
  values: { readonly 'user-data'?: string | undefined; readonly 'keychain-service'?: string | undefined },
  env: NodeJS.ProcessEnv,
  packaged: boolean,
  fallbackUserDataDir: string = defaultUserDataDir(),
): Location {
  const overrides = readDeveloperOverrides(env, { packaged });
  return {
    userDataDir: values['user-data'] ?? overrides.userDataDir ?? fallbackUserDataDir,
    keychainService: values['keychain-service'] ?? defaultKeychainService,
    awsEndpoint: overrides.awsEndpoint,
  };
}
