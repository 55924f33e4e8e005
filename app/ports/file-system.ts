/**
 * The files the core writes for other programs (AWS config, credentials, the SSO token cache, the
 * portal cache). Writes are atomic (a reader sees the old bytes or the new ones, never a torn file)
 * and carry a mode, since some of these files hold secrets (0600).
 */
export interface FileSystem {
  /** The file's bytes as UTF-8, or undefined when it does not exist. */
  readText(path: string): Promise<string | undefined>;
  /** Replaces the file atomically (temp file, fsync, rename), creating missing folders (0700). */
  writeTextAtomic(path: string, text: string, options?: { readonly mode?: number }): Promise<void>;
  /** Removes the file; no error when it is already gone. */
  remove(path: string): Promise<void>;
}
