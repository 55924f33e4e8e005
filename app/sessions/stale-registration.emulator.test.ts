// A stored client registration the service no longer knows: in the browser flow /authorize shows
// its error in the browser, never to the app. The user gives up (timeout or cancel); the next
// sign-in must register a fresh client instead of sending them to the same error page forever.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../e2e/emulator';
import { startSampleEmulator } from '../../e2e/emulator/testing';
import { InMemorySecretStore } from '../secrets/in-memory-secret-store';
import { CoreHarness } from '../testing/core-harness';
import { FakeClock } from '../testing/fake-clock';
import { secretAccounts } from './session-secrets';

let clock: FakeClock;
let emulator: RunningEmulator;
let secrets: InMemorySecretStore;
let harness: CoreHarness;

beforeEach(async () => {
  clock = new FakeClock();
  emulator = await startSampleEmulator({ now: () => clock.now(), lifetimes: { accessTokenSeconds: 3600, refreshTokenSeconds: 7 * 24 * 3600 } });
  secrets = new InMemorySecretStore();
  harness = new CoreHarness({ clock, endpoint: emulator.endpoint, secretStore: secrets });
  await harness.core.ready;
});

afterEach(async () => {
  await harness.dispose();
  await emulator.close();
});

/** Signed in, then the session ends the ordinary way (revoked): the registration stays stored. */
async function expiredInstanceId(): Promise<string> {
  const instance = await harness.addInstance('https://d-1234567890.awsapps.com/start', 'eu-west-1');
  await harness.call('sessions:sign-in', { instanceId: instance.id });
  await harness.waitForSession(instance.id, ['signed-in']);
  emulator.admin.revokeUser('alice');
  clock.jump(2 * 3600_000);
  await expect(harness.core.sessions.getAccessToken(instance.id, { interactive: false })).rejects.toMatchObject({ code: 'token-expired' });
  expect(await harness.session(instance.id)).toEqual({ kind: 'expired' });
  expect(secrets.keys()).toContain(secretAccounts.clientRegistration(instance.id));
  return instance.id;
}

/** The service loses every client and session (as after an instance is recreated), same address. */
async function restartEmulatorWithNoMemory(): Promise<void> {
  const port = Number(new URL(emulator.endpoint).port);
  await emulator.close();
  emulator = await startSampleEmulator({ now: () => clock.now(), port, lifetimes: { accessTokenSeconds: 3600, refreshTokenSeconds: 7 * 24 * 3600 } });
}

describe('a client registration the service forgot (browser flow)', () => {
  it('is dropped when the user gives up waiting, and the next sign-in registers afresh', async () => {
    const instance = { id: await expiredInstanceId() };
    await restartEmulatorWithNoMemory();
    await harness.call('sessions:sign-in', { instanceId: instance.id });
    await harness.waitForSession(instance.id, ['awaiting-browser']);
    await harness.browser.settled();
    // The browser got the service's error page and never came back to the app.
    expect(await harness.session(instance.id)).toMatchObject({ kind: 'awaiting-browser' });
    await harness.call('sessions:cancel-sign-in', { instanceId: instance.id });
    expect(await harness.waitForSession(instance.id, ['expired'])).toEqual({ kind: 'expired' });
    expect(secrets.keys()).not.toContain(secretAccounts.clientRegistration(instance.id));

    await harness.call('sessions:sign-in', { instanceId: instance.id });
    await harness.waitForSession(instance.id, ['signed-in']);
    expect(emulator.admin.counts()['RegisterClient']?.requests).toBe(1);
  });

  it('is dropped after the 10-minute wait runs out as well', async () => {
    const instance = { id: await expiredInstanceId() };
    await restartEmulatorWithNoMemory();
    await harness.call('sessions:sign-in', { instanceId: instance.id });
    await harness.waitForSession(instance.id, ['awaiting-browser']);
    await harness.browser.settled();
    await clock.advance(10 * 60_000);
    expect(await harness.waitForSession(instance.id, ['error'])).toMatchObject({ code: 'timed-out' });
    expect(secrets.keys()).not.toContain(secretAccounts.clientRegistration(instance.id));

    await harness.call('sessions:sign-in', { instanceId: instance.id });
    await harness.waitForSession(instance.id, ['signed-in']);
  });

  it('is kept when a session from before the attempt still refreshes with it', async () => {
    const instance = await harness.addInstance('https://d-1234567890.awsapps.com/start', 'eu-west-1');
    await harness.call('sessions:sign-in', { instanceId: instance.id });
    await harness.waitForSession(instance.id, ['signed-in']);
    emulator.admin.updateSettings({ autoApproveUser: null });
    harness.browser.consent = 'ignore';
    await harness.call('sessions:sign-in', { instanceId: instance.id });
    await harness.waitForSession(instance.id, ['awaiting-browser']);
    await harness.call('sessions:cancel-sign-in', { instanceId: instance.id });
    await harness.waitForSession(instance.id, ['signed-in']);
    expect(secrets.keys()).toContain(secretAccounts.clientRegistration(instance.id));
    clock.jump(2 * 3600_000);
    await expect(harness.core.sessions.getAccessToken(instance.id, { interactive: false })).resolves.toMatch(/^aoa/);
  });
});
