// Finding 2 of the security review, and the fault table: what a refresh meets between the app and
// IAM Identity Center. Only the service's own answers that end a session may sign the user out
// and delete the refresh token; everything else keeps it and retries quietly.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../e2e/emulator';
import { startSampleEmulator } from '../../e2e/emulator/testing';
import { ChunkedSecretStore } from '../secrets/chunked-secret-store';
import { InMemorySecretStore } from '../secrets/in-memory-secret-store';
import { CoreHarness } from '../testing/core-harness';
import { FakeClock } from '../testing/fake-clock';
import { startFaultProxy, type Fault, type FaultProxy } from '../testing/fault-proxy';
import { secretAccounts } from './session-secrets';

const json = { 'content-type': 'application/json' };
const html = { 'content-type': 'text/html' };
const modelled = (type: string, error: string) => ({ ...json, 'x-amzn-errortype': `${type}:http://internal.amazon.com/coral/com.amazonaws.ssooidc/` , 'x-oauth-error': error });

const cases: readonly { name: string; fault: Fault; endsSession: boolean }[] = [
  { name: '403 JSON (a WAF)', fault: { kind: 'answer', status: 403, headers: json, body: '{"message":"Forbidden"}' }, endsSession: false },
  { name: '403 HTML (a corporate proxy)', fault: { kind: 'answer', status: 403, headers: html, body: '<html><body>Access denied by policy</body></html>' }, endsSession: false },
  { name: '404 JSON', fault: { kind: 'answer', status: 404, headers: json, body: '{"message":"Not Found"}' }, endsSession: false },
  { name: '407 proxy authentication', fault: { kind: 'answer', status: 407, headers: { ...html, 'proxy-authenticate': 'Basic realm="corp"' }, body: '<html>Proxy login</html>' }, endsSession: false },
  { name: '429', fault: { kind: 'answer', status: 429, headers: json, body: '{"message":"Rate exceeded"}' }, endsSession: false },
  { name: '500 InternalServerException', fault: { kind: 'answer', status: 500, headers: modelled('InternalServerException', 'server_error'), body: '{"error":"server_error"}' }, endsSession: false },
  { name: '502 HTML', fault: { kind: 'answer', status: 502, headers: html, body: '<html>Bad Gateway</html>' }, endsSession: false },
  { name: '503', fault: { kind: 'answer', status: 503, headers: json, body: '{}' }, endsSession: false },
  { name: 'a reset connection', fault: { kind: 'reset' }, endsSession: false },
  { name: 'a hang (time limit)', fault: { kind: 'hang' }, endsSession: false },
  { name: 'a garbage 200', fault: { kind: 'answer', status: 200, headers: { 'content-type': 'text/plain' }, body: '<<<not json' }, endsSession: false },
  { name: 'InvalidGrantException', fault: { kind: 'answer', status: 400, headers: modelled('InvalidGrantException', 'invalid_grant'), body: '{"error":"invalid_grant","error_description":"Invalid refresh token provided"}' }, endsSession: true },
  { name: 'ExpiredTokenException', fault: { kind: 'answer', status: 400, headers: modelled('ExpiredTokenException', 'expired_token'), body: '{"error":"expired_token"}' }, endsSession: true },
];

let clock: FakeClock;
let emulator: RunningEmulator;
let proxy: FaultProxy;
let secrets: InMemorySecretStore;
let harness: CoreHarness;

beforeEach(async () => {
  clock = new FakeClock();
  emulator = await startSampleEmulator({ now: () => clock.now(), autoApproveUser: 'alice', lifetimes: { accessTokenSeconds: 600 } });
  proxy = await startFaultProxy(emulator.endpoint);
  secrets = new InMemorySecretStore();
  harness = new CoreHarness({ clock, endpoint: proxy.origin, secretStore: secrets, sdkTimeouts: { connectionMs: 1_000, requestMs: 400 } });
  await harness.core.ready;
});

afterEach(async () => {
  await harness.dispose();
  await proxy.close();
  await emulator.close();
});

async function signedIn(): Promise<string> {
  const instance = await harness.addInstance('https://d-1234567890.awsapps.com/start', 'eu-west-1', 'device-code');
  await harness.call('sessions:sign-in', { instanceId: instance.id });
  await harness.waitForSession(instance.id, ['signed-in']);
  return instance.id;
}

const storedRefreshToken = (instanceId: string) => new ChunkedSecretStore(secrets).get(secretAccounts.refreshToken(instanceId));

describe('a refresh against each fault', () => {
  it.each(cases)('$name → ends the session: $endsSession', async ({ fault, endsSession }) => {
    const instanceId = await signedIn();
    const before = await storedRefreshToken(instanceId);
    // The sign-in itself opened its device page (signIn.openDevicePage); nothing may open after it.
    const openedBySignIn = harness.browser.opened.length;
    proxy.arm('/token', fault);
    // Past the access token's life: the next caller needs a refresh.
    await clock.advance(700_000);
    await expect(harness.core.sessions.getAccessToken(instanceId, { interactive: false })).rejects.toBeDefined();
    await harness.core.whenIdle();

    expect(proxy.hits.get('/token')).toBeGreaterThanOrEqual(2);
    if (endsSession) {
      expect(await storedRefreshToken(instanceId)).toBeUndefined();
      expect(await harness.session(instanceId)).toEqual({ kind: 'expired' });
      expect(harness.eventsNamed('notices-changed').at(-1)).toMatchObject([{ kind: 'session-expired', instanceId }]);
      return;
    }
    expect(await storedRefreshToken(instanceId)).toBe(before);
    const state = await harness.session(instanceId);
    expect(state).toMatchObject({ kind: 'reconnecting', retryAt: expect.any(Number) });
    // Quiet: no notice, nothing that invites a new sign-in.
    expect(harness.eventsNamed('notices-changed').flat()).toEqual([]);
    expect(harness.browser.opened.slice(openedBySignIn)).toEqual([]);

    // The trouble passes: the next scheduled attempt brings the session back by itself.
    proxy.clear();
    await harness.advanceUntil(async () => (await harness.session(instanceId)).kind === 'signed-in', 5_000, 40);
    expect(await harness.core.sessions.getAccessToken(instanceId, { interactive: false })).toMatch(/^aoa/);
  });
});
