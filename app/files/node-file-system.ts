// The FileSystem port on Node's fs. Atomic replacement comes from write-file-atomic (temp file in
// the same folder, fsync, rename, temp removed on failure), the mode is applied to the new file
// before the rename, so a secret is never readable by others even for a moment.
import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { FileSystem } from '../ports/file-system';

/** Folders the app creates for its files are private to the user. */
const folderMode = 0o700;
const defaultFileMode = 0o600;

export class NodeFileSystem implements FileSystem {
  async readText(path: string): Promise<string | undefined> {
    try {
      return await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async writeTextAtomic(path: string, text: string, options: { readonly mode?: number } = {}): Promise<void> {
    await mkdir(dirname(path), { recursive: true, mode: folderMode });
    await writeFileAtomic(path, text, { encoding: 'utf8', mode: options.mode ?? defaultFileMode, fsync: true });
  }

  async remove(path: string): Promise<void> {
    await rm(path, { force: true });
  }
}
