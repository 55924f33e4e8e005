// The settings screen's values through a real core, as a page reaches them: the dispatcher, the
// contract's schemas, the settings file on disk (Conf), a restart over that file, and main's view.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../testing/fake-clock';
import { settingsFolderCores } from '../testing/settings-folder-cores';

const clock = new FakeClock();
const { folder, coreOver, dispose } = settingsFolderCores('sso-tray-app-settings-', clock);

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
    await dispose(harness);

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
