// How every Electron spec starts the built app: the one place that knows the launch arguments.
import { resolve } from 'node:path';
import { _electron as electron, type ElectronApplication } from '@playwright/test';

/** The repository root: Electron is given the folder and reads package.json (name, version, "main"). */
export const repositoryRoot = resolve(__dirname, '../..');

/**
 * Starts the built app with its data in `userData` (a fresh folder per test: no settings, no
 * single-instance lock shared with a running copy) and the built renderer, never a dev server.
 * `env` adds variables such as SSO_TRAY_AWS_ENDPOINT.
 */
export function launchBuiltApp(binaryPath: string, userData: string, env: Readonly<Record<string, string>> = {}): Promise<ElectronApplication> {
  return electron.launch({
    executablePath: binaryPath,
    // Chromium refuses to start as root (CI containers) without --no-sandbox.
    args: [repositoryRoot, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    cwd: repositoryRoot,
    env: { ...process.env, ...env, SSO_TRAY_USER_DATA_DIR: userData, ELECTRON_RENDERER_URL: '' },
  });
}
