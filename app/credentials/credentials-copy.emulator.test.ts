// Copy and preview through the core, as the page asks for them: the clipboard holds the credentials
// the emulator issued (its admin API names the user, account and role behind the key), real bash
// evaluates them, and nothing the page receives carries the secret key or the session token.
import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../e2e/emulator';
import { SAMPLE_REGION, SAMPLE_START_URL, startSampleEmulator } from '../../e2e/emulator/testing';
import { systemClock } from '../ports/clock';
import { InMemorySecretStore } from '../secrets/in-memory-secret-store';
import { CoreHarness } from '../testing/core-harness';

let emulator: RunningEmulator;
let harness: CoreHarness;
let instanceId: string;
const role = { accountId: '111111111111', roleName: 'ReadOnlyAccess' };

beforeEach(async () => {
  emulator = await startSampleEmulator();
  harness = new CoreHarness({ clock: systemClock, endpoint: emulator.endpoint, secretStore: new InMemorySecretStore() });
  await harness.core.ready;
  instanceId = (await harness.addInstance(SAMPLE_START_URL, SAMPLE_REGION, 'device-code')).id;
  await harness.call('sessions:sign-in', { instanceId });
  await harness.waitForSession(instanceId, ['signed-in']);
});

afterEach(async () => {
  await harness.dispose();
  await emulator.close();
});

function bashEnvironment(script: string): Record<string, string> {
  const result = spawnSync('/usr/bin/bash', ['-c', `${script}\nenv -0`], { env: { PATH: '/usr/bin:/bin' }, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return Object.fromEntries(result.stdout.split('\0').filter(Boolean).map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]));
}

async function issuedTo(accessKeyId: string): Promise<unknown> {
  const response = await fetch(`${emulator.endpoint}/_emulator/credentials/${accessKeyId}`);
  expect(response.status).toBe(200);
  return response.json();
}

describe('credentials:copy', () => {
  it('puts the issued credentials on the clipboard for bash, with the account region, and answers only the expiry', async () => {
    await harness.call('preferences:set-account', { instanceId, accountId: role.accountId, preferences: { defaultRegion: 'eu-central-1' } });
    const answer = await harness.call('credentials:copy', { instanceId, ...role, format: 'bash' });

    const environment = bashEnvironment(harness.clipboard.read() ?? '');
    expect(await issuedTo(environment.AWS_ACCESS_KEY_ID ?? '')).toMatchObject({ accountId: role.accountId, roleName: role.roleName, userName: 'alice' });
    expect(environment.AWS_REGION).toBe('eu-central-1');
    expect(environment.AWS_DEFAULT_REGION).toBe('eu-central-1');
    const credentials = await harness.core.roleCredentials({ instanceId, ...role });
    expect(environment).toMatchObject({ AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey, AWS_SESSION_TOKEN: credentials.sessionToken });
    expect(answer).toEqual({ expiresAt: credentials.expiration });
    expect(new Date(environment.AWS_CREDENTIAL_EXPIRATION ?? '').getTime()).toBe(Math.floor(credentials.expiration / 1000) * 1000);
  });

  it('records the role as recently used', async () => {
    await harness.call('credentials:copy', { instanceId, ...role, format: 'json' });
    expect((await harness.call('preferences:get')).recent).toEqual([expect.objectContaining({ instanceId, ...role })]);
    const process = JSON.parse(harness.clipboard.read() ?? '') as Record<string, unknown>;
    expect(process.Version).toBe(1);
    expect(await issuedTo(String(process.AccessKeyId))).toMatchObject({ roleName: role.roleName });
  });

  it('copies the credentials-file snippet under <account>_<role>', async () => {
    await harness.call('credentials:copy', { instanceId, ...role, format: 'credentials-file' });
    const credentials = await harness.core.roleCredentials({ instanceId, ...role });
    expect(harness.clipboard.read()).toBe(
      `[111111111111_ReadOnlyAccess]\naws_access_key_id = ${credentials.accessKeyId}\naws_secret_access_key = ${credentials.secretAccessKey}\naws_session_token = ${credentials.sessionToken}\n`,
    );
  });

  it('Core.copyCredentials uses the quick-copy format from the settings', async () => {
    await harness.call('settings:update', { credentials: { quickCopyFormat: 'fish' } });
    await harness.core.copyCredentials({ instanceId, ...role });
    expect(harness.clipboard.read()).toMatch(/^set -gx AWS_ACCESS_KEY_ID 'ASIA/);
  });

  it('a role the user does not have is a clear error and leaves the clipboard alone', async () => {
    const result = await harness.request('credentials:copy', { instanceId, accountId: '111111111111', roleName: 'NoSuchRole', format: 'bash' });
    expect(result.ok).toBe(false);
    expect(harness.clipboard.read()).toBeUndefined();
  });
});

describe('credentials:preview', () => {
  it('shows the key id masked, the expiry and the region, and no secret', async () => {
    const preview = await harness.call('credentials:preview', { instanceId, ...role });
    const credentials = await harness.core.roleCredentials({ instanceId, ...role });
    expect(preview).toEqual({
      maskedAccessKeyId: `${credentials.accessKeyId.slice(0, 4)}…${credentials.accessKeyId.slice(-4)}`,
      expiresAt: credentials.expiration,
      profileName: '111111111111_ReadOnlyAccess',
    });
    const text = JSON.stringify(preview);
    expect(text).not.toContain(credentials.accessKeyId);
    expect(text).not.toContain(credentials.secretAccessKey);
    expect(text).not.toContain(credentials.sessionToken);
    expect(harness.eventsNamed('preferences-changed')).toEqual([]);
  });
});
