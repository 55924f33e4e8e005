// A web host in a process of its own, for start-web-host.test.ts. A frame that crashes the host
// would crash the test runner's process too, where Vitest reports the error and carries on; only
// from outside is the crash what it would be for a developer: the host gone.
// Usage: node --import tsx web-host-child.ts <static dir>; prints {"url": ...} once listening.
import { silentLogger } from '../../app/ports/logger';
import { composeNodeCore } from './compose-node';
import { startWebHost } from './start-web-host';

const composition = composeNodeCore({ logger: silentLogger, awsEndpoint: 'http://127.0.0.1:9' });
startWebHost({ core: composition.core, browserRelay: composition.browserRelay, staticDir: process.argv[2] })
  .then((host) => {
    process.stdout.write(`${JSON.stringify({ url: host.url })}\n`);
    process.once('SIGTERM', () => {
      void host.close().then(() => composition.core.dispose()).finally(() => process.exit(0));
    });
  })
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
