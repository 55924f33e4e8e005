// One RegisterClient call through the Node hosts' request handler, run in a child process by
// app/net/corporate-network.emulator.test.ts: Node reads NODE_EXTRA_CA_CERTS only when a process
// starts, so each trust setting needs a process of its own. Prints one JSON line: the outcome as
// a user would see it (the app's error code and message), never the client secret.
import { AwsClients } from '../aws/aws-clients';
import { nodeRequestHandlers } from '../net/node-request-handler';
import { systemClock } from '../ports/clock';

async function main(): Promise<void> {
  const [endpoint = '', startUrl = '', region = 'eu-west-1'] = process.argv.slice(2);
  const clients = new AwsClients({ clock: systemClock, awsEndpoint: endpoint, clientName: 'corporate-network-probe', maxAttempts: 1, requestHandler: nodeRequestHandlers(process.env) });
  const instance = { id: 'probe', startUrl, region, partition: 'aws', displayName: 'probe', signInMethod: 'device-code' } as const;
  try {
    const registration = await clients.oidcFor(instance).registerClient('device-code', startUrl);
    process.stdout.write(`${JSON.stringify({ ok: true, registered: registration.clientId.length > 0 })}\n`);
  } catch (error) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    process.stdout.write(`${JSON.stringify({ ok: false, code, message })}\n`);
  } finally {
    clients.dispose();
  }
}

void main();
