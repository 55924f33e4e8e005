// Where the running app listens for its CLI: one address per settings folder (so a demo's app and
// the real one never answer each other's CLI), reachable only by the user.
//   Unix: <runtime dir>/sso-tray-<uid>/<hash>.sock in a 0700 folder, the socket 0600, the token
//         beside it (0600). $XDG_RUNTIME_DIR when set (already user-only), else the temp folder.
//   Windows: the named pipe \\.\pipe\sso-tray-<hash>, the token in the settings folder (the
//         user's profile folder, user-only by its inherited ACL).
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { shortHash } from './short-hash';

export interface SocketAddress {
  /** What net.listen / net.connect take. */
  readonly path: string;
  /** The user-only folder holding the socket (Unix) or the token (Windows). */
  readonly folder: string;
  /** The random secret a client presents on every request (see protocol.ts). */
  readonly tokenFile: string;
  readonly platform: 'unix' | 'windows';
}

export function socketAddress(userDataDir: string, platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): SocketAddress {
  // Short and fixed-length: a Unix socket path must stay under ~104 bytes.
  const hash = shortHash(userDataDir);
  if (platform === 'win32') {
    return { path: `\\\\.\\pipe\\sso-tray-${userInfo().username.replace(/[^A-Za-z0-9_-]/g, '_')}-${hash}`, folder: userDataDir, tokenFile: join(userDataDir, 'local-socket.token'), platform: 'windows' };
  }
  const uid = process.getuid?.() ?? 0;
  const base = env.XDG_RUNTIME_DIR?.trim() || tmpdir();
  const folder = join(base, `sso-tray-${uid}`);
  return { path: join(folder, `${hash}.sock`), folder, tokenFile: join(folder, `${hash}.token`), platform: 'unix' };
}
