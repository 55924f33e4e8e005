// The Node hosts on a corporate network: a proxy that only tunnels (CONNECT) and inspects TLS with
// its own CA. The proxy (connect-proxy.ts) routes `oidc.eu-west-1.amazonaws.com:443` to a loopback
// TLS front (tls-front.ts) whose certificate a test CA signed, and the front forwards to the
// emulator, so the real SDK call runs end to end without leaving the machine. Each case is a child
// process (register-client-probe.ts), because Node reads NODE_EXTRA_CA_CERTS at process start.
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_REGION, SAMPLE_START_URL, startSampleEmulator } from '../../e2e/emulator/testing';
import type { RunningEmulator } from '../../e2e/emulator';
import { startConnectProxy, type ConnectProxy } from '../testing/connect-proxy';
import { createTestCertificates, type TestCertificates } from '../testing/test-ca';
import { startTlsFront, type TlsFront } from '../testing/tls-front';

const run = promisify(execFile);
const awsOidc = 'oidc.eu-west-1.amazonaws.com';

let emulator: RunningEmulator;
let certificates: TestCertificates;
let front: TlsFront;
let proxy: ConnectProxy;
let guardedProxy: ConnectProxy;

beforeAll(async () => {
  emulator = await startSampleEmulator();
  certificates = createTestCertificates([awsOidc, '127.0.0.1']);
  front = await startTlsFront({ key: certificates.serverKey, cert: certificates.serverCert, targetPort: Number(new URL(emulator.endpoint).port) });
  const routes = { [`${awsOidc}:443`]: front.port };
  proxy = await startConnectProxy({ routes });
  guardedProxy = await startConnectProxy({ routes, credentials: { user: 'alice', password: 'pr0xy-s3cret' } });
});

afterAll(async () => {
  await Promise.all([proxy?.close(), guardedProxy?.close(), front?.close(), emulator?.close()]);
  if (certificates) rmSync(certificates.dir, { recursive: true, force: true });
});

const registrations = () => emulator.admin.counts()['RegisterClient']?.requests ?? 0;

interface Outcome {
  readonly ok: boolean;
  readonly registered?: boolean;
  readonly code?: string;
  readonly message?: string;
}

/** One RegisterClient in a fresh Node, with only the variables given (plus PATH and HOME). */
async function registerClient(endpoint: string, env: Readonly<Record<string, string>>): Promise<Outcome> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'app/testing/register-client-probe.ts', endpoint, SAMPLE_START_URL, SAMPLE_REGION], {
    cwd: process.cwd(),
    // Nothing inherited: the machine's own NODE_EXTRA_CA_CERTS or proxy must not decide a case.
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env },
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Outcome;
}

// Two child processes per case, each starting tsx: generous limits on a busy machine (no timing is asserted).
describe('the Node hosts behind a TLS-inspecting proxy', { timeout: 90_000 }, () => {
  it('reach IAM Identity Center through HTTPS_PROXY when NODE_EXTRA_CA_CERTS names the proxy CA', async () => {
    const tunnelsBefore = proxy.tunnels.length;
    const registrationsBefore = registrations();
    const outcome = await registerClient(`https://${awsOidc}`, { HTTPS_PROXY: proxy.origin, NODE_EXTRA_CA_CERTS: certificates.caFile });
    expect(outcome).toEqual({ ok: true, registered: true });
    // The call went through the proxy, to the AWS name, and reached the service behind it.
    expect(proxy.tunnels.slice(tunnelsBefore)).toEqual([`${awsOidc}:443`]);
    expect(registrations()).toBe(registrationsBefore + 1);
  });

  it('say "certificate not trusted" and what to do when the proxy CA is not configured', async () => {
    const tunnelsBefore = proxy.tunnels.length;
    const registrationsBefore = registrations();
    const outcome = await registerClient(`https://${awsOidc}`, { HTTPS_PROXY: proxy.origin });
    expect(outcome.ok).toBe(false);
    expect(outcome.code).toBe('network');
    expect(outcome.message).toBe(
      `Cannot connect securely to ${awsOidc}: certificate not trusted. A proxy or security software on your network may be inspecting HTTPS. ` +
        "Add its CA certificate to your system's trust store (for the command line, set NODE_EXTRA_CA_CERTS to the CA certificate file), then try again.",
    );
    // The tunnel was made, the request never reached the service.
    expect(proxy.tunnels.slice(tunnelsBefore)).toEqual([`${awsOidc}:443`]);
    expect(registrations()).toBe(registrationsBefore);
  });

  it('trust the CA directly too, and never send loopback through the proxy', async () => {
    const tunnelsBefore = proxy.tunnels.length;
    const endpoint = `https://127.0.0.1:${front.port}`;
    await expect(registerClient(endpoint, { HTTPS_PROXY: proxy.origin, NODE_EXTRA_CA_CERTS: certificates.caFile })).resolves.toEqual({ ok: true, registered: true });
    const untrusted = await registerClient(endpoint, { HTTPS_PROXY: proxy.origin });
    expect(untrusted.message).toContain('certificate not trusted');
    expect(proxy.tunnels.length).toBe(tunnelsBefore);
  });

  it('send the proxy credentials from HTTPS_PROXY, and say what is missing without them', async () => {
    const url = new URL(guardedProxy.origin);
    const withCredentials = `http://alice:pr0xy-s3cret@${url.host}`;
    await expect(registerClient(`https://${awsOidc}`, { HTTPS_PROXY: withCredentials, NODE_EXTRA_CA_CERTS: certificates.caFile })).resolves.toEqual({ ok: true, registered: true });

    const refused = await registerClient(`https://${awsOidc}`, { HTTPS_PROXY: guardedProxy.origin, NODE_EXTRA_CA_CERTS: certificates.caFile });
    expect(refused.ok).toBe(false);
    expect(refused.message).toBe(
      `The proxy on the way to ${awsOidc} asks for credentials (407). Put them in the proxy setting (for the command line: HTTPS_PROXY=http://USER:PASSWORD@HOST:PORT), then try again.`,
    );
    expect(guardedProxy.tunnels).toEqual([`${awsOidc}:443`, `${awsOidc}:443`]);
  });
});
