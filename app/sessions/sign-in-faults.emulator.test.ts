// Finding 3 (no time limit on any IAM Identity Center call; a hung sign-in offered no Cancel) and
// two test gaps: a failed sign-in must not stop the refreshes of the session from before it, and an
// interactive caller must not get a new sign-in when the service is merely unreachable.
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../e2e/emulator';
import { startSampleEmulator } from '../../e2e/emulator/testing';
import type { SdkTimeouts } from '../aws/sdk-clients';
import { InMemorySecretStore } from '../secrets/in-memory-secret-store';
import { CoreHarness } from '../testing/core-harness';
import { FakeClock } from '../testing/fake-clock';
import { startFaultProxy, type FaultProxy } from '../testing/fault-proxy';

let emulator: RunningEmulator;
let proxy: FaultProxy;
let harness: CoreHarness;

async function start(timeouts: SdkTimeouts): Promise<{ clock: FakeClock; instanceId: string }> {
  const clock = new FakeClock();
  emulator = await startSampleEmulator({ now: () => clock.now(), autoApproveUser: 'alice', lifetimes: { accessTokenSeconds: 600 } });
  proxy = await startFaultProxy(emulator.endpoint);
  harness = new CoreHarness({ clock, endpoint: proxy.origin, secretStore: new InMemorySecretStore(), sdkTimeouts: timeouts });
  await harness.core.ready;
  const instance = await harness.addInstance('https://d-1234567890.awsapps.com/start', 'eu-west-1', 'device-code');
  return { clock, instanceId: instance.id };
}

afterEach(async () => {
  await harness.dispose();
  await proxy.close();
  await emulator.close();
});

describe('a sign-in against a server that never answers', () => {
  it('shows that it is starting, then a clear, temporary error within the time limit', async () => {
    const { instanceId } = await start({ connectionMs: 1_000, requestMs: 400 });
    proxy.arm('/client/register', { kind: 'hang' });
    await harness.call('sessions:sign-in', { instanceId });
    expect(await harness.session(instanceId)).toEqual({ kind: 'starting-sign-in' });
    expect(await harness.waitForSession(instanceId, ['error'], 5_000)).toEqual({
      kind: 'error',
      code: 'network',
      message: expect.stringMatching(/^IAM Identity Center at 127\.0\.0\.1:\d+ did not answer in time\./),
    });
  });

  it('can be cancelled while it waits, and goes back to signed out', async () => {
    const { instanceId } = await start({ connectionMs: 1_000, requestMs: 60_000 });
    proxy.arm('/client/register', { kind: 'hang' });
    await harness.call('sessions:sign-in', { instanceId });
    await harness.waitForSession(instanceId, ['starting-sign-in']);
    await harness.call('sessions:cancel-sign-in', { instanceId });
    expect(await harness.waitForSession(instanceId, ['signed-out'], 2_000)).toEqual({ kind: 'signed-out' });
  });
});

describe('a session from before a sign-in attempt', () => {
  it('keeps refreshing after the new attempt fails', async () => {
    const { instanceId } = await start({ connectionMs: 1_000, requestMs: 5_000 });
    await harness.call('sessions:sign-in', { instanceId });
    await harness.waitForSession(instanceId, ['signed-in']);
    const first = await harness.core.sessions.getAccessToken(instanceId, { interactive: false });

    proxy.arm('/device_authorization', { kind: 'answer', status: 500, headers: { 'content-type': 'application/json' }, body: '{"error":"server_error"}' });
    await harness.call('sessions:sign-in', { instanceId });
    await harness.waitForSession(instanceId, ['error']);
    proxy.clear();

    const refreshesBefore = proxy.hits.get('/token') ?? 0;
    await harness.advanceUntil(async () => (proxy.hits.get('/token') ?? 0) > refreshesBefore, 30_000, 30);
    await harness.waitForSession(instanceId, ['signed-in']);
    expect(await harness.core.sessions.getAccessToken(instanceId, { interactive: false })).not.toBe(first);
  });
});

describe('an interactive caller while the service is unreachable', () => {
  it('gets a network error, and no new sign-in is opened', async () => {
    const { clock, instanceId } = await start({ connectionMs: 1_000, requestMs: 5_000 });
    await harness.call('sessions:sign-in', { instanceId });
    await harness.waitForSession(instanceId, ['signed-in']);
    const registrations = proxy.hits.get('/client/register') ?? 0;
    const authorizations = proxy.hits.get('/device_authorization') ?? 0;
    // The sign-in itself opened its device page (signIn.openDevicePage); nothing may open after it.
    const openedBySignIn = harness.browser.opened.length;

    proxy.arm('/token', { kind: 'reset' });
    await clock.advance(700_000);
    await expect(harness.core.sessions.getAccessToken(instanceId, { interactive: true })).rejects.toMatchObject({ code: 'network' });

    expect(proxy.hits.get('/client/register') ?? 0).toBe(registrations);
    expect(proxy.hits.get('/device_authorization') ?? 0).toBe(authorizations);
    expect(harness.browser.opened.slice(openedBySignIn)).toEqual([]);
    expect(await harness.session(instanceId)).toMatchObject({ kind: 'reconnecting' });
  });
});
