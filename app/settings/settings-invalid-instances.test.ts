// An instance in settings.json that fails the rules of adding one (a tampered region or start URL)
// is left out of the app's list with a notice naming it, and its record stays in the file.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCoreContext } from '../core-context';
import { NodeFileSystem } from '../files/node-file-system';
import { InMemoryClipboard } from '../host/in-memory-clipboard';
import { InstanceCatalog } from '../instances/instance-catalog';
import { createEventHub } from '../ipc/event-hub';
import { silentLogger } from '../ports/logger';
import { InMemorySecretStore } from '../secrets/in-memory-secret-store';
import { sampleInstanceRecord, settingsTestClock } from '../testing/settings-fixtures';
import { RecordingBrowser } from '../testing/recording-browser';
import { LiveSettings } from './live-settings';
import { openConfSettingsStore } from './open-conf-settings-store';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const clock = settingsTestClock();
const good = sampleInstanceRecord;
const badRegion = { ...good, id: 'bad-region', startUrl: 'https://acme.awsapps.com/start', region: 'eu-westt-1', displayName: 'Typo region', note: 'kept' };
const badHost = { ...good, id: 'bad-host', startUrl: 'https://d-1234567890.awsapps.com.evil.example/start', displayName: 'Lookalike' };

function settingsFile(): { cwd: string; file: string } {
  const cwd = mkdtempSync(join(tmpdir(), 'sso-tray-invalid-instances-'));
  folders.push(cwd);
  const file = join(cwd, 'settings.json');
  writeFileSync(file, JSON.stringify({ version: 1, instances: [good, badRegion, badHost] }));
  return { cwd, file };
}

describe('instances in settings.json that fail the start-URL rules', () => {
  it('are left out of the list, named in the load result, and kept in the file through saves', async () => {
    const { cwd, file } = settingsFile();
    const store = openConfSettingsStore({ cwd }, clock);
    const loaded = await store.load();
    expect(loaded.settings.instances).toEqual([good]);
    expect(loaded.problem).toBeUndefined();
    expect(loaded.skippedInstances).toEqual([
      { name: 'Typo region', reason: expect.stringMatching(/not an AWS region/) },
      { name: 'Lookalike', reason: expect.stringMatching(/not an AWS access portal URL/) },
    ]);

    const catalog = new InstanceCatalog(new LiveSettings(loaded.settings, store), () => 'new-1');
    const added = await catalog.add({ startUrl: 'https://d-9999999999.awsapps.com/start', region: 'us-east-1' });
    const written = JSON.parse(readFileSync(file, 'utf8')) as { instances: unknown[] };
    expect(written.instances).toEqual([good, added, badRegion, badHost]);
  });

  it('start the core with a notice that names each one and says the file keeps them', async () => {
    const { cwd } = settingsFile();
    const context = await startCoreContext(
      {
        clock,
        browser: new RecordingBrowser(),
        clipboard: new InMemoryClipboard(),
        fileSystem: new NodeFileSystem(),
        logger: silentLogger,
        secretStore: new InMemorySecretStore(),
        settingsStore: openConfSettingsStore({ cwd }, clock),
      },
      silentLogger,
      createEventHub(),
      { appName: 'SSO Tray' },
    );
    expect(context.settings.current.instances).toEqual([good]);
    expect(context.startupNotices).toEqual([
      expect.objectContaining({
        id: 'settings-instances-skipped',
        kind: 'settings-reset',
        level: 'warning',
        message: expect.stringMatching(/^SSO Tray left out 2 instances.*"Typo region" \(.*not an AWS region.*\).*"Lookalike" \(.*\).*still in the settings file/),
      }),
    ]);
  });

  it('have control and bidirectional characters stripped from their names when read back', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'sso-tray-invalid-instances-'));
    folders.push(cwd);
    const spoofed = { ...good, displayName: 'Main\u202E\u0000 EU' };
    const emptied = { ...good, id: 'emptied', startUrl: 'https://acme.awsapps.com/start', region: 'us-east-1', displayName: '\u2067\u0085' };
    const skipped = { ...good, id: 'skipped', startUrl: 'https://evil.example/start', displayName: 'Bad\u202Ename' };
    writeFileSync(join(cwd, 'settings.json'), JSON.stringify({ version: 1, instances: [spoofed, emptied, skipped] }));
    const loaded = await openConfSettingsStore({ cwd }, clock).load();
    expect(loaded.settings.instances.map((instance) => instance.displayName)).toEqual(['Main EU', 'acme']);
    expect(loaded.skippedInstances?.map((instance) => instance.name)).toEqual(['Badname']);
  });
});
