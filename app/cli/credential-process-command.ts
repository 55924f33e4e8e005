// The command line a generated `credential_process` profile runs: this CLI, started the fastest
// way the install allows, with the settings folder and keychain service of the app that wrote the
// profile (so a demo's or a test's profiles never reach the real entries). The config sync appends
// `--profile NAME` (or `--account ID --role ROLE --instance URL`) and quotes it with
// quoteCommandLine for ~/.aws/config.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface CredentialProcessCommandOptions {
  /** The settings folder; absent means the app's default one. */
  readonly userDataDir?: string;
  /** The keychain service; absent means the app's own (`sso-tray`). */
  readonly keychainService?: string;
  /**
   * How this CLI is started, as absolute argv. Main passes its own in the packaged app
   * (`[process.execPath, '--cli']`); the default is the checkout's launcher (cliLauncher()).
   */
  readonly launcher?: readonly string[];
}

/** Absolute argv of `credential-process` with the options every generated profile carries. */
export function credentialProcessCommand(options: CredentialProcessCommandOptions = {}): string[] {
  return [
    ...(options.launcher ?? cliLauncher()),
    'credential-process',
    ...(options.userDataDir ? ['--user-data', options.userDataDir] : []),
    ...(options.keychainService ? ['--keychain-service', options.keychainService] : []),
  ];
}

/** Where the checkout's bundle goes (`npm run build:cli`): one file plain node starts quickly. */
export function cliBundlePath(root: string): string {
  return join(root, 'out', 'cli', 'sso-tray-cli.mjs');
}

/**
 * How to start this CLI from here. Inside Electron: the app binary in CLI mode (works with the
 * RunAsNode fuse off; a development Electron needs the app folder as well). In plain node: the
 * bundle when it was built (much faster to start), else the TypeScript entry through tsx.
 */
export function cliLauncher(): string[] {
  if (process.versions.electron) {
    // A development Electron (`electron .`) runs the app folder given after its own path.
    const appFolder = (process as { defaultApp?: boolean }).defaultApp ? process.argv.find((arg, index) => index > 0 && !arg.startsWith('-')) : undefined;
    return [process.execPath, ...(appFolder ? [appFolder] : []), '--cli'];
  }
  const root = repositoryRoot(__dirname);
  const bundle = cliBundlePath(root);
  if (existsSync(bundle)) return [process.execPath, bundle];
  return [process.execPath, '--import', join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs'), join(root, 'app', 'cli', 'main.ts')];
}

/** The folder holding this project's package.json, from a file inside it (source or bundle). */
export function repositoryRoot(start: string): string {
  for (let folder = resolve(start); ; folder = dirname(folder)) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'sso-tray') return folder;
    if (dirname(folder) === folder) throw new Error(`No sso-tray package.json above ${start}`);
  }
}

/**
 * One line for `credential_process = ...`. The AWS CLI splits it like a POSIX shell (Windows:
 * like CreateProcess), the JS SDK hands it to a shell: single quotes on POSIX, double on Windows.
 */
export function quoteCommandLine(argv: readonly string[], platform: NodeJS.Platform = process.platform): string {
  return argv.map((arg) => (platform === 'win32' ? quoteWindows(arg) : quotePosix(arg))).join(' ');
}

function quotePosix(arg: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

function quoteWindows(arg: string): string {
  if (/^[A-Za-z0-9_@%+=:,./\\-]+$/.test(arg)) return arg;
  // CommandLineToArgvW: backslashes before a quote are doubled, the quote escaped.
  return `"${arg.replace(/(\\*)"/g, '$1$1\\"').replace(/(\\+)$/, '$1$1')}"`;
}
