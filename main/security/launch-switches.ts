// Command-line switches a released app refuses to start with. Whoever launches the app with
// --remote-debugging-port or --inspect gets a debugger inside it, and with that the tokens it
// holds and the keychain identity it signs in with; other switches turn off TLS checks or write
// URLs (federation links carry sign-in tokens) to a log. The fuses (electron-builder.yml) already
// make the binary ignore Node's --inspect family; Chromium's switches have no fuse, and a refusal
// here covers both. A checkout keeps them: Playwright's _electron launch relies on them.

/** Switch names refused whatever follows them (`--inspect`, `--inspect-brk`, `--inspect-port=0`, ...). */
const refusedPrefixes: readonly string[] = [
  'inspect', // Node: inspect, inspect-brk, inspect-port, inspect-wait, inspect-publish-uid; Electron: inspect-brk-node
  'remote-debugging', // Chromium: remote-debugging-port, -pipe, -address, -targets
];

/** Switch names refused exactly. */
const refusedNames: ReadonlySet<string> = new Set([
  'debug', // Node's old aliases of --inspect
  'debug-brk',
  'debug-port',
  'remote-allow-origins', // opens DevTools' socket to web pages
  'js-flags', // V8 flags (e.g. --allow-natives-syntax), in every process
  'ignore-certificate-errors', // TLS off: anyone on the network could stand in for AWS
  'ignore-certificate-errors-spki-list',
  'host-rules', // AWS host names resolved to another server
  'host-resolver-rules',
  'disable-web-security',
  'allow-running-insecure-content',
  'unsafely-treat-insecure-origin-as-secure',
  'disable-site-isolation-trials',
  'allow-file-access-from-files',
  'log-net-log', // every URL, sign-in tokens included, written to a file
  'enable-logging', // Chromium's log, which names URLs at higher levels
  'v',
  'vmodule',
]);

/**
 * The switch name an argument spells, lower case with dashes, or undefined for an argument that
 * is no switch. Chromium takes `--name` and `-name` (and `/name` on Windows, where it also lowers
 * the case); Node accepts `_` for `-`. Reading every spelling the strictest way refuses them all.
 */
export function switchName(argument: string, platform: NodeJS.Platform): string | undefined {
  const prefix = /^(?:--|-)/.exec(argument)?.[0] ?? (platform === 'win32' && argument.startsWith('/') ? '/' : undefined);
  if (prefix === undefined) return undefined;
  const name = argument.slice(prefix.length).split('=', 1)[0]!.toLowerCase().replaceAll('_', '-');
  return name === '' ? undefined : name;
}

export function isRefusedSwitch(name: string): boolean {
  return refusedNames.has(name) || refusedPrefixes.some((prefix) => name === prefix || name.startsWith(`${prefix}-`));
}

export type LaunchDecision = { readonly start: true } | { readonly start: false; readonly switches: readonly string[] };

export interface LaunchInputs {
  /** process.argv: the executable first, then the arguments. */
  readonly argv: readonly string[];
  readonly isPackaged: boolean;
  readonly platform: NodeJS.Platform;
}

/**
 * A packaged app with a refused switch does not start; it cannot strip one, as Chromium has read
 * its command line before any of the app's code runs. Every argument counts, even after `--`.
 */
export function decideLaunch(inputs: LaunchInputs): LaunchDecision {
  if (!inputs.isPackaged) return { start: true };
  const switches = inputs.argv
    .slice(1)
    .map((argument) => switchName(argument, inputs.platform))
    .filter((name): name is string => name !== undefined && isRefusedSwitch(name));
  return switches.length === 0 ? { start: true } : { start: false, switches: [...new Set(switches)] };
}
