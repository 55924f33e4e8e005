// Sign-in end to end at the app level: createCore + the dispatcher, against the IAM Identity
// Center emulator over real HTTP, with the real Secret Service and a fake clock shared by both.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../e2e/emulator';
import { startSampleEmulator } from '../../e2e/emulator/testing';
import { KeychainSecretStore } from '../secrets/keychain-secret-store';
import { openConfSettingsStore } from '../settings/open-conf-settings-store';
import { CoreHarness } from '../testing/core-harness';
import { FakeClock } from '../testing/fake-clock';
import { requireSecretService, secretToolLookup, secretToolSearch, uniqueKeychainService } from '../testing/keyring';
import { secretAccounts } from './session-secrets';

const startUrl = 'https://d-1234567890.awsapps.com/start';
const region = 'eu-west-1';

let clock: FakeClock;
let emulator: RunningEmulator;
let service: string;
let settingsDir: string;
let harness: CoreHarness;

beforeAll(requireSecretService);

beforeEach(async () => {
  clock = new FakeClock();
  emulator = await startSampleEmulator({ now: () => clock.now(), pollIntervalSeconds: 1, lifetimes: { accessTokenSeconds: 60, refreshTokenSeconds: 7 * 24 * 3600 } });
  service = uniqueKeychainService();
  settingsDir = mkdtempSync(join(tmpdir(), 'sso-tray-signin-'));
  harness = new CoreHarness({
    clock,
    endpoint: emulator.endpoint,
    secretStore: new KeychainSecretStore(service),
    settingsStore: openConfSettingsStore({ cwd: settingsDir }, clock),
  });
  await harness.core.ready;
});

afterEach(async () => {
  await harness.dispose();
  await emulator.close();
  const keychain = new KeychainSecretStore(service);
  for (const account of (await secretToolSearch(service)).keys()) await keychain.delete(account);
  rmSync(settingsDir, { recursive: true, force: true });
});

describe('PKCE sign-in (the default)', () => {
  it('signs in through the browser, stores the refresh token in the keychain and no token anywhere else', async () => {
    const instance = await harness.addInstance(startUrl, region);
    expect(await harness.request('sessions:sign-in', { instanceId: instance.id })).toEqual({ ok: true, value: undefined });
    const state = await harness.waitForSession(instance.id, ['signed-in']);
    expect(state).toEqual({ kind: 'signed-in', accessTokenExpiresAt: clock.now() + 60_000, signedInAt: clock.now() });

    expect(harness.browser.openCount).toBe(1);
    const authorizeUrl = new URL(harness.browser.opened[0] ?? '');
    expect(authorizeUrl.origin + authorizeUrl.pathname).toBe(`${emulator.endpoint}/authorize`);
    expect(authorizeUrl.searchParams.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/oauth\/callback$/);
    await harness.browser.settled();
    expect(harness.browser.lastCallbackStatus).toBe(200);
    expect(harness.browser.lastCallbackPage).toMatch(/You can close this tab/);
    expect(harness.eventsNamed('instances-changed').some((list) => list[0]?.session.kind === 'awaiting-browser')).toBe(true);

    const refreshToken = await secretToolLookup(service, secretAccounts.refreshToken(instance.id));
    expect(refreshToken).toMatch(/^aor[A-Za-z0-9_-]{1000,}$/);
    const accessToken = await harness.core.sessions.getAccessToken(instance.id, { interactive: false });
    expect(accessToken).toMatch(/^aoa/);
    // The registration (its client secret is a ~1.3 KB JWT) would take two Windows entries; the
    // Secret Service holds it in one, the JSON as it is.
    const keychain = new KeychainSecretStore(service);
    const registration = JSON.parse((await keychain.get(secretAccounts.clientRegistration(instance.id))) ?? '{}') as { clientSecret?: string };
    expect(registration.clientSecret).toMatch(/^eyJ/);

    const secrets = [refreshToken ?? '', accessToken, registration.clientSecret ?? ''];
    const files = readdirSync(settingsDir).map((name) => readFileSync(join(settingsDir, name), 'utf8'));
    expect(files.join('\n')).toContain(startUrl);
    for (const secret of secrets) {
      expect(files.join('\n')).not.toContain(secret.slice(0, 40));
      expect(JSON.stringify(harness.events)).not.toContain(secret.slice(0, 40));
      expect(harness.logLines.join('\n')).not.toContain(secret.slice(0, 40));
    }
  });

  it('registers the client again after a sign-out, which removes every secret of the instance', async () => {
    const instance = await harness.addInstance(startUrl, region);
    await harness.call('sessions:sign-in', { instanceId: instance.id });
    await harness.waitForSession(instance.id, ['signed-in']);
    await harness.call('sessions:sign-out', { instanceId: instance.id });
    expect(emulator.admin.counts()['RegisterClient']?.requests).toBe(1);
    await harness.call('sessions:sign-in', { instanceId: instance.id });
    await harness.waitForSession(instance.id, ['signed-in']);
    // Sign-out removed every secret, the registration included, so a second one is expected here;
    // a sign-in after an expiry (next test file) reuses it.
    expect(emulator.admin.counts()['RegisterClient']?.requests).toBe(2);
  });

  it('ends in access-denied when the user denies consent in the browser', async () => {
    emulator.admin.updateSettings({ autoApproveUser: null });
    harness.browser.consent = 'deny';
    const instance = await harness.addInstance(startUrl, region);
    await harness.call('sessions:sign-in', { instanceId: instance.id });
    expect(await harness.waitForSession(instance.id, ['error'])).toEqual({ kind: 'error', code: 'access-denied', message: 'The sign-in was denied in the browser.' });
    await harness.browser.settled();
    expect(harness.browser.lastCallbackPage).toMatch(/denied in the browser\. You can close this tab/);
    expect(await secretToolLookup(service, secretAccounts.refreshToken(instance.id))).toBeUndefined();
  });

  it('can be cancelled while the browser is open, and then signed in again', async () => {
    emulator.admin.updateSettings({ autoApproveUser: null });
    harness.browser.consent = 'ignore';
    const instance = await harness.addInstance(startUrl, region);
    await harness.call('sessions:sign-in', { instanceId: instance.id });
    const waiting = await harness.waitForSession(instance.id, ['awaiting-browser']);
    expect(waiting).toMatchObject({ authorizeUrl: expect.stringContaining('/authorize?response_type=code') });
    await harness.call('sessions:cancel-sign-in', { instanceId: instance.id });
    expect(await harness.waitForSession(instance.id, ['signed-out'])).toEqual({ kind: 'signed-out' });

    emulator.admin.updateSettings({ autoApproveUser: 'alice' });
    harness.browser.consent = 'auto';
    await harness.call('sessions:sign-in', { instanceId: instance.id });
    await harness.waitForSession(instance.id, ['signed-in']);
    expect(harness.browser.openCount).toBe(2);
  });
});

describe('device-code sign-in', () => {
  it('shows the user code and signs in once it is approved', async () => {
    emulator.admin.updateSettings({ autoApproveUser: null });
    const instance = await harness.addInstance(startUrl, region, 'device-code');
    await harness.call('sessions:sign-in', { instanceId: instance.id });
    const waiting = await harness.waitForSession(instance.id, ['awaiting-device-code']);
    if (waiting.kind !== 'awaiting-device-code') throw new Error('unreachable');
    expect(waiting.userCode).toMatch(/^[A-Z]{4}-[A-Z]{4}$/);
    expect(waiting.verificationUriComplete).toContain(waiting.userCode);
    // The verification page opens by itself, with the code filled in (as the AWS CLI does).
    expect(harness.browser.opened).toEqual([waiting.verificationUriComplete]);
    await harness.call('sessions:open-sign-in-page', { instanceId: instance.id });
    expect(harness.browser.opened).toEqual([waiting.verificationUriComplete, waiting.verificationUriComplete]);

    emulator.admin.approveDevice(waiting.userCode, 'alice');
    await harness.advanceUntil(async () => (await harness.session(instance.id)).kind === 'signed-in', 1000, 20);
    expect(await secretToolLookup(service, secretAccounts.refreshToken(instance.id))).toMatch(/^aor/);
  });

  it('leaves the verification page closed when the setting signIn.openDevicePage is off', async () => {
    emulator.admin.updateSettings({ autoApproveUser: null });
    expect(await harness.request('settings:update', { signIn: { openDevicePage: false } })).toMatchObject({ ok: true });
    const instance = await harness.addInstance(startUrl, region, 'device-code');
    await harness.call('sessions:sign-in', { instanceId: instance.id });
    const waiting = await harness.waitForSession(instance.id, ['awaiting-device-code']);
    expect(waiting.kind).toBe('awaiting-device-code');
    expect(harness.browser.opened).toEqual([]);
  });

  it('signs in at once with an auto-approving emulator', async () => {
    const instance = await harness.addInstance(startUrl, region, 'device-code');
    await harness.call('sessions:sign-in', { instanceId: instance.id });
    await harness.waitForSession(instance.id, ['signed-in']);
    expect(await harness.core.sessions.getAccessToken(instance.id, { interactive: false })).toMatch(/^aoa/);
  });

  it('ends in access-denied when the code is denied', async () => {
    emulator.admin.updateSettings({ autoApproveUser: null });
    const instance = await harness.addInstance(startUrl, region, 'device-code');
    await harness.call('sessions:sign-in', { instanceId: instance.id });
    const waiting = await harness.waitForSession(instance.id, ['awaiting-device-code']);
    emulator.admin.denyDevice(waiting.kind === 'awaiting-device-code' ? waiting.userCode : '');
    await harness.advanceUntil(async () => (await harness.session(instance.id)).kind === 'error', 1000, 20);
    expect(await harness.session(instance.id)).toEqual({ kind: 'error', code: 'access-denied', message: 'The sign-in was denied in the browser.' });
  });

  it('ends in timed-out when the code expires unapproved', async () => {
    emulator.admin.updateSettings({ autoApproveUser: null, lifetimes: { deviceCodeSeconds: 30 } });
    const instance = await harness.addInstance(startUrl, region, 'device-code');
    await harness.call('sessions:sign-in', { instanceId: instance.id });
    await harness.waitForSession(instance.id, ['awaiting-device-code']);
    await harness.advanceUntil(async () => (await harness.session(instance.id)).kind === 'error', 1000, 60);
    expect(await harness.session(instance.id)).toMatchObject({ kind: 'error', code: 'timed-out', message: expect.stringMatching(/expired before it was approved/) });
  });
});

describe('what the user is told when something is wrong', () => {
  it.each([
    ['http://d-1234567890.awsapps.com/start', region, 'invalid-start-url', /must begin with https/],
    ['https://example.com/start', region, 'invalid-start-url', /not an AWS access portal URL/],
    [startUrl, 'eu-west-9', 'unknown-region', /not an AWS region/],
  ])('adding %s in %s gives %s', async (url, instanceRegion, code, message) => {
    const result = await harness.request('instances:add', { startUrl: url, region: instanceRegion });
    expect(result).toMatchObject({ ok: false, code, message: expect.stringMatching(message) });
  });

  it('refuses the same instance twice', async () => {
    await harness.addInstance(startUrl, region);
    expect(await harness.request('instances:add', { startUrl: `${startUrl}/#/`, region })).toMatchObject({ ok: false, code: 'duplicate-instance' });
  });

  it('says the service cannot be reached when the emulator is down', async () => {
    const instance = await harness.addInstance(startUrl, region);
    await emulator.close();
    await harness.call('sessions:sign-in', { instanceId: instance.id });
    const host = new URL(emulator.endpoint).host;
    expect(await harness.waitForSession(instance.id, ['error'])).toEqual({
      kind: 'error',
      code: 'network',
      message: `Cannot reach IAM Identity Center at ${host}. Check your connection or VPN.`,
    });
  });
});
