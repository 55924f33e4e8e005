// Every write to one of the user's AWS files goes through here: under a lock file, read, let the
// caller plan the new text, keep the previous version as `<file>.bak`, then replace the file
// atomically (write-file-atomic: temp file in the same folder, fsync, chmod to the mode, rename). A reader sees the
// old bytes or the new ones, never a torn file, and two writers (two app processes, the CLI, the
// app) take turns. The lock is proper-lockfile's: a folder created with mkdir (atomic on every
// file system) whose mtime the holder refreshes; a holder that crashed stops refreshing, so after
// `staleMs` the next writer takes the lock over instead of waiting forever.
import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import lockfile from 'proper-lockfile';
import writeFileAtomic from 'write-file-atomic';

export type UpdatePlan = { readonly write: false } | { readonly write: true; readonly text: string };

export interface AwsFileStoreOptions {
  /** A lock not refreshed for this long is a crashed holder's (proper-lockfile's minimum is 2 s). */
  readonly staleMs?: number;
  /** How long a writer waits for the lock before giving up. */
  readonly waitMs?: number;
}

/** Secrets (the credentials file) and anything new are private to the user. */
export const privateMode = 0o600;

export class AwsFileStore {
  readonly #staleMs: number;
  readonly #waitMs: number;

  constructor(options: AwsFileStoreOptions = {}) {
    this.#staleMs = Math.max(2_000, options.staleMs ?? 10_000);
    this.#waitMs = options.waitMs ?? 30_000;
  }

  async read(path: string): Promise<string | undefined> {
    try {
      return await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  /**
   * Under the file's lock: reads it, asks `plan` for the new text, and writes it (with a backup of
   * the old one). `mode` forces the file's mode (0600 for secrets); otherwise an existing file
   * keeps its own and a new one is 0600. Returns what `plan` returned.
   */
  async update<T extends UpdatePlan>(path: string, plan: (existing: string | undefined) => T | Promise<T>, options: { readonly mode?: number } = {}): Promise<T> {
    // A missing ~/.aws is created, private like the AWS CLI's.
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    const release = await lockfile.lock(path, {
      realpath: false,
      lockfilePath: `${path}.lock`,
      stale: this.#staleMs,
      update: Math.floor(this.#staleMs / 2),
      retries: { retries: Math.ceil(this.#waitMs / 100), minTimeout: 20, maxTimeout: 100, factor: 1.3 },
    });
    try {
      const existing = await this.read(path);
      const result = await plan(existing);
      if (!result.write || result.text === existing) return result;
      const mode = options.mode ?? (existing === undefined ? privateMode : (await stat(path)).mode & 0o777);
      if (existing !== undefined) {
        await writeFileAtomic(`${path}.bak`, existing, { encoding: 'utf8', mode: privateMode, fsync: true });
      }
      await writeFileAtomic(path, result.text, { encoding: 'utf8', mode, fsync: true });
      return result;
    } finally {
      await release();
    }
  }
}
