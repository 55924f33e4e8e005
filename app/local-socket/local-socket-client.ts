// The CLI's end of the local socket: finds the running app for a settings folder, checks that the
// socket and its token are this user's alone before trusting them, and offers the app's answers
// as a CliBackend. No app listening is not an error: the CLI then works on its own.
import { lstat, readFile } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { AppError } from '../ipc/result';
import type { CliBackend } from '../cli/cli-backend';
// Types only from protocol.ts: its zod schemas load when an answer other than credentials comes.
import type { LocalOperation, OperationInput, OperationOutput } from './protocol';
import { parseResponseLine, readRoleCredentialsAnswer } from './response-line';
import { socketAddress } from './socket-address';
import { assertUserOnly } from './user-only-files';

export interface AppConnection {
  readonly backend: CliBackend;
  close(): void;
}

/** The running app's backend, or undefined when no app listens for this settings folder. */
export async function connectToApp(userDataDir: string): Promise<AppConnection | undefined> {
  const address = socketAddress(userDataDir);
  if (address.platform === 'unix') {
    if (!(await exists(address.path))) return undefined;
    await assertUserOnly(address.folder, 'folder');
    await assertUserOnly(address.path, 'socket');
    await assertUserOnly(address.tokenFile, 'file').catch((error: unknown) => {
      // A socket without its token is an app that is starting or stopping: nobody to ask.
      if ((error as { code?: string }).code === 'ENOENT') return;
      throw error;
    });
  }
  const token = await readFile(address.tokenFile, 'utf8').catch(() => undefined);
  if (!token) return undefined;
  const socket = await new Promise<Socket | undefined>((resolve) => {
    const attempt = connect(address.path);
    attempt.once('connect', () => resolve(attempt));
    // ECONNREFUSED / ENOENT: a socket left by an app that crashed.
    attempt.once('error', () => resolve(undefined));
  });
  if (!socket) return undefined;
  return wrap(socket, token.trim());
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    (error: { code?: string }) => error.code !== 'ENOENT',
  );
}

function wrap(socket: Socket, token: string): AppConnection {
  let nextId = 1;
  let buffered = '';
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void; op: LocalOperation }>();
  const failAll = (error: Error) => {
    for (const entry of waiting.values()) entry.reject(error);
    waiting.clear();
  };
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    buffered += chunk;
    let newline = buffered.indexOf('\n');
    while (newline >= 0) {
      const line = parseResponseLine(buffered.slice(0, newline));
      buffered = buffered.slice(newline + 1);
      newline = buffered.indexOf('\n');
      if (!line) continue;
      const entry = waiting.get(line.id);
      if (!entry) continue;
      waiting.delete(line.id);
      if (line.ok) readOutput(entry.op, line.value).then(entry.resolve, entry.reject);
      else entry.reject(new AppError(line.code, line.message));
    }
  });
  socket.on('error', () => failAll(new AppError('network', 'Lost the connection to SSO Tray.')));
  socket.on('close', () => failAll(new AppError('network', 'SSO Tray closed the connection.')));

  const call = <O extends LocalOperation>(op: O, input: OperationInput<O>): Promise<OperationOutput<O>> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve: resolve as (value: unknown) => void, reject, op });
      socket.write(`${JSON.stringify({ id, token, op, input })}\n`);
    });

  return {
    backend: {
      kind: 'app',
      roleCredentials: (target) => call('role-credentials', { instance: target.instance, account: target.account, role: target.role }),
      accounts: (instance, { refresh }) => call('accounts', { instance, refresh }),
      signIn: (request) => call('sign-in', request),
      signOut: (instance) => call('sign-out', { instance }),
    },
    close: () => socket.destroy(),
  };
}

async function readOutput(op: LocalOperation, value: unknown): Promise<unknown> {
  const output = op === 'role-credentials' ? readRoleCredentialsAnswer(value) : await parseWithSchema(op, value);
  if (output === undefined) throw new AppError('internal', 'SSO Tray answered in a form this CLI does not know; update one of them.');
  return output;
}

async function parseWithSchema(op: LocalOperation, value: unknown): Promise<unknown> {
  const { localOperations } = await import('./protocol');
  const parsed = localOperations[op].output.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
