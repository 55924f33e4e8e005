// Checks that a path belongs to this user and nobody else can reach it (Unix). The client runs
// them before it trusts a socket or sends a token; the server before it listens. Windows has no
// uid or mode bits here: there the pipe's default ACL and the token file's folder do that job.
import { lstat, mkdir, chmod } from 'node:fs/promises';
import { AppError } from '../ipc/result';

const currentUid = (): number | undefined => process.getuid?.();

/** Throws unless `path` is this user's and has no group or other permission bits. */
export async function assertUserOnly(path: string, kind: 'folder' | 'socket' | 'file'): Promise<void> {
  const uid = currentUid();
  if (uid === undefined) return;
  const stats = await lstat(path);
  const rightKind = kind === 'folder' ? stats.isDirectory() : kind === 'socket' ? stats.isSocket() : stats.isFile();
  if (!rightKind) throw new AppError('access-denied', `${path} is not a ${kind}; refusing to use it.`);
  if (stats.uid !== uid) throw new AppError('access-denied', `${path} belongs to another user (uid ${stats.uid}); refusing to use it.`);
  if ((stats.mode & 0o077) !== 0) throw new AppError('access-denied', `${path} can be reached by other users (mode ${(stats.mode & 0o777).toString(8)}); refusing to use it.`);
}

/** Creates the folder 0700 (or tightens our own existing one) and checks it. */
export async function ensureUserOnlyFolder(path: string): Promise<void> {
  await mkdir(path, { recursive: true, mode: 0o700 });
  const uid = currentUid();
  if (uid === undefined) return;
  const stats = await lstat(path);
  if (stats.isDirectory() && stats.uid === uid && (stats.mode & 0o077) !== 0) await chmod(path, 0o700);
  await assertUserOnly(path, 'folder');
}
