// The HTTP shell: reads a request, runs it through the simulated network (latency, throttling,
// injected faults), dispatches it and writes the reply. Handlers never see sockets. Requests are
// independent: nothing is locked, so N concurrent requests wait out latencyMs together, not in turn.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EmulatorAdmin } from './admin';
import { ADMIN_PREFIX, handleAdmin } from './admin-routes';
import type { Context, EmulatorRequest } from './context';
import type { Counters } from './counts';
import { errorReplyFor, failedAccountReply, isDeliberate, serverErrorReply, throttledReply } from './errors';
import { indexPage } from './pages';
import { BEARER_HEADER } from './portal';
import { portalQuotaKey, type RateLimiter } from './rate-limit';
import { htmlReply, jsonReply, type Reply } from './reply';
import { resolveRoute, type Route } from './routes';
import { PORTAL_OPERATIONS, type Settings } from './settings';

const MAX_BODY_BYTES = 1024 * 1024;

export interface ServerDependencies {
  context: Context;
  admin: EmulatorAdmin;
  counters: Counters;
  rateLimiter: RateLimiter;
  /** Decides every fault; seeded (seeded-random.ts) so the same seed drops the same requests. */
  random: () => number;
}

export function createEmulatorServer(dependencies: ServerDependencies): Server {
  const server = createServer((request, response) => {
    handle(dependencies, request, response).catch((error: unknown) => {
      dependencies.context.log(`unhandled error: ${(error as Error)?.stack ?? String(error)}`);
      if (!response.headersSent) write(response, jsonReply(500, { message: 'emulator error' }));
      else response.destroy();
    });
  });
  // The SDK keeps connections alive; close() must not wait for idle sockets (index.ts closes them).
  server.keepAliveTimeout = 5_000;
  return server;
}

async function handle(dependencies: ServerDependencies, incoming: IncomingMessage, response: ServerResponse): Promise<void> {
  const { context, admin, counters, rateLimiter, random } = dependencies;
  const method = incoming.method ?? 'GET';
  const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
  const body = await readBody(incoming);
  if (body === undefined) {
    write(response, jsonReply(413, { message: 'Request body too large' }));
    return;
  }
  const request: EmulatorRequest = { method, url, headers: incoming.headers, body };

  if (url.pathname.startsWith(ADMIN_PREFIX)) {
    write(response, handleAdmin(admin, context, request));
    return;
  }
  if (method === 'GET' && url.pathname === '/') {
    write(response, htmlReply(200, indexPage(context.directory.instances)));
    return;
  }
  const route = resolveRoute(method, url);
  if (!route) {
    write(response, jsonReply(404, { message: `The emulator has no route ${method} ${url.pathname}${url.pathname === '/federation' ? ' for this Action' : ''}` }, { 'x-amzn-errortype': 'UnknownOperationException' }));
    return;
  }

  const { operation, family } = route;
  counters.add(operation, 'requests');
  const settings = context.settings();
  if (settings.latencyMs > 0) await delay(settings.latencyMs);
  if (response.destroyed) return;

  const quota = quotaFor(context, route, request, settings);
  if (!rateLimiter.allow(quota.key, quota.ratePerSecond)) {
    counters.add(operation, 'throttled');
    write(response, throttledReply(family));
    return;
  }
  const { errorRate = 0, dropRate = 0, operations, failAccounts, failAccountsStatus = 500 } = settings.faults;
  // A draw only when a rate is set, so requests outside the faults do not shift the sequence.
  if (!operations || operations.includes(operation)) {
    if (dropRate > 0 && random() < dropRate) {
      counters.add(operation, 'faults');
      incoming.socket.destroy(); // the client sees a reset connection, as on a flaky network
      return;
    }
    if (errorRate > 0 && random() < errorRate) {
      counters.add(operation, 'faults');
      write(response, serverErrorReply(family));
      return;
    }
  }
  // After the draws, and without one of its own: naming failing accounts leaves the seeded sequence as it was.
  const accountId = url.searchParams.get('account_id');
  if (failAccounts && accountId !== null && ACCOUNT_OPERATIONS.has(operation) && failAccounts.includes(accountId)) {
    counters.add(operation, 'faults');
    write(response, failedAccountReply(failAccountsStatus, accountId));
    return;
  }

  let reply: Reply;
  try {
    reply = route.handle(context, request);
  } catch (error) {
    if (!isDeliberate(error)) context.log(`${operation} failed: ${(error as Error)?.stack ?? String(error)}`);
    reply = errorReplyFor(family, error);
  }
  write(response, reply);
}

/** The operations about one account, which faults.failAccounts makes fail. */
const ACCOUNT_OPERATIONS: ReadonlySet<string> = new Set(['ListAccountRoles', 'GetRoleCredentials']);
const PORTAL: ReadonlySet<string> = new Set(PORTAL_OPERATIONS);

/**
 * Which bucket a request draws from. Portal operations share their instance's quota (the
 * instance the bearer token was issued for; tokens this emulator never issued share one bucket
 * of their own) while portalRateLimitPerSecond is on; everything else has a bucket per operation.
 */
function quotaFor(context: Context, route: Route, request: EmulatorRequest, settings: Settings): { key: string; ratePerSecond: number } {
  if (PORTAL.has(route.operation) && settings.portalRateLimitPerSecond > 0) {
    const header = request.headers[BEARER_HEADER];
    const token = Array.isArray(header) ? header[0] : header;
    const instance = token ? context.state.instanceOfAccessToken(token) : undefined;
    return { key: portalQuotaKey(instance?.startUrl), ratePerSecond: settings.portalRateLimitPerSecond };
  }
  return { key: route.operation, ratePerSecond: settings.rateLimitPerSecond };
}

function write(response: ServerResponse, reply: Reply): void {
  if (response.destroyed) return;
  const headers: Record<string, string> = { 'x-amzn-requestid': randomUUID(), ...reply.headers };
  if (reply.body !== undefined) headers['content-length'] = String(Buffer.byteLength(reply.body));
  response.writeHead(reply.status, headers);
  response.end(reply.body);
}

/** The whole body as UTF-8, or undefined when it is larger than MAX_BODY_BYTES. */
function readBody(incoming: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    incoming.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    incoming.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString('utf8')));
    incoming.on('error', reject);
  });
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Listens on 127.0.0.1 (never "localhost": Node may resolve it to ::1) and returns the port. */
export function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
