// A settings file the app cannot read, or a folder it cannot write: the core still starts, the
// user is told in plain words, and the file on disk is never replaced.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InMemorySecretStore } from '../secrets/in-memory-secret-store';
import { CoreHarness } from '../testing/core-harness';
import { repositoryFile, runUnprivileged } from '../testing/run-unprivileged';
import { openConfSettingsStore } from './open-conf-settings-store';
import { settingsSaveError } from './settings-save-error';
import { sampleInstanceRecord, sampleSettings, settingsTestClock } from '../testing/settings-fixtures';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) {
    chmodSync(folder, 0o755);
    rmSync(folder, { recursive: true, force: true });
  }
});

/** A folder the unprivileged child can enter (mkdtemp makes it 0700). */
function folder(): string {
  const path = mkdtempSync(join(tmpdir(), 'sso-tray-settings-access-'));
  chmodSync(path, 0o755);
  folders.push(path);
  return path;
}

const clock = settingsTestClock();
const instance = sampleInstanceRecord;
const settings = sampleSettings;

describe('a settings file that cannot be read', () => {
  it('a directory at settings.json: the store opens, loads defaults with the reason, and never writes', async () => {
    const cwd = folder();
    mkdirSync(join(cwd, 'settings.json'));
    writeFileSync(join(cwd, 'settings.json', 'inside'), 'keep');
    const store = openConfSettingsStore({ cwd }, clock);
    const loaded = await store.load();
    expect(loaded.settings).toEqual({ version: 1, instances: [] });
    expect(loaded.problem?.reason).toMatch(/could not be read \(EISDIR\)/);
    expect(loaded.problem?.backupPath).toBeUndefined();
    await expect(store.save(settings)).rejects.toMatchObject({ code: 'settings-corrupt' });
    expect(statSync(join(cwd, 'settings.json')).isDirectory()).toBe(true);
    expect(readdirSync(cwd)).toEqual(['settings.json']);
    expect(readFileSync(join(cwd, 'settings.json', 'inside'), 'utf8')).toBe('keep');
  });

  it('a folder path that runs through a regular file: defaults and the reason (ENOTDIR)', async () => {
    const cwd = join(folder(), 'not-a-folder');
    writeFileSync(cwd, 'a file where the folder should be');
    const store = openConfSettingsStore({ cwd }, clock);
    expect((await store.load()).problem?.reason).toMatch(/could not be read \(ENOTDIR\)/);
    await expect(store.save(settings)).rejects.toMatchObject({ code: 'settings-corrupt' });
    expect(readFileSync(cwd, 'utf8')).toBe('a file where the folder should be');
  });

  it('a chmod 000 settings.json, read by a process the permission binds (as root: without the override capabilities)', async () => {
    const cwd = folder();
    const file = join(cwd, 'settings.json');
    writeFileSync(file, JSON.stringify(settings));
    chmodSync(file, 0o000);
    const result = await runUnprivileged<{ loaded: unknown; saveError: unknown }>(`
      const { openConfSettingsStore } = await load(${JSON.stringify(repositoryFile('app/settings/open-conf-settings-store.ts'))});
      const store = openConfSettingsStore({ cwd: ${JSON.stringify(cwd)} }, { now: () => 0, sleep: async () => {} });
      const loaded = await store.load();
      const saveError = await store.save(${JSON.stringify(settings)}).then(() => null, (error) => ({ code: error.code }));
      console.log(JSON.stringify({ loaded, saveError }));
    `);
    expect(result.loaded).toEqual({ settings: { version: 1, instances: [] }, problem: { reason: 'the file could not be read (EACCES)' } });
    expect(result.saveError).toEqual({ code: 'settings-corrupt' });
    chmodSync(file, 0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(settings);
  });
});

describe('a settings folder that cannot be written', () => {
  it('a read-only folder (chmod 555, written by a process the permission binds; as root: without the override capabilities): settings-unwritable, file kept', async () => {
    const cwd = folder();
    const file = join(cwd, 'settings.json');
    writeFileSync(file, JSON.stringify({ version: 1, instances: [] }));
    chmodSync(file, 0o644);
    chmodSync(cwd, 0o555);
    const result = await runUnprivileged<{ loaded: unknown; saveError: { code: string; message: string } | null }>(`
      const { openConfSettingsStore } = await load(${JSON.stringify(repositoryFile('app/settings/open-conf-settings-store.ts'))});
      const store = openConfSettingsStore({ cwd: ${JSON.stringify(cwd)} }, { now: () => 0, sleep: async () => {} });
      const loaded = await store.load();
      const saveError = await store.save(${JSON.stringify(settings)}).then(() => null, (error) => ({ code: error.code, message: error.message }));
      console.log(JSON.stringify({ loaded, saveError }));
    `);
    expect(result.loaded).toEqual({ settings: { version: 1, instances: [] } });
    expect(result.saveError?.code).toBe('settings-unwritable');
    expect(result.saveError?.message).toBe(`SSO Tray is not allowed to write to its settings folder (${cwd}), so your change was not saved. Make the folder writable for your user and try again.`);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 1, instances: [] });
  });

  it('a file of an older version in a read-only folder still loads, upgraded in memory', async () => {
    const cwd = folder();
    writeFileSync(join(cwd, 'settings.json'), JSON.stringify({ instances: [instance] }));
    chmodSync(join(cwd, 'settings.json'), 0o644);
    chmodSync(cwd, 0o555);
    const loaded = await runUnprivileged<unknown>(`
      const { openConfSettingsStore } = await load(${JSON.stringify(repositoryFile('app/settings/open-conf-settings-store.ts'))});
      const store = openConfSettingsStore({ cwd: ${JSON.stringify(cwd)} }, { now: () => 0, sleep: async () => {} });
      console.log(JSON.stringify(await store.load()));
    `);
    expect(loaded).toEqual({ settings });
    expect(JSON.parse(readFileSync(join(cwd, 'settings.json'), 'utf8'))).toEqual({ instances: [instance] });
  });

  // In-process: root can still hit this one. The folder is replaced by a regular file after start.
  it('adding an instance when the settings folder has become a file answers settings-unwritable, not internal', async () => {
    const cwd = join(folder(), 'user-data');
    mkdirSync(cwd);
    const harness = new CoreHarness({ clock, endpoint: 'http://127.0.0.1:9', secretStore: new InMemorySecretStore(), settingsStore: openConfSettingsStore({ cwd }, clock) });
    try {
      await harness.core.ready;
      rmSync(cwd, { recursive: true });
      writeFileSync(cwd, 'not a folder');
      const result = await harness.request('instances:add', { startUrl: 'https://d-1234567890.awsapps.com/start', region: 'eu-west-1' });
      expect(result).toEqual({ ok: false, code: 'settings-unwritable', message: expect.stringMatching(/settings folder \(.*user-data\) is not a folder/) });
      expect(harness.internalErrors).toEqual([]);
      expect(readFileSync(cwd, 'utf8')).toBe('not a folder');
      expect(await harness.call('instances:list')).toEqual([]);
    } finally {
      await harness.dispose();
    }
  });

  it.each([
    ['EACCES', /not allowed to write to its settings folder \(\/data\/sso\)/],
    ['EPERM', /not allowed to write to its settings folder/],
    ['EROFS', /settings folder \(\/data\/sso\) is on a read-only disk/],
    ['ENOSPC', /disk that holds the settings folder \(\/data\/sso\) is full/],
    ['EDQUOT', /disk that holds the settings folder .* is full/],
    ['ENOTDIR', /settings folder \(\/data\/sso\) is not a folder/],
    ['EEXIST', /is not a folder/],
  ])('%s on save is settings-unwritable with a plain message', (code, message) => {
    const error = settingsSaveError(Object.assign(new Error(`${code}: failed`), { code }), '/data/sso');
    expect(error).toMatchObject({ code: 'settings-unwritable', message: expect.stringMatching(message) });
    expect(error?.message).toMatch(/your change was not saved/);
  });

  it('leaves other failures alone (they stay internal errors, logged with their cause)', () => {
    expect(settingsSaveError(Object.assign(new Error('EIO'), { code: 'EIO' }), '/data/sso')).toBeUndefined();
    expect(settingsSaveError(new Error('no code'), '/data/sso')).toBeUndefined();
  });
});
