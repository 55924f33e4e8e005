// The dev web host: serves the renderer build to a real browser and carries the product contract
// over a WebSocket to the same core the Electron app uses. Only the transport differs from
// main/ipc: the same dispatcher, the same schemas, the same event forwarding. Loopback only, a
// random token on the page URL and on the socket, never packaged.
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative, resolve, sep } from 'node:path';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import type { Core } from '../../app/core';
import { createDispatcher } from '../../app/ipc/dispatch';
import { silentLogger, type Logger } from '../../app/ports/logger';
import { forwardEvents } from '../../app/host/forward-events';
import { contentSecurityPolicy } from '../../app/security/content-security-policy';
import type { BrowserRelay } from './browser-relay';
import { closeCodeForFrameError, openingRequestId, openingRequestsOf, parseRequestMessage, webSocketPath, type ServerMessage } from './host-protocol';
import { createToken, isLoopbackHostHeader, isOwnOrigin, tokensMatch } from './request-guards';
import { resolveStaticPath, sendStaticFile } from './static-files';

export interface WebHostOptions {
  readonly core: Core;
  /** From composeNodeCore; without it, "open in browser" has nowhere to go. */
  readonly browserRelay?: BrowserRelay;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** The `npm run build:web` output; defaults to e2e/web-host/dist. */
  readonly staticDir?: string;
  /**
   * false: the build's scripts and styles are sent `no-store`, so the browser keeps neither them
   * nor V8's code for them (the ui-list bench's comparison). Default true.
   */
  readonly cacheAssets?: boolean;
  readonly logger?: Logger;
}

export interface WebHost {
  /** The page's address, token included: the one thing to print or hand to Playwright. */
  readonly url: string;
  /** http://127.0.0.1:PORT, without the token. */
  readonly origin: string;
  close(): Promise<void>;
}

const defaultStaticDir = join(__dirname, 'dist');
const maxMessageBytes = 1024 * 1024;

const pageHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${contentSecurityPolicy('production')}; frame-ancestors 'none'`,
  // The token is in the URL: keep it out of Referer headers and caches.
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const staticDir = resolve(options.staticDir ?? defaultStaticDir);
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new Error(`No renderer build in ${staticDir}: run \`npm run build:web\` first.`);
  }
  const logger = options.logger ?? silentLogger;
  const token = createToken();
  const sockets = new Set<WebSocket>();
  let nextSocketId = 1;
  // Known once the server listens, before any upgrade can arrive.
  let origin = '';

  const dispatch = createDispatcher(options.core.handlers, (channel, error) =>
    logger.error('A request failed unexpectedly', { channel, error }),
  );

  const broadcast = (message: ServerMessage): number => {
    const text = JSON.stringify(message);
    let delivered = 0;
    for (const socket of sockets) {
      if (socket.readyState !== WebSocket.OPEN) continue;
      socket.send(text);
      delivered++;
    }
    return delivered;
  };

  const server = createServer((request, response) => {
    handleHttp(request, response, { staticDir, token, cacheAssets: options.cacheAssets ?? true }).catch((error: unknown) => {
      logger.error('Serving a file failed', { error });
      if (!response.headersSent) response.writeHead(500).end();
      else response.destroy();
    });
  });

  const webSockets = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    // A client that resets the connection mid-handshake must not take the host down with it.
    socket.on('error', () => socket.destroy());
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const refusal =
      url.pathname !== webSocketPath ? 'wrong path'
      : !isLoopbackHostHeader(request.headers.host) ? 'non-loopback Host'
      : !isOwnOrigin(request.headers.origin, origin) ? 'not this host\'s Origin'
      : !tokensMatch(token, url.searchParams.get('token')) ? 'wrong token'
      : undefined;
    if (refusal) {
      logger.warn('Refused a WebSocket connection', { reason: refusal });
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    webSockets.handleUpgrade(request, socket, head, (connection) => webSockets.emit('connection', connection, url));
  });

  webSockets.on('connection', (socket: WebSocket, address: URL) => {
    const senderId = `web-host:${nextSocketId++}`;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    // ws reports a frame it refuses (too big, not UTF-8, malformed) here; unheard, the error
    // would be thrown and end the host for every page.
    socket.on('error', (error) => {
      const code = closeCodeForFrameError(error);
      logger.warn('Closed a WebSocket that sent a frame it may not', { code });
      // ws starts the close itself for frame errors; this covers anything that did not.
      if (socket.readyState === WebSocket.OPEN) socket.close(code);
    });
    const answer = (id: number, channel: string, input: unknown) => {
      void dispatch(channel, input, { senderId }).then((result) => {
        if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ type: 'response', id, result } satisfies ServerMessage));
      });
    };
    socket.on('message', (data, isBinary) => {
      const message = isBinary ? undefined : parseRequestMessage(data.toString());
      if (!message) {
        socket.close(1003, 'Unreadable message');
        return;
      }
      answer(message.id, message.channel, message.input);
    });
    // The requests the address asked (the page's opening requests), answered now: the page's
    // scripts are still loading, and cannot send until they have (bridge.ts).
    openingRequestsOf(address.searchParams).forEach((channel, index) => answer(openingRequestId(index), channel, undefined));
  });

  const stopEvents = forwardEvents(
    options.core.events,
    (name, payload) => broadcast({ type: 'event', name, payload }),
    (name, error) => logger.error('An event payload did not match the contract', { event: name, error }),
  );
  const detachBrowser = options.browserRelay?.attach((url) => broadcast({ type: 'host:open-url', url }));

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    async close() {
      stopEvents();
      detachBrowser?.();
      for (const socket of sockets) socket.terminate();
      await new Promise<void>((done) => webSockets.close(() => done()));
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

async function handleHttp(
  request: IncomingMessage,
  response: ServerResponse,
  context: { readonly staticDir: string; readonly token: string; readonly cacheAssets: boolean },
): Promise<void> {
  if (!isLoopbackHostHeader(request.headers.host)) {
    response.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Forbidden: loopback only.');
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const index = join(context.staticDir, 'index.html');
  // The app's pages (the portal list at /, the quick switcher) need the token; resolved first, so
  // an encoded spelling of a page cannot skip the check.
  const pages = new Set([index, join(context.staticDir, 'quick-switcher.html')]);
  const file = url.pathname === '/' ? index : resolveStaticPath(context.staticDir, url.pathname);
  if (file !== undefined && pages.has(file)) {
    if (!tokensMatch(context.token, url.searchParams.get('token'))) {
      response
        .writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8', ...pageHeaders })
        .end('Forbidden: open the address the web host printed; it carries the token.');
      return;
    }
    await sendStaticFile(response, file, pageHeaders);
    return;
  }
  // The build's scripts and styles hold no secret; only the page and the socket need the token.
  // Vite names them by their content's hash, so a name never changes its bytes: the browser keeps
  // them (and V8 the code it compiled from them) for the next opening of the window, as the
  // packaged app reads them from disk.
  const hashedAsset = file !== undefined && relative(context.staticDir, file).split(sep)[0] === 'assets';
  const caching: Readonly<Record<string, string>> = !hashedAsset ? {} : { 'Cache-Control': context.cacheAssets ? 'public, max-age=31536000, immutable' : 'no-store' };
  await sendStaticFile(response, file, { 'X-Content-Type-Options': 'nosniff' }, caching);
}
