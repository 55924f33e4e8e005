// A loopback HTTP proxy that only tunnels (CONNECT), as corporate proxies do for https, and
// resolves names itself: a CONNECT to a host it was told about goes to that loopback port, so
// `oidc.eu-west-1.amazonaws.com:443` can reach a local TLS server and nothing leaves the machine.
// It counts every tunnel and can demand credentials (407). Test tooling only.
import { connect as connectTcp, type Socket } from 'node:net';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectProxy {
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  /** Every CONNECT target (`host:port`) in order, refused ones included. */
  readonly tunnels: string[];
  close(): Promise<void>;
}

export interface ConnectProxyOptions {
  /** `host:port` as the client asks for it → the loopback port that answers for it. */
  readonly routes: Readonly<Record<string, number>>;
  /** When set, a CONNECT without `Proxy-Authorization: Basic base64(user:password)` gets 407. */
  readonly credentials?: { readonly user: string; readonly password: string };
}

export async function startConnectProxy(options: ConnectProxyOptions): Promise<ConnectProxy> {
  const tunnels: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((_request, response) => {
    // Plain proxying (absolute-URI requests) is not what https clients do: refuse it loudly.
    response.writeHead(405).end('this test proxy only tunnels');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (request, client: Socket, head: Buffer) => {
    const target = request.url ?? '';
    tunnels.push(target);
    const expected = options.credentials && `Basic ${Buffer.from(`${options.credentials.user}:${options.credentials.password}`).toString('base64')}`;
    if (expected && request.headers['proxy-authorization'] !== expected) {
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test"\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const port = options.routes[target];
    if (port === undefined) {
      client.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const upstream = connectTcp(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    tunnels,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
