// The running app's side in one call, for main and the web host: the socket server answering from
// the app's core. A signed-out request raises the app's sign-in notice (once per instance). A
// socket that cannot start costs the CLI its shortcut, never the app: it is logged and skipped.
import type { Core } from '../core';
import { createCoreBackend } from '../cli/core-backend';
import { startLocalSocketServer, type LocalSocketServer } from './local-socket-server';

export async function startAppSocket(core: Core, userDataDir: string): Promise<LocalSocketServer | undefined> {
  try {
    return await startLocalSocketServer({ backend: createCoreBackend(core, { promptSignIn: true, kind: 'app' }), userDataDir, logger: core.logger });
  } catch (error) {
    core.logger.warn('The local socket for the CLI did not start; the CLI will work on its own', { error });
    return undefined;
  }
}
