// A loopback TLS server that decrypts and forwards the bytes to a plain HTTP server (the
// emulator): the emulator as it would look behind a TLS-inspecting proxy, with a certificate
// from a test CA (test-ca.ts). Test tooling only.
import { connect as connectTcp, type AddressInfo, type Socket } from 'node:net';
import { createServer } from 'node:tls';

export interface TlsFront {
  readonly port: number;
  /** TLS handshakes completed (a client that refused the certificate never gets here). */
  readonly connections: () => number;
  close(): Promise<void>;
}

export async function startTlsFront(options: { readonly key: string; readonly cert: string; readonly targetPort: number }): Promise<TlsFront> {
  let connections = 0;
  const sockets = new Set<Socket>();
  const server = createServer({ key: options.key, cert: options.cert }, (secure) => {
    connections += 1;
    const upstream = connectTcp(options.targetPort, '127.0.0.1');
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    secure.pipe(upstream).pipe(secure);
    upstream.on('error', () => secure.destroy());
    secure.on('error', () => upstream.destroy());
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // A client that refuses the certificate aborts the handshake: expected here, not a failure.
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
