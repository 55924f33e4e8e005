// The redirect target of the authorization-code flow: an HTTP listener on 127.0.0.1 at a random
// port (RFC 8252 §7.3; the CLI does the same, docs/aws-wire.md §1.4). It accepts one answer on
// /oauth/callback, checks `state` (RFC 6749 §10.12), shows the user a page they can close, and
// shuts itself down on success, failure, cancel or after 10 minutes (timed through the Clock port).
// Any local process can reach the port, so a request without this sign-in's state (or on another
// path, or with another method) gets a short error page and is ignored: only the browser that
// came back from /authorize can end the attempt, with a code or with a real denial.
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppError } from '../ipc/result';
import { quoteText } from '../model/display-text';
import type { Clock } from '../ports/clock';
import { callbackPage, type CallbackOutcome } from './callback-page';

export const callbackPath = '/oauth/callback';
export const loopbackTimeoutMs = 10 * 60_000;

export interface LoopbackListenerOptions {
  readonly expectedState: string;
  readonly clock: Clock;
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
}

export interface LoopbackListener {
  /** http://127.0.0.1:<port>/oauth/callback: sent to /authorize and again to CreateToken. */
  readonly redirectUri: string;
  /** The authorization code, or an AppError (access-denied, timed-out, cancelled, sign-in-failed). */
  readonly code: Promise<string>;
  /** Stops listening now; the pending `code` rejects as cancelled if it has not settled. */
  close(): Promise<void>;
}

export async function startLoopbackListener(options: LoopbackListenerOptions): Promise<LoopbackListener> {
  let settle: { resolve: (code: string) => void; reject: (error: AppError) => void } | undefined;
  const code = new Promise<string>((resolve, reject) => {
    settle = { resolve, reject };
  });
  let settled = false;
  const stopTimer = new AbortController();

  const server = createServer((request, response) => {
    const answer = readCallback(request, options.expectedState);
    if (answer.kind === 'ignore') {
      response.writeHead(answer.status, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' }).end(answer.text);
      return;
    }
    if (settled) {
      respond(response, { ok: false, reason: 'This sign-in has already finished.' }, 409);
      return;
    }
    const outcome: CallbackOutcome = answer.kind === 'code' ? { ok: true } : { ok: false, reason: answer.error.message };
    respond(response, outcome, answer.kind === 'code' ? 200 : 400, () => void shutDown());
    if (answer.kind === 'code') finish(() => settle?.resolve(answer.code));
    else finish(() => settle?.reject(answer.error));
  });

  const finish = (action: () => void) => {
    if (settled) return;
    settled = true;
    stopTimer.abort();
    action();
  };
  const shutDown = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
  const closeWith = (error: AppError) => {
    finish(() => settle?.reject(error));
    server.closeAllConnections();
    return shutDown();
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  const timeoutMs = options.timeoutMs ?? loopbackTimeoutMs;
  options.clock.sleep(timeoutMs, stopTimer.signal).then(
    () => void closeWith(new AppError('timed-out', `No answer came back from the browser within ${Math.round(timeoutMs / 60_000)} minutes. Sign in again.`)),
    () => undefined,
  );
  const onAbort = () => void closeWith(new AppError('cancelled', 'The sign-in was cancelled.'));
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  void code.catch(() => undefined).finally(() => options.signal?.removeEventListener('abort', onAbort));

  return {
    redirectUri: `http://127.0.0.1:${port}${callbackPath}`,
    code,
    close: () => closeWith(new AppError('cancelled', 'The sign-in was cancelled.')),
  };
}

type CallbackAnswer =
  | { readonly kind: 'code'; readonly code: string }
  | { readonly kind: 'error'; readonly error: AppError }
  | { readonly kind: 'ignore'; readonly status: number; readonly text: string };

/** Pure reading of one request: what it means for the sign-in. */
export function readCallback(request: Pick<IncomingMessage, 'method' | 'url'>, expectedState: string): CallbackAnswer {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (url.pathname !== callbackPath) return { kind: 'ignore', status: 404, text: 'Not found' };
  if (request.method !== 'GET') return { kind: 'ignore', status: 405, text: 'Method not allowed' };
  const query = url.searchParams;
  if (!isExpectedState(query.getAll('state'), expectedState)) {
    return { kind: 'ignore', status: 400, text: 'This answer does not belong to the sign-in in progress. It was ignored.' };
  }
  const error = query.get('error');
  if (error) {
    if (error === 'access_denied') {
      return { kind: 'error', error: new AppError('access-denied', 'The sign-in was denied in the browser.') };
    }
    // The browser carries the server's words: quoted on one line and cut to size.
    const description = quoteText(query.get('error_description') ?? error, 200);
    return { kind: 'error', error: new AppError('sign-in-failed', `IAM Identity Center refused the sign-in (${description}).`) };
  }
  const code = query.get('code');
  if (!code) return { kind: 'error', error: new AppError('sign-in-failed', 'The browser came back without an authorization code.') };
  return { kind: 'code', code };
}

/** Exactly one `state`, equal to ours; compared in constant time so its bytes cannot be timed out of us. */
function isExpectedState(states: readonly string[], expectedState: string): boolean {
  if (states.length !== 1) return false;
  const given = Buffer.from(states[0] ?? '');
  const expected = Buffer.from(expectedState);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function respond(response: ServerResponse, outcome: CallbackOutcome, status: number, after?: () => void): void {
  response.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    'referrer-policy': 'no-referrer',
    connection: 'close',
  });
  response.end(callbackPage(outcome), after);
}
