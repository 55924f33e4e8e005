// Staying signed in: refresh ahead of expiry for a simulated day, one sign-in for many callers when
// the session has ended, and telling the user once. Emulator + real Secret Service + fake clock.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../e2e/emulator';
import { startSampleEmulator } from '../../e2e/emulator/testing';
import type { InstanceView } from '../model/instance-view';
import { KeychainSecretStore } from '../secrets/keychain-secret-store';
import { CoreHarness } from '../testing/core-harness';
import { FakeClock } from '../testing/fake-clock';
import { requireSecretService, secretToolLookup, secretToolSearch, uniqueKeychainService } from '../testing/keyring';
import { secretAccounts } from './session-secrets';

const startUrl = 'https://d-1234567890.awsapps.com/start';
const region = 'eu-west-1';
const day = 24 * 3600_000;

let clock: FakeClock;
let emulator: RunningEmulator;
let service: string;
let harness: CoreHarness;

beforeAll(requireSecretService);

beforeEach(async () => {
  clock = new FakeClock();
  emulator = await startSampleEmulator({ now: () => clock.now(), pollIntervalSeconds: 1, lifetimes: { accessTokenSeconds: 60, refreshTokenSeconds: 7 * 24 * 3600 } });
  service = uniqueKeychainService();
  harness = new CoreHarness({ clock, endpoint: emulator.endpoint, secretStore: new KeychainSecretStore(service) });
  await harness.core.ready;
});

afterEach(async () => {
  await harness.dispose();
  await emulator.close();
  const keychain = new KeychainSecretStore(service);
  for (const account of (await secretToolSearch(service)).keys()) await keychain.delete(account);
});

async function signedIn(): Promise<InstanceView> {
  const instance = await harness.addInstance(startUrl, region);
  await harness.call('sessions:sign-in', { instanceId: instance.id });
  await harness.waitForSession(instance.id, ['signed-in']);
  return instance;
}

describe('refresh', () => {
  it('keeps a session signed in for a simulated day of 60-second tokens without opening the browser again', { timeout: 240_000 }, async () => {
    const instance = await signedIn();
    expect(harness.browser.openCount).toBe(1);
    const signedInAt = clock.now();
    emulator.admin.resetCounts();
    const firstRefreshToken = await secretToolLookup(service, secretAccounts.refreshToken(instance.id));
    const kinds = new Set<string>();

    const end = clock.now() + day;
    while (clock.now() < end) {
      await clock.advance(5_000);
      await harness.core.whenIdle();
      kinds.add((await harness.session(instance.id)).kind);
    }

    expect([...kinds]).toEqual(['signed-in']);
    // The card still says when the user signed in, not when the token was last renewed.
    expect(await harness.session(instance.id)).toMatchObject({ kind: 'signed-in', signedInAt });
    expect(harness.browser.openCount).toBe(1);
    const counts = emulator.admin.counts();
    expect(counts['Authorize']?.requests ?? 0).toBe(0);
    expect(counts['RegisterClient']?.requests ?? 0).toBe(0);
    // Refreshing at 80 % of a 60 s life: about 86,400 / 48 = 1,800 refreshes, each one request.
    const refreshes = counts['CreateToken']?.requests ?? 0;
    expect(refreshes).toBeGreaterThan(1_700);
    expect(refreshes).toBeLessThan(1_950);
    expect(await harness.core.sessions.getAccessToken(instance.id, { interactive: false })).toMatch(/^aoa/);
    // Rotated refresh tokens replace the old one in the keychain.
    const lastRefreshToken = await secretToolLookup(service, secretAccounts.refreshToken(instance.id));
    expect(lastRefreshToken).toMatch(/^aor/);
    expect(lastRefreshToken).not.toBe(firstRefreshToken);
    expect(harness.internalErrors).toEqual([]);
  });

  it('gives 20 concurrent interactive callers one sign-in and the same new token when the session has ended', async () => {
    const instance = await signedIn();
    emulator.admin.revokeUser('alice');
    // Like a laptop waking up two minutes later: the token has expired and the refresh is overdue.
    clock.jump(120_000);
    emulator.admin.resetCounts();

    const tokens = await Promise.all(Array.from({ length: 20 }, () => harness.core.sessions.getAccessToken(instance.id, { interactive: true })));

    expect(harness.browser.openCount).toBe(2);
    expect(new Set(tokens).size).toBe(1);
    expect(tokens[0]).toMatch(/^aoa/);
    const counts = emulator.admin.counts();
    expect(counts['Authorize']?.requests).toBe(1);
    // One refused refresh and one code exchange; the stored client registration was reused.
    expect(counts['CreateToken']?.requests).toBe(2);
    expect(counts['RegisterClient']?.requests ?? 0).toBe(0);
    expect(await harness.session(instance.id)).toMatchObject({ kind: 'signed-in' });
  });

  it('marks a revoked session expired, tells the user once, and signs in again with one click', async () => {
    const instance = await signedIn();
    emulator.admin.revokeUser('alice');
    await harness.advanceUntil(async () => (await harness.session(instance.id)).kind === 'expired', 5_000, 20);

    for (let attempt = 0; attempt < 3; attempt += 1) {
      await expect(harness.core.sessions.getAccessToken(instance.id, { interactive: false })).rejects.toMatchObject({ code: 'token-expired' });
    }
    const notices = await harness.call('notices:list');
    expect(notices).toEqual([
      {
        id: `session-expired:${instance.id}`,
        kind: 'session-expired',
        level: 'warning',
        message: `Your session for d-1234567890 has ended. Sign in again to keep using it.`,
        instanceId: instance.id,
        action: { kind: 'sign-in', instanceId: instance.id },
        createdAt: expect.any(Number),
      },
    ]);
    const expiredEvents = harness.eventsNamed('instances-changed').filter((list) => list[0]?.session.kind === 'expired');
    expect(expiredEvents).toHaveLength(1);
    expect(harness.eventsNamed('notices-changed')).toHaveLength(1);
    expect(await secretToolLookup(service, secretAccounts.refreshToken(instance.id))).toBeUndefined();

    await harness.call('sessions:sign-in', { instanceId: instance.id });
    await harness.waitForSession(instance.id, ['signed-in']);
    expect(await harness.call('notices:list')).toEqual([]);
  });

  it('keeps the session when a refresh cannot reach the service, and recovers when it can', async () => {
    const instance = await signedIn();
    emulator.admin.updateSettings({ faults: { dropRate: 1, operations: ['CreateToken'] } });
    // Temporary trouble: a quiet "retrying", never a failed sign-in that invites a new one.
    await harness.advanceUntil(async () => (await harness.session(instance.id)).kind === 'reconnecting', 5_000, 40);
    expect(await harness.session(instance.id)).toMatchObject({ kind: 'reconnecting', message: expect.stringMatching(/IAM Identity Center at 127\.0\.0\.1:\d+/) });
    expect(harness.browser.openCount).toBe(1);

    emulator.admin.updateSettings({ faults: {} });
    await harness.advanceUntil(async () => (await harness.session(instance.id)).kind === 'signed-in', 5_000, 100);
    expect(await harness.core.sessions.getAccessToken(instance.id, { interactive: false })).toMatch(/^aoa/);
    expect(harness.browser.openCount).toBe(1);
  });
});
