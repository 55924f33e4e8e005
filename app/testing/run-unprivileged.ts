// Runs a test snippet in a child Node process under a user that file permissions bind. Tests run
// as root in CI, and root reads a chmod 000 file and writes into a chmod 555 folder, so a
// permission test run in-process would prove nothing there. As root the child runs as `nobody`;
// as anyone else it runs as that user. Test tooling only.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
/** The traditional `nobody` user and group. */
const nobody = 65534;

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
  const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], {
    cwd: root,
    ...(asRoot ? { uid: nobody, gid: nobody } : {}),
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? 'null') as T;
}
