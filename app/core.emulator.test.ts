// The core as main and the web host start it: several instances at once, sign-out, and the two
// start-up fallbacks (no keychain, a broken settings file). Emulator + real Secret Service.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../e2e/emulator';
import { startSampleEmulator } from '../e2e/emulator/testing';
import { AppError } from './ipc/result';
import { ChunkedSecretStore } from './secrets/chunked-secret-store';
import { KeychainSecretStore } from './secrets/keychain-secret-store';
import type { SecretStore } from './secrets/secret-store';
import { secretAccounts } from './sessions/session-secrets';
import { openConfSettingsStore } from './settings/open-conf-settings-store';
import { CoreHarness } from './testing/core-harness';
import { FakeClock } from './testing/fake-clock';
import { requireSecretService, secretToolLookup, secretToolSearch, uniqueKeychainService } from './testing/keyring';

let clock: FakeClock;
let emulator: RunningEmulator;
let service: string;
let settingsDir: string;
const harnesses: CoreHarness[] = [];

beforeAll(requireSecretService);

beforeEach(async () => {
  clock = new FakeClock();
  emulator = await startSampleEmulator({ now: () => clock.now(), lifetimes: { accessTokenSeconds: 60 } });
  service = uniqueKeychainService();
  settingsDir = mkdtempSync(join(tmpdir(), 'sso-tray-core-'));
});

afterEach(async () => {
  for (const harness of harnesses.splice(0)) await harness.dispose();
  await emulator.close();
  const keychain = new KeychainSecretStore(service);
  for (const account of (await secretToolSearch(service)).keys()) await keychain.delete(account);
  rmSync(settingsDir, { recursive: true, force: true });
});

async function start(secretStore: SecretStore = new KeychainSecretStore(service)): Promise<CoreHarness> {
  const harness = new CoreHarness({ clock, endpoint: emulator.endpoint, secretStore, settingsStore: openConfSettingsStore({ cwd: settingsDir }, clock) });
  harnesses.push(harness);
  await harness.core.ready;
  return harness;
}

describe('several instances', () => {
  it('signs in to two instances in different regions at once; signing out of one leaves the other alone', async () => {
    const harness = await start();
    const ireland = await harness.addInstance('https://d-1234567890.awsapps.com/start', 'eu-west-1');
    const virginia = await harness.addInstance('https://acme-sandbox.awsapps.com/start', 'us-east-1');
    await Promise.all([harness.call('sessions:sign-in', { instanceId: ireland.id }), harness.call('sessions:sign-in', { instanceId: virginia.id })]);
    await harness.waitForSession(ireland.id, ['signed-in']);
    await harness.waitForSession(virginia.id, ['signed-in']);
    const irelandToken = await harness.core.sessions.getAccessToken(ireland.id, { interactive: false });
    const virginiaToken = await harness.core.sessions.getAccessToken(virginia.id, { interactive: false });
    expect(irelandToken).not.toBe(virginiaToken);

    const signedOut: string[] = [];
    harness.core.sessions.onDidSignOut((instanceId) => signedOut.push(instanceId));
    await harness.call('sessions:sign-out', { instanceId: ireland.id });

    expect(signedOut).toEqual([ireland.id]);
    expect(emulator.admin.counts()['Logout']?.requests).toBe(1);
    expect(await harness.session(ireland.id)).toEqual({ kind: 'signed-out' });
    const accounts = [...(await secretToolSearch(service)).keys()];
    expect(accounts.filter((account) => account.startsWith(`${ireland.id}/`))).toEqual([]);
    expect(await secretToolLookup(service, secretAccounts.refreshToken(virginia.id))).toMatch(/^aor/);
    expect(await harness.session(virginia.id)).toMatchObject({ kind: 'signed-in' });
    expect(await harness.core.sessions.getAccessToken(virginia.id, { interactive: false })).toBe(virginiaToken);
    await expect(harness.core.sessions.getAccessToken(ireland.id, { interactive: false })).rejects.toMatchObject({ code: 'signed-out' });
  });

  it('signs out locally even when the portal logout fails', async () => {
    const harness = await start();
    const instance = await harness.addInstance('https://d-1234567890.awsapps.com/start', 'eu-west-1');
    await harness.call('sessions:sign-in', { instanceId: instance.id });
    await harness.waitForSession(instance.id, ['signed-in']);
    await emulator.close();
    expect(await harness.request('sessions:sign-out', { instanceId: instance.id })).toEqual({ ok: true, value: undefined });
    expect((await secretToolSearch(service)).size).toBe(0);
  });

  it('remembers sessions across a restart and forgets them when the instance is removed', async () => {
    const first = await start();
    const instance = await first.addInstance('https://d-1234567890.awsapps.com/start', 'eu-west-1');
    await first.call('sessions:sign-in', { instanceId: instance.id });
    const signedIn = await first.waitForSession(instance.id, ['signed-in']);
    const signedInAt = signedIn.kind === 'signed-in' ? signedIn.signedInAt : undefined;
    expect(signedInAt).toEqual(expect.any(Number));
    await first.dispose();
    harnesses.splice(harnesses.indexOf(first), 1);

    const second = await start();
    // The sign-in time is kept beside the token, so the restarted app still shows it.
    expect(await second.call('instances:list')).toMatchObject([{ id: instance.id, remembered: true, session: { kind: 'signed-in', signedInAt } }]);
    expect(second.browser.openCount).toBe(0);
    await second.call('instances:remove', { instanceId: instance.id });
    expect(await second.call('instances:list')).toEqual([]);
    expect((await secretToolSearch(service)).size).toBe(0);
  });
});

describe('client registration', () => {
  it('registers again when the service no longer knows the stored client (InvalidClientException)', async () => {
    const first = await start();
    const instance = await first.addInstance('https://d-1234567890.awsapps.com/start', 'eu-west-1', 'device-code');
    await first.dispose();
    harnesses.splice(harnesses.indexOf(first), 1);
    const forgotten = { clientId: 'forgotten', clientSecret: 'forgotten', expiresAt: clock.now() + 30 * 24 * 3600_000, registeredFor: 'device-code', region: 'eu-west-1', startUrl: instance.startUrl };
    await new ChunkedSecretStore(new KeychainSecretStore(service)).set(secretAccounts.clientRegistration(instance.id), JSON.stringify(forgotten));

    const harness = await start();
    await harness.call('sessions:sign-in', { instanceId: instance.id });
    await harness.waitForSession(instance.id, ['signed-in']);
    expect(emulator.admin.counts()['RegisterClient']?.requests).toBe(1);
    const stored = await new ChunkedSecretStore(new KeychainSecretStore(service)).get(secretAccounts.clientRegistration(instance.id));
    expect(JSON.parse(stored ?? '{}')).toMatchObject({ registeredFor: 'device-code', clientId: expect.not.stringMatching(/^forgotten$/) });
  });
});

describe('start-up fallbacks', () => {
  it('keeps sessions in memory, says so, and writes no secret anywhere when the keychain is unavailable', async () => {
    const unavailable = new AppError('keychain-unavailable', 'Could not write to the system keychain: no Secret Service');
    const brokenKeychain: SecretStore = { get: () => Promise.reject(unavailable), set: () => Promise.reject(unavailable), delete: () => Promise.reject(unavailable) };
    const harness = await start(brokenKeychain);
    expect(await harness.call('notices:list')).toMatchObject([{ kind: 'keychain-unavailable', level: 'warning', message: expect.stringMatching(/will not be remembered/) }]);

    const instance = await harness.addInstance('https://d-1234567890.awsapps.com/start', 'eu-west-1');
    expect(instance.remembered).toBe(false);
    await harness.call('sessions:sign-in', { instanceId: instance.id });
    await harness.waitForSession(instance.id, ['signed-in']);
    const accessToken = await harness.core.sessions.getAccessToken(instance.id, { interactive: false });
    expect(accessToken).toMatch(/^aoa/);
    const files = readdirSync(settingsDir).map((name) => readFileSync(join(settingsDir, name), 'utf8')).join('\n');
    expect(files).not.toContain(accessToken.slice(0, 40));
    expect((await secretToolSearch(service)).size).toBe(0);
  });

  it('moves a corrupt settings file aside with its bytes, starts with defaults and says so', async () => {
    const original = '{"version": 1, "instances": [{"id": "x", "startUrl": "https://d-1234567890.awsapps.com/start"';
    writeFileSync(join(settingsDir, 'settings.json'), original);
    const harness = await start();

    expect(await harness.call('instances:list')).toEqual([]);
    const [notice] = await harness.call('notices:list');
    expect(notice).toMatchObject({ kind: 'settings-reset', level: 'warning', message: expect.stringMatching(/not valid JSON.*started with default settings/) });
    const backups = readdirSync(settingsDir).filter((name) => name.startsWith('settings.corrupt-'));
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(settingsDir, backups[0] ?? ''), 'utf8')).toBe(original);
    expect(notice?.message).toContain(backups[0]);

    await harness.addInstance('https://d-1234567890.awsapps.com/start', 'eu-west-1');
    expect(JSON.parse(readFileSync(join(settingsDir, 'settings.json'), 'utf8'))).toMatchObject({ version: 1, instances: [{ region: 'eu-west-1' }] });
    await harness.call('notices:dismiss', { noticeId: notice?.id ?? '' });
    expect(await harness.call('notices:list')).toEqual([]);
  });
});
