// The quick switcher's and the tray's role actions through a real core against the emulator: the
// build offers what has landed (copy credentials), and running it from the switcher's channel puts
// the role's credentials on the clipboard in the quick-copy format of the settings; making a role
// active fills the credentials file's `default` profile (or the one profile the user keeps), which
// the JS SDK's fromIni resolves to the keys the emulator issued to the signed-in user.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromIni } from '@aws-sdk/credential-providers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../e2e/emulator';
import { SAMPLE_REGION, SAMPLE_START_URL, startSampleEmulator } from '../../e2e/emulator/testing';
import { systemClock } from '../ports/clock';
import { InMemorySecretStore } from '../secrets/in-memory-secret-store';
import { CoreHarness } from '../testing/core-harness';
import { RecordingConsoleOpener } from '../testing/recording-console-opener';

let emulator: RunningEmulator;
let harness: CoreHarness;
let instanceId: string;
let consoles: RecordingConsoleOpener;
let folder: string;
let credentialsFile: string;
const role = { accountId: '111111111111', roleName: 'ReadOnlyAccess' };

beforeEach(async () => {
  emulator = await startSampleEmulator();
  consoles = new RecordingConsoleOpener();
  folder = mkdtempSync(join(tmpdir(), 'quick-actions-'));
  credentialsFile = join(folder, 'aws', 'credentials');
  harness = new CoreHarness({
    clock: systemClock,
    endpoint: emulator.endpoint,
    secretStore: new InMemorySecretStore(),
    consoleOpener: consoles,
    homeDir: folder,
    awsFiles: { paths: { config: join(folder, 'aws', 'config'), credentials: credentialsFile } },
  });
  await harness.core.ready;
  instanceId = (await harness.addInstance(SAMPLE_START_URL, SAMPLE_REGION, 'device-code')).id;
  await harness.call('sessions:sign-in', { instanceId });
  await harness.waitForSession(instanceId, ['signed-in']);
});

afterEach(async () => {
  await harness.dispose();
  await emulator.close();
  rmSync(folder, { recursive: true, force: true });
});

async function issuedTo(accessKeyId: string): Promise<unknown> {
  const response = await fetch(`${emulator.endpoint}/_emulator/credentials/${accessKeyId}`);
  expect(response.status).toBe(200);
  return response.json();
}

const resolveProfile = (profile: string) => fromIni({ profile, filepath: credentialsFile, configFilepath: join(folder, 'aws', 'no-config'), ignoreCache: true })();

describe('quick actions in the core', () => {
  it('offers the console, copying credentials and making a role active, and the capabilities say the same', async () => {
    const offered = await harness.call('quick-switcher:get-actions');
    expect(offered).toEqual(['open-console', 'copy-credentials', 'make-active']);
    expect([...harness.core.quickActions()]).toEqual(offered);
  });

  it('opens the role\'s console the way the settings say (an app window by default), signed in through the emulator\'s federation', async () => {
    await harness.call('quick-switcher:run', { action: 'open-console', role: { instanceId, ...role } });
    expect(consoles.opened).toEqual([expect.objectContaining({ way: 'app-window', role: expect.objectContaining(role) })]);
    expect(new URL(consoles.opened[0]!.url).origin).toBe(emulator.endpoint);
    expect((await harness.call('preferences:get')).recent).toEqual([expect.objectContaining({ instanceId, ...role })]);
  });

  it('copies the role credentials in the quick-copy format from the settings', async () => {
    await harness.call('settings:update', { credentials: { quickCopyFormat: 'fish' } });
    await harness.call('quick-switcher:run', { action: 'copy-credentials', role: { instanceId, ...role } });
    const credentials = await harness.core.roleCredentials({ instanceId, ...role });
    const text = harness.clipboard.read() ?? '';
    expect(text).toContain(`set -gx AWS_ACCESS_KEY_ID '${credentials.accessKeyId}'`);
    expect(text).not.toContain('export ');
  });

  it('makes the role active in the default profile, which fromIni resolves to the keys the emulator issued to alice', async () => {
    await harness.call('quick-switcher:run', { action: 'make-active', role: { instanceId, ...role } });

    const resolved = await resolveProfile('default');
    expect(await issuedTo(resolved.accessKeyId)).toMatchObject({ accountId: role.accountId, roleName: role.roleName, userName: 'alice' });
    expect(resolved.sessionToken).toBeTruthy();
    expect(await harness.call('profiles:get-active')).toEqual([{ profile: 'default', role: { instanceId, ...role }, expiresAt: expect.any(Number) }]);
    expect((await harness.call('preferences:get')).recent).toEqual([expect.objectContaining({ instanceId, ...role })]);
    expect(JSON.stringify(harness.events)).not.toContain(resolved.secretAccessKey);
  });

  it('switches the one profile the user keeps instead of default, and a second role replaces the first there', async () => {
    await harness.call('profiles:set-active', { profile: 'work', role: { instanceId, ...role } });
    const admin = { instanceId, accountId: '111111111111', roleName: 'AdministratorAccess' };
    await harness.call('quick-switcher:run', { action: 'make-active', role: admin });

    const resolved = await resolveProfile('work');
    expect(await issuedTo(resolved.accessKeyId)).toMatchObject({ accountId: admin.accountId, roleName: admin.roleName, userName: 'alice' });
    expect(readFileSync(credentialsFile, 'utf8')).not.toContain('[default]');
    expect((await harness.call('settings:get')).profiles.active).toEqual({ work: admin });
  });
});
