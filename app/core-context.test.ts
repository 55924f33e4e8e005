import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCoreContext, type CorePorts } from './core-context';
import { noticesArea } from './notices';
import { noticeMessageMaxLength } from './notices/notice-center';
import { NodeFileSystem } from './files/node-file-system';
import { InMemoryClipboard } from './host/in-memory-clipboard';
import { createEventHub } from './ipc/event-hub';
import { silentLogger } from './ports/logger';
import { InMemorySecretStore } from './secrets/in-memory-secret-store';
import { openConfSettingsStore } from './settings/open-conf-settings-store';
import type { SettingsStore } from './settings/settings-store';
import { FakeClock } from './testing/fake-clock';
import { RecordingBrowser } from './testing/recording-browser';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const clock = new FakeClock(Date.parse('2026-11-22T08:30:00.000Z'));

function ports(settingsStore: SettingsStore): CorePorts {
  return {
    clock,
    browser: new RecordingBrowser(),
    clipboard: new InMemoryClipboard(),
    fileSystem: new NodeFileSystem(),
    logger: silentLogger,
    secretStore: new InMemorySecretStore(),
    settingsStore,
  };
}

const start = (settingsStore: SettingsStore) => startCoreContext(ports(settingsStore), silentLogger, createEventHub(), { appName: 'SSO Tray' });
const instance = {
  id: 'i-1',
  startUrl: 'https://d-1234567890.awsapps.com/start',
  region: 'eu-west-1',
  partition: 'aws',
  displayName: 'Main',
  signInMethod: 'browser',
} as const;

describe('startCoreContext with settings it cannot read', () => {
  it('a directory at settings.json: starts on defaults with a settings-reset notice that names the reason', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'sso-tray-core-context-'));
    folders.push(cwd);
    mkdirSync(join(cwd, 'settings.json'));
    const context = await start(openConfSettingsStore({ cwd }, clock));
    expect(context.settings.current).toEqual({ version: 1, instances: [] });
    expect(context.startupNotices).toEqual([
      expect.objectContaining({ kind: 'settings-reset', level: 'warning', message: expect.stringMatching(/could not be read \(EISDIR\).*changes will not be saved/) }),
    ]);
    await expect(context.settings.update((current) => ({ ...current, instances: [instance] }))).rejects.toMatchObject({ code: 'settings-corrupt' });
    expect(statSync(join(cwd, 'settings.json')).isDirectory()).toBe(true);
  });

  it('a store whose load throws: starts on defaults, tells the user, and never saves over the file', async () => {
    const saved: unknown[] = [];
    const throwing: SettingsStore = {
      load: () => Promise.reject(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' })),
      save: async (settings) => void saved.push(settings),
    };
    const context = await start(throwing);
    expect(context.settings.current).toEqual({ version: 1, instances: [] });
    expect(context.startupNotices).toEqual([expect.objectContaining({ kind: 'settings-reset', message: expect.stringMatching(/could not be read \(EIO\)/) })]);
    await expect(context.settings.update((current) => ({ ...current, instances: [instance] }))).rejects.toMatchObject({ code: 'settings-corrupt' });
    expect(saved).toEqual([]);
  });

  it('a 50 MB version string: the notice is short and still says what happened', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'sso-tray-core-context-'));
    folders.push(cwd);
    writeFileSync(join(cwd, 'settings.json'), JSON.stringify({ version: 'x'.repeat(50 * 1024 * 1024), instances: [] }));
    const events = createEventHub();
    const published: unknown[] = [];
    events.subscribeAll((event, payload) => published.push({ event, payload }));
    const context = await startCoreContext(ports(openConfSettingsStore({ cwd }, clock)), silentLogger, events, { appName: 'SSO Tray' });
    const [notice] = context.startupNotices;
    expect(notice?.message.length).toBeLessThan(500);
    expect(notice?.message).toMatch(/^Your settings could not be read \(the version field is not a whole number \("x+…\)\), so SSO Tray started with default settings\. The original file was kept as .*settings\.corrupt-.*\.json\.$/);
    // What the page is sent, through the notices area.
    noticesArea.start(context);
    const sent = JSON.stringify(published);
    expect(sent.length).toBeLessThan(noticeMessageMaxLength + 500);
    expect(readdirSync(cwd).sort()).toEqual(['settings.corrupt-2026-11-22T08-30-00-000Z.json', 'settings.json']);
  });

  it('a reason of any length is cut before it reaches a notice', async () => {
    const store: SettingsStore = {
      load: async () => ({ settings: { version: 1, instances: [] }, problem: { reason: `the disk said ${'y'.repeat(100_000)}` } }),
      save: async () => undefined,
    };
    const [notice] = (await start(store)).startupNotices;
    expect(notice?.message.length).toBeLessThanOrEqual(noticeMessageMaxLength);
    expect(notice?.message).toMatch(/^Your settings could not be read \(the disk said y+…\), so SSO Tray started with default settings\./);
  });
});
