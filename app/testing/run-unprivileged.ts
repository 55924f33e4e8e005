// Runs a test snippet in a child Node process that file permissions bind. Tests run as root in CI,
// and root reads a chmod 000 file and writes into a chmod 555 folder, so a permission test run
// in-process would prove nothing there. As root the child keeps its user but loses the two
// capabilities that override file permissions (setpriv, util-linux): it can still read the
// checkout wherever it was cloned (a `mktemp -d` folder is 0700, closed to a user like `nobody`).
// As anyone else it runs as that user. Test tooling only.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
/** CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH, dropped from the bounding set before node starts. */
const withoutPermissionOverride = ['--bounding-set=-dac_override,-dac_read_search', '--'];

/** The absolute path of a repository file, for `load(...)` inside a snippet. */
export function repositoryFile(path: string): string {
  return join(root, path);
}

/**
 * Runs `body` as an ES module whose last statement prints one JSON line; returns it parsed. Inside,
 * `await load(path)` imports a TypeScript file (tsx compiles it as CommonJS, so its exports are
 * merged from `default`). Folders the child must reach need to be readable by it.
 */
export async function runUnprivileged<T>(body: string): Promise<T> {
  const script = `const load = async (path) => { const loaded = await import(path); return { ...loaded.default, ...loaded }; };\n${body}`;
  const asRoot = process.getuid?.() === 0;
  const node = [process.execPath, '--import', 'tsx', '--input-type=module', '--eval', script];
  const { stdout } = asRoot ? await run('setpriv', [...withoutPermissionOverride, ...node], { cwd: root }) : await run(node[0]!, node.slice(1), { cwd: root });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? 'null') as T;
}
