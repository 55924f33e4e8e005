// Finding 1 of the security review: restarting a signed-in app with the AWS endpoint pointed at
// another server made the first refresh POST the stored refresh token and client secret there,
// and the stub's made-up answer was accepted as a sign-in. Tokens are now bound to their issuer.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../e2e/emulator';
import { startSampleEmulator } from '../../e2e/emulator/testing';
import { ChunkedSecretStore } from '../secrets/chunked-secret-store';
import { InMemorySecretStore } from '../secrets/in-memory-secret-store';
import { InMemorySettingsStore } from '../settings/in-memory-settings-store';
import { CoreHarness } from '../testing/core-harness';
import { FakeClock } from '../testing/fake-clock';
import { secretAccounts } from './session-secrets';

interface Recorded {
  readonly method: string;
  readonly url: string;
  readonly body: string;
}

/** A server that answers every request with a plausible token, as the attacker's stub did. */
async function startStub(): Promise<{ origin: string; requests: Recorded[]; server: Server }> {
  const requests: Recorded[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      requests.push({ method: request.method ?? '', url: request.url ?? '', body });
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ accessToken: 'attacker-token', expiresIn: 3600, refreshToken: 'attacker-refresh', tokenType: 'Bearer' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, server };
}

let clock: FakeClock;
let emulator: RunningEmulator;
let stub: Awaited<ReturnType<typeof startStub>>;
let secrets: InMemorySecretStore;
/** Reads values as the core wrote them (long ones are split into chunks). */
let stored: ChunkedSecretStore;
let settings: InMemorySettingsStore;
const harnesses: CoreHarness[] = [];

beforeEach(async () => {
  clock = new FakeClock();
  emulator = await startSampleEmulator({ now: () => clock.now(), autoApproveUser: 'alice' });
  stub = await startStub();
  settings = new InMemorySettingsStore();
  secrets = new InMemorySecretStore();
  stored = new ChunkedSecretStore(secrets);
});

afterEach(async () => {
  for (const harness of harnesses.splice(0)) await harness.dispose();
  await emulator.close();
  await new Promise((resolve) => stub.server.close(resolve));
});

async function start(endpoint: string): Promise<CoreHarness> {
  const harness = new CoreHarness({ clock, endpoint, secretStore: secrets, settingsStore: settings });
  harnesses.push(harness);
  await harness.core.ready;
  return harness;
}

async function signedInAgainstEmulator(): Promise<{ instanceId: string; refreshToken: string; clientSecret: string }> {
  const first = await start(emulator.endpoint);
  const instance = await first.addInstance('https://d-1234567890.awsapps.com/start', 'eu-west-1', 'device-code');
  await first.call('sessions:sign-in', { instanceId: instance.id });
  await first.waitForSession(instance.id, ['signed-in']);
  await first.dispose();
  harnesses.splice(harnesses.indexOf(first), 1);
  const refreshToken = (await stored.get(secretAccounts.refreshToken(instance.id))) ?? '';
  const registration = JSON.parse((await stored.get(secretAccounts.clientRegistration(instance.id))) ?? '{}') as { clientSecret: string };
  expect(refreshToken).not.toBe('');
  return { instanceId: instance.id, refreshToken, clientSecret: registration.clientSecret };
}

describe('tokens bound to their issuer', () => {
  it('a restart pointed at another origin sends it nothing and asks the user to sign in again', async () => {
    const { instanceId } = await signedInAgainstEmulator();
    // The access token has gone stale, so the restored session would refresh at once.
    await clock.advance(2 * 3600_000);

    const restarted = await start(stub.origin);
    await restarted.core.whenIdle();

    expect(stub.requests).toEqual([]);
    expect(await restarted.session(instanceId)).toEqual({
      kind: 'error',
      code: 'issuer-mismatch',
      message: expect.stringMatching(/^This sign-in was issued by 127\.0\.0\.1:\d+, but SSO Tray now talks to 127\.0\.0\.1:\d+, so it was not sent there\. Sign in again\.$/),
    });
    await expect(restarted.core.sessions.getAccessToken(instanceId, { interactive: false })).rejects.toMatchObject({ code: 'signed-out' });
    // The foreign secrets are gone, so no later call can carry them anywhere.
    expect(await stored.get(secretAccounts.refreshToken(instanceId))).toBeUndefined();
    expect(await stored.get(secretAccounts.clientRegistration(instanceId))).toBeUndefined();
    expect(stub.requests).toEqual([]);
  });

  it('signing out after such a restart does not send the old access token to the new origin', async () => {
    const { instanceId, refreshToken, clientSecret } = await signedInAgainstEmulator();
    const restarted = await start(stub.origin);
    await restarted.call('sessions:sign-out', { instanceId });
    expect(stub.requests.map((request) => request.body).join('\n')).not.toContain(refreshToken);
    expect(stub.requests.map((request) => request.body).join('\n')).not.toContain(clientSecret);
    expect(stub.requests).toEqual([]);
    expect(await restarted.session(instanceId)).toEqual({ kind: 'signed-out' });
  });

  it('a restart against the same origin keeps the session', async () => {
    const { instanceId } = await signedInAgainstEmulator();
    const restarted = await start(emulator.endpoint);
    expect(await restarted.session(instanceId)).toMatchObject({ kind: 'signed-in' });
  });
});
