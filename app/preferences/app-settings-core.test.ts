// The settings screen's values through a real core, as a page reaches them: the dispatcher, the
// contract's schemas, the settings file on disk (Conf), a restart over that file, and main's view.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InMemorySecretStore } from '../secrets/in-memory-secret-store';
import { openConfSettingsStore } from '../settings/open-conf-settings-store';
import { CoreHarness } from '../testing/core-harness';
import { FakeClock } from '../testing/fake-clock';

const folders: string[] = [];
const harnesses: CoreHarness[] = [];
afterEach(async () => {
  for (const harness of harnesses.splice(0)) await harness.dispose();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const clock = new FakeClock();

function folder(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'sso-tray-app-settings-'));
  folders.push(cwd);
  return cwd;
}

async function coreOver(cwd: string): Promise<CoreHarness> {
  const harness = new CoreHarness({ clock, endpoint: 'http://127.0.0.1:9', secretStore: new InMemorySecretStore(), settingsStore: openConfSettingsStore({ cwd }, clock) });
  harnesses.push(harness);
  await harness.core.ready;
  return harness;
}

describe('app settings through the core', () => {
  it('saves a change to the file, pushes settings-changed, tells main, and survives a restart', async () => {
    const cwd = folder();
    const harness = await coreOver(cwd);
    const seen: string[] = [];
    harness.core.onAppSettingsChange((settings) => seen.push(settings.console.openIn));
    const saved = await harness.call('settings:update', { console: { openIn: 'browser', logOutFirst: true }, shell: { theme: 'dark' } });
    expect(saved.console).toMatchObject({ openIn: 'browser', logOutFirst: true });
    expect(seen).toEqual(['browser']);
    expect(harness.events.filter((event) => event.event === 'settings-changed')).toHaveLength(1);
    const file = JSON.parse(readFileSync(join(cwd, 'settings.json'), 'utf8')) as { appSettings: { shell: { theme: string } } };
    expect(file.appSettings.shell.theme).toBe('dark');
    await harness.dispose();
    harnesses.splice(0);

    const again = await coreOver(cwd);
    expect((await again.call('settings:get')).shell.theme).toBe('dark');
    expect((await again.core.appSettings()).console.openIn).toBe('browser');
  });

  it('refuses a console session out of bounds and saves nothing', async () => {
    const cwd = folder();
    const harness = await coreOver(cwd);
    const answer = await harness.request('settings:update', { console: { sessionSeconds: { abc: 60 } } });
    expect(answer).toMatchObject({ ok: false, code: 'invalid-input' });
    expect((await harness.call('settings:get')).console.sessionSeconds).toEqual({});
    expect(harness.events.some((event) => event.event === 'settings-changed')).toBe(false);
  });

  it('reads a hand-edited file field by field and keeps the instances', async () => {
    const cwd = folder();
    writeFileSync(join(cwd, 'settings.json'), JSON.stringify({ version: 1, instances: [], appSettings: { console: { openIn: 'nowhere', logOutFirst: true } } }));
    const harness = await coreOver(cwd);
    const settings = await harness.call('settings:get');
    expect(settings.console.openIn).toBe('app-window');
    expect(settings.console.logOutFirst).toBe(true);
  });
});
