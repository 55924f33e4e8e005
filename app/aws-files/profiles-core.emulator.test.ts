// The profiles channels through a real core signed in to the emulator, as the settings screen
// reaches them: the preview writes nothing, the sync writes the app's sections and is idempotent,
// a file it cannot change safely comes back as 'aws-file-conflict' naming the line, and the active
// profile holds credentials the emulator issued to the signed-in user. No secret reaches a page.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_REGION, SAMPLE_START_URL, startSampleEmulator } from '../../e2e/emulator/testing';
import type { RunningEmulator } from '../../e2e/emulator';
import { systemClock } from '../ports/clock';
import { InMemorySecretStore } from '../secrets/in-memory-secret-store';
import { InMemorySettingsStore } from '../settings/in-memory-settings-store';
import { CoreHarness } from '../testing/core-harness';

let emulator: RunningEmulator;
let folder: string;
let harness: CoreHarness;
let instanceId: string;
let config: string;
let credentials: string;

beforeEach(async () => {
  emulator = await startSampleEmulator();
  folder = mkdtempSync(join(tmpdir(), 'profiles-core-'));
  config = join(folder, 'aws', 'config');
  credentials = join(folder, 'aws', 'credentials');
  harness = new CoreHarness({ clock: systemClock, endpoint: emulator.endpoint, secretStore: new InMemorySecretStore(), settingsStore: new InMemorySettingsStore(), awsFiles: { paths: { config, credentials } } });
  await harness.core.ready;
  instanceId = (await harness.addInstance(SAMPLE_START_URL, SAMPLE_REGION, 'device-code')).id;
  await harness.call('sessions:sign-in', { instanceId });
  await harness.waitForSession(instanceId, ['signed-in']);
  // The listing runs by itself once signed in; the sync needs it complete.
  for (let attempt = 0; ; attempt++) {
    const snapshot = await harness.call('portal:get-snapshot', { instanceId });
    if (snapshot.progress.phase === 'idle' && snapshot.progress.refreshedAt !== undefined) break;
    if (attempt > 1_000) throw new Error('the listing did not finish');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
});

afterEach(async () => {
  await harness.dispose();
  await emulator.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('profiles channels', () => {
  it('previews, then syncs once; a second sync has nothing to do', async () => {
    const preview = await harness.call('profiles:preview-sync', {});
    expect(preview).toMatchObject({ path: config, written: false });
    expect(preview.diff).toContain(`+[sso-session sso-tray-d-1234567890]`);
    expect(existsSync(config)).toBe(false);

    const synced = await harness.call('profiles:sync', {});
    expect(synced).toMatchObject({ written: true, diff: preview.diff });
    const text = readFileSync(config, 'utf8');
    for (const profile of synced.profiles) expect(text).toContain(`[profile ${profile.name}]\n`);
    expect(synced.profiles.length).toBeGreaterThan(3);
    expect(statSync(join(folder, 'aws')).mode & 0o777).toBe(0o700);

    expect(await harness.call('profiles:sync', {})).toMatchObject({ written: false, diff: '' });
  });

  it('leaves a file it cannot change safely untouched and names the line', async () => {
    const mine = '[profile a]\nregion = eu-west-1\n[profile a]\nregion = us-east-1\n';
    mkdirSync(join(folder, 'aws'));
    writeFileSync(config, mine);
    const result = await harness.request('profiles:sync', {});
    expect(result).toEqual({ ok: false, code: 'aws-file-conflict', message: `${config} line 3: the section repeats the one on line 1: the AWS CLI rejects a repeated section and the JS SDK merges them` });
    expect(readFileSync(config, 'utf8')).toBe(mine);
  });

  it('keeps an active profile with credentials the emulator issued, and removes it on request', async () => {
    const role = { instanceId, accountId: '111111111111', roleName: 'ReadOnlyAccess' };
    await harness.call('profiles:set-active', { profile: 'work', role });
    const text = readFileSync(credentials, 'utf8');
    const keyId = /aws_access_key_id = (\S+)/.exec(text)?.[1] ?? '';
    const issued = await fetch(`${emulator.endpoint}/_emulator/credentials/${keyId}`);
    expect(await issued.json()).toMatchObject({ accountId: '111111111111', roleName: 'ReadOnlyAccess', userName: 'alice' });
    expect(statSync(credentials).mode & 0o777).toBe(0o600);
    expect(await harness.call('profiles:get-active')).toEqual([{ profile: 'work', role, expiresAt: expect.any(Number) }]);
    expect((await harness.call('settings:get')).profiles.active).toEqual({ work: role });

    const secret = /aws_secret_access_key = (\S+)/.exec(text)?.[1] ?? '';
    expect(secret).not.toBe('');
    expect(JSON.stringify(harness.events)).not.toContain(secret);

    await harness.call('profiles:set-active', { profile: 'work', role: null });
    expect(readFileSync(credentials, 'utf8')).toBe('');
    expect(await harness.call('profiles:get-active')).toEqual([]);
  });
});
