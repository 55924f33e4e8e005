// A cheap first look for the running app (no zod, no socket yet): is there anything at its
// socket's address? A named pipe cannot be looked at without connecting, so on Windows: maybe.
import { lstat } from 'node:fs/promises';
import { socketAddress } from './socket-address';

export async function appSocketExists(userDataDir: string): Promise<boolean> {
  const address = socketAddress(userDataDir);
  if (address.platform === 'windows') return true;
  return lstat(address.path).then(
    () => true,
    () => false,
  );
}
