// A loopback HTTP proxy in front of the emulator that answers chosen requests with a fault instead
// of forwarding them: what a corporate proxy, a WAF, a broken load balancer or a hung server does
// to the app's calls. Real sockets, so the SDK's own parsing and time limits are what is tested.
// Test tooling only.
import { createServer, request as forward, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Fault =
  | { readonly kind: 'answer'; readonly status: number; readonly headers?: Readonly<Record<string, string>>; readonly body: string }
  /** The connection is destroyed without an answer. */
  | { readonly kind: 'reset' }
  /** The request is accepted and never answered. */
  | { readonly kind: 'hang' };

export interface FaultProxy {
  readonly origin: string;
  /** Every request to `path` gets `fault` until cleared; other paths are forwarded. */
  arm(path: string, fault: Fault): void;
  clear(): void;
  /** How many requests reached each path (faulted or forwarded). */
  readonly hits: Map<string, number>;
  close(): Promise<void>;
}

export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const targetUrl = new URL(target);
  const faults = new Map<string, Fault>();
  const hits = new Map<string, number>();
  const sockets = new Set<Socket>();

  const server: Server = createServer((incoming: IncomingMessage, outgoing: ServerResponse) => {
    const path = new URL(incoming.url ?? '/', 'http://proxy').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const fault = faults.get(path);
    if (!fault) return pipeTo(targetUrl, incoming, outgoing);
    // Read the body first, as a real server would, so the client is not stuck writing.
    incoming.resume();
    incoming.on('end', () => {
      switch (fault.kind) {
        case 'answer':
          outgoing.writeHead(fault.status, { 'content-length': Buffer.byteLength(fault.body), ...fault.headers });
          outgoing.end(fault.body);
          return;
        case 'reset':
          incoming.socket.destroy();
          return;
        case 'hang':
          return;
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    arm: (path, fault) => faults.set(path, fault),
    clear: () => faults.clear(),
    hits,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function pipeTo(target: URL, incoming: IncomingMessage, outgoing: ServerResponse): void {
  const upstream = forward(
    { hostname: target.hostname, port: target.port, method: incoming.method, path: incoming.url, headers: { ...incoming.headers, host: target.host } },
    (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    },
  );
  upstream.on('error', () => outgoing.destroy());
  incoming.pipe(upstream);
}
