// The running app's end of the local socket (started by main's composition and by the web host):
// answers the CLI from the app's own core, so a terminal gets the app's cached credentials, its
// single-flight refresh and at most one sign-in prompt, however many processes ask at once.
import { randomBytes } from 'node:crypto';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { chmod, rm, writeFile } from 'node:fs/promises';
import { AppError } from '../ipc/result';
import type { Logger } from '../ports/logger';
import type { CliBackend } from '../cli/cli-backend';
import { isLocalOperation, localOperations, maxRequestLineBytes, RequestLineSchema, type LocalOperation } from './protocol';
import type { ResponseLine } from './response-line';
import { socketAddress, type SocketAddress } from './socket-address';
import { ensureUserOnlyFolder } from './user-only-files';

export interface LocalSocketServer {
  readonly address: SocketAddress;
  close(): Promise<void>;
}

export interface LocalSocketServerOptions {
  readonly backend: CliBackend;
  readonly userDataDir: string;
  readonly logger: Logger;
}

export async function startLocalSocketServer(options: LocalSocketServerOptions): Promise<LocalSocketServer> {
  const address = socketAddress(options.userDataDir);
  const token = randomBytes(32).toString('hex');
  await ensureUserOnlyFolder(address.folder);
  if (address.platform === 'unix') await removeStaleSocket(address.path);

  const connections = new Set<Socket>();
  const server = createServer((socket) => {
    connections.add(socket);
    socket.on('close', () => connections.delete(socket));
    serveConnection(socket, token, options);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // The folder is 0700 already; the umask keeps the socket from being born wider than 0600.
    const previous = process.umask(0o177);
    try {
      server.listen(address.path, () => resolve());
    } finally {
      process.umask(previous);
    }
  });
  if (address.platform === 'unix') await chmod(address.path, 0o600);
  await writeFile(address.tokenFile, token, { mode: 0o600 });
  await chmod(address.tokenFile, 0o600);
  return {
    address,
    async close() {
      for (const socket of connections) socket.destroy();
      await new Promise<void>((resolve) => closeServer(server, resolve));
      await rm(address.tokenFile, { force: true });
    },
  };
}

function closeServer(server: Server, done: () => void): void {
  server.close(() => done());
}

/** A socket file left by a crashed app is removed; a live one means another app answers there. */
async function removeStaleSocket(path: string): Promise<void> {
  const live = await new Promise<boolean>((resolve) => {
    const probe = connect(path);
    probe.once('connect', () => {
      probe.destroy();
      resolve(true);
    });
    probe.once('error', () => resolve(false));
  });
  if (live) throw new AppError('invalid-input', `Another SSO Tray already answers on ${path}.`);
  await rm(path, { force: true });
}

function serveConnection(socket: Socket, token: string, options: LocalSocketServerOptions): void {
  let buffered = '';
  socket.setEncoding('utf8');
  socket.on('error', () => socket.destroy());
  socket.on('data', (chunk: string) => {
    buffered += chunk;
    if (buffered.length > maxRequestLineBytes) {
      socket.destroy();
      return;
    }
    let newline = buffered.indexOf('\n');
    while (newline >= 0) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      void answer(line, token, options).then((response) => {
        if (!socket.destroyed) socket.write(`${JSON.stringify(response)}\n`);
        if (response.ok === false && response.code === 'access-denied') socket.destroy();
      });
      newline = buffered.indexOf('\n');
    }
  });
}

async function answer(line: string, token: string, options: LocalSocketServerOptions): Promise<ResponseLine> {
  let parsed;
  try {
    parsed = RequestLineSchema.safeParse(JSON.parse(line));
  } catch {
    return { id: 0, ok: false, code: 'invalid-input', message: 'Not a JSON request line.' };
  }
  if (!parsed.success) return { id: 0, ok: false, code: 'invalid-input', message: 'Not a request line of this protocol.' };
  const { id, op, input } = parsed.data;
  if (!sameToken(parsed.data.token, token)) return { id, ok: false, code: 'access-denied', message: 'Wrong socket token: this connection is not from the user running SSO Tray.' };
  if (!isLocalOperation(op)) return { id, ok: false, code: 'unknown-channel', message: `Unknown operation: ${op.slice(0, 64)}` };
  const checked = localOperations[op].input.safeParse(input);
  if (!checked.success) return { id, ok: false, code: 'invalid-input', message: `Bad input for ${op}.` };
  try {
    return { id, ok: true, value: await run(op, checked.data, options.backend) };
  } catch (error) {
    if (error instanceof AppError) return { id, ok: false, code: error.code, message: error.message };
    options.logger.error('A local socket request failed', { op, error });
    return { id, ok: false, code: 'internal', message: 'Something went wrong inside SSO Tray. The details are in its log.' };
  }
}

function sameToken(given: string, expected: string): boolean {
  // Constant time is moot over a user-only socket, but costs nothing.
  if (given.length !== expected.length) return false;
  let difference = 0;
  for (let index = 0; index < given.length; index += 1) difference |= given.charCodeAt(index) ^ expected.charCodeAt(index);
  return difference === 0;
}

async function run(op: LocalOperation, input: unknown, backend: CliBackend): Promise<unknown> {
  switch (op) {
    case 'role-credentials':
      return backend.roleCredentials(input as Parameters<CliBackend['roleCredentials']>[0]);
    case 'accounts': {
      const { instance, refresh } = input as { instance?: string; refresh: boolean };
      return backend.accounts(instance, { refresh });
    }
    case 'sign-in':
      return backend.signIn(input as Parameters<CliBackend['signIn']>[0]);
    case 'sign-out':
      return backend.signOut((input as { instance?: string }).instance);
  }
}
