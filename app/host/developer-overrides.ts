// The SSO_TRAY_* variables that change where secrets go: the AWS endpoint (every token travels
// there) and the user-data folder (settings, the single-instance lock). They are for a checkout:
// demos, e2e tests, the emulator. A packaged app ignores them, so no environment variable can hand
// a user's tokens to another server or swap the profile under a release build. Every host (main,
// the CLI, the web host) reads them through this one function.
import { awsEndpointVariable, readAwsEndpoint } from './aws-endpoint';

export const userDataDirVariable = 'SSO_TRAY_USER_DATA_DIR';

export interface DeveloperOverrides {
  /** One origin for OIDC, the portal and federation (the emulator). */
  readonly awsEndpoint?: string;
  /** The folder for settings and the single-instance lock. */
  readonly userDataDir?: string;
  /** Variables that were set but ignored because the app is packaged (for one log line). */
  readonly ignored: readonly string[];
}

export interface OverrideContext {
  /** Electron's app.isPackaged; a CLI inside the packaged app passes true as well. */
  readonly packaged: boolean;
}

export function readDeveloperOverrides(env: Readonly<Record<string, string | undefined>>, context: OverrideContext): DeveloperOverrides {
  const set = [awsEndpointVariable, userDataDirVariable].filter((name) => (env[name]?.trim() ?? '') !== '');
  if (context.packaged) return { ignored: set };
  const awsEndpoint = readAwsEndpoint(env);
  const userDataDir = env[userDataDirVariable]?.trim();
  return { ...(awsEndpoint ? { awsEndpoint } : {}), ...(userDataDir ? { userDataDir } : {}), ignored: [] };
}
