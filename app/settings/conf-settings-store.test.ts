import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfSettingsStore, confSettingsOptions } from './conf-settings-store';
import { openConfSettingsStore } from './open-conf-settings-store';
import { settingsReasonMaxLength } from './settings-store';
import { sampleInstanceRecord, sampleSettings, settingsTestClock } from '../testing/settings-fixtures';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function folder(): string {
  const path = mkdtempSync(join(tmpdir(), 'sso-tray-settings-'));
  folders.push(path);
  return path;
}

const clock = settingsTestClock();
const instance = sampleInstanceRecord;
const settings = sampleSettings;

describe('ConfSettingsStore', () => {
  it('starts with defaults when there is no file', async () => {
    const store = openConfSettingsStore({ cwd: folder() }, clock);
    expect(await store.load()).toEqual({ settings: { version: 1, instances: [] } });
  });

  it('saves and loads the instances', async () => {
    const cwd = folder();
    await openConfSettingsStore({ cwd }, clock).save(settings);
    expect(await openConfSettingsStore({ cwd }, clock).load()).toEqual({ settings });
    expect(JSON.parse(readFileSync(join(cwd, 'settings.json'), 'utf8'))).toEqual(settings);
  });

  it.each([
    ['invalid JSON', '{"version": 1, "instances": [', /not valid JSON/],
    ['a wrong type', JSON.stringify({ version: 1, instances: [{ ...instance, region: 42 }] }), /instances\.0\.region/],
    ['an unknown partition', JSON.stringify({ version: 1, instances: [{ ...instance, partition: 'aws-mars' }] }), /partition/],
    ['an array', '[]', /JSON object/],
    ['a newer version', JSON.stringify({ version: 7, instances: [] }), /newer SSO Tray/],
  ])('moves a file with %s aside, keeps its bytes, and starts with defaults', async (_name, content, reason) => {
    const cwd = folder();
    writeFileSync(join(cwd, 'settings.json'), content);
    const result = await openConfSettingsStore({ cwd }, clock).load();
    expect(result.settings).toEqual({ version: 1, instances: [] });
    expect(result.problem?.reason).toMatch(reason);
    const backup = join(cwd, 'settings.corrupt-2026-11-22T08-30-00-000Z.json');
    expect(result.problem?.backupPath).toBe(backup);
    expect(readFileSync(backup, 'utf8')).toBe(content);
    expect(readdirSync(cwd).sort()).toEqual(['settings.corrupt-2026-11-22T08-30-00-000Z.json', 'settings.json']);
    expect(await openConfSettingsStore({ cwd }, clock).load()).toEqual({ settings: { version: 1, instances: [] } });
  });

  it('upgrades a file without a version and writes the upgrade back', async () => {
    const cwd = folder();
    writeFileSync(join(cwd, 'settings.json'), JSON.stringify({ instances: [instance] }));
    expect(await openConfSettingsStore({ cwd }, clock).load()).toEqual({ settings });
    expect(JSON.parse(readFileSync(join(cwd, 'settings.json'), 'utf8'))).toMatchObject({ version: 1 });
  });

  it('runs on defaults and refuses to save when a broken file cannot be kept aside', async () => {
    const cwd = folder();
    writeFileSync(join(cwd, 'settings.json'), '{broken');
    const conf = new Conf<Record<string, unknown>>({ cwd, configName: 'settings', projectName: 'sso-tray', ...confSettingsOptions });
    const failingRename = {
      readFileSync: (path: string, encoding: 'utf8') => readFileSync(path, encoding),
      renameSync: () => {
        throw Object.assign(new Error('EPERM'), { code: 'EPERM' });
      },
    };
    const store = new ConfSettingsStore(conf, clock, failingRename);
    expect(await store.load()).toEqual({
      settings: { version: 1, instances: [] },
      problem: { reason: 'the file is not valid JSON, and it could not be kept aside (EPERM)' },
    });
    await expect(store.save(settings)).rejects.toMatchObject({ code: 'settings-corrupt' });
    expect(readFileSync(join(cwd, 'settings.json'), 'utf8')).toBe('{broken');
  });

  it('runs on defaults and refuses to save when the file cannot be read', async () => {
    const cwd = folder();
    const conf = new Conf<Record<string, unknown>>({ cwd, configName: 'settings', projectName: 'sso-tray', ...confSettingsOptions });
    const unreadable = {
      readFileSync: () => {
        throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      },
      renameSync: () => undefined,
    };
    const store = new ConfSettingsStore(conf, clock, unreadable);
    expect((await store.load()).problem).toEqual({ reason: 'the file could not be read (EACCES)' });
    await expect(store.save(settings)).rejects.toMatchObject({ code: 'settings-corrupt' });
  });

  it('works on a Conf instance made elsewhere (as main passes electron-store)', async () => {
    const cwd = folder();
    writeFileSync(join(cwd, 'config.json'), 'not json at all');
    const conf = new Conf<Record<string, unknown>>({ cwd, projectName: 'sso-tray', ...confSettingsOptions });
    const store = new ConfSettingsStore(conf, clock);
    const result = await store.load();
    expect(result.problem?.reason).toMatch(/not valid JSON/);
    expect(readFileSync(result.problem?.backupPath ?? '', 'utf8')).toBe('not json at all');
  });

  it('gives a short reason for a 50 MB version value, and a short message when saving is refused', async () => {
    const cwd = folder();
    writeFileSync(join(cwd, 'settings.json'), JSON.stringify({ version: 'v'.repeat(50 * 1024 * 1024), instances: [] }));
    const result = await openConfSettingsStore({ cwd }, clock).load();
    expect(result.problem?.reason).toMatch(/^the version field is not a whole number \("v+…\)$/);
    expect(result.problem?.reason.length).toBeLessThanOrEqual(settingsReasonMaxLength);

    const unmovable = folder();
    writeFileSync(join(unmovable, 'settings.json'), JSON.stringify({ version: 'v'.repeat(1_000_000) }));
    const conf = new Conf<Record<string, unknown>>({ cwd: unmovable, configName: 'settings', projectName: 'sso-tray', ...confSettingsOptions });
    const store = new ConfSettingsStore(conf, clock, { readFileSync: (path, encoding) => readFileSync(path, encoding), renameSync: () => { throw Object.assign(new Error('EPERM'), { code: 'EPERM' }); } });
    expect((await store.load()).problem?.reason.length).toBeLessThanOrEqual(settingsReasonMaxLength);
    const refused = await store.save(settings).catch((error: Error) => error);
    expect((refused as Error).message.length).toBeLessThan(settingsReasonMaxLength + 200);
  });
});
