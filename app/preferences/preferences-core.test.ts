// The preferences area through the whole core, as a page reaches it: the dispatcher, the contract's
// schemas, the settings file on disk (Conf, as the web host keeps it), and a restart over that file.
// No AWS: nobody is signed in, so the endpoint is never called.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Preferences } from '../model/preferences';
import { FakeClock } from '../testing/fake-clock';
import { settingsFolderCores } from '../testing/settings-folder-cores';

const clock = new FakeClock();
const { folder, coreOver, dispose } = settingsFolderCores('sso-tray-preferences-', clock);

function fileOf(cwd: string): Record<string, unknown> & { preferences?: Preferences } {
  return JSON.parse(readFileSync(join(cwd, 'settings.json'), 'utf8')) as Record<string, unknown> & { preferences?: Preferences };
}

describe('preferences through the core', () => {
  it('pins a role: preferences-changed is emitted, the file keeps it, and a restarted core reads it back', async () => {
    const cwd = folder();
    const harness = await coreOver(cwd);
    const { id } = await harness.addInstance('https://acme.awsapps.com/start', 'eu-west-1');
    expect(await harness.call('preferences:get')).toEqual({ favourites: [], recent: [], accounts: {} });

    await harness.call('preferences:set-favourite', { instanceId: id, accountId: '111122223333', roleName: 'AdministratorAccess', favourite: true });
    await harness.call('preferences:set-favourite', { instanceId: id, accountId: '111122223333', roleName: 'AdministratorAccess', favourite: true });
    await harness.call('preferences:set-account', { instanceId: id, accountId: '111122223333', preferences: { alias: ' prod\u202E ', colour: 'red', defaultRegion: 'eu-central-1' } });
    await harness.core.recordRoleUse({ instanceId: id, accountId: '111122223333', roleName: 'ReadOnly' });

    const expected: Preferences = {
      favourites: [{ instanceId: id, accountId: '111122223333', roleName: 'AdministratorAccess' }],
      recent: [{ instanceId: id, accountId: '111122223333', roleName: 'ReadOnly', usedAt: clock.now() }],
      accounts: { [`${id}/111122223333`]: { alias: 'prod', colour: 'red', defaultRegion: 'eu-central-1' } },
    };
    expect(await harness.call('preferences:get')).toEqual(expected);
    // One event per change (the repeated pin changed nothing), each with the whole preferences.
    const emitted = harness.eventsNamed('preferences-changed');
    expect(emitted).toHaveLength(3);
    expect(emitted[0]).toEqual({ favourites: expected.favourites, recent: [], accounts: {} });
    expect(emitted.at(-1)).toEqual(expected);
    expect(fileOf(cwd).preferences).toEqual(expected);

    await dispose(harness);
    const restarted = await coreOver(cwd);
    expect(await restarted.call('preferences:get')).toEqual(expected);
  });

  it('answers bad requests with invalid-input and a plain message, and saves nothing', async () => {
    const cwd = folder();
    const harness = await coreOver(cwd);
    const { id } = await harness.addInstance('https://acme.awsapps.com/start', 'us-east-1');
    expect(await harness.request('preferences:set-account', { instanceId: id, accountId: '111122223333', preferences: { defaultRegion: 'cn-north-1' } })).toEqual({
      ok: false,
      code: 'invalid-input',
      message: '"cn-north-1" is not a region of AWS, where acme is. Choose one of its regions as the default.',
    });
    expect(await harness.request('preferences:set-account', { instanceId: id, accountId: '111122223333', preferences: { colour: 'magenta' as 'red' } })).toMatchObject({ ok: false, code: 'invalid-input' });
    expect(await harness.request('preferences:set-favourite', { instanceId: id, accountId: '12', roleName: 'Admin', favourite: true })).toMatchObject({ ok: false, code: 'invalid-input' });
    expect(await harness.request('preferences:set-favourite', { instanceId: 'not-there', accountId: '111122223333', roleName: 'Admin', favourite: true })).toMatchObject({ ok: false, code: 'not-found' });
    expect(fileOf(cwd).preferences).toBeUndefined();
    expect(harness.eventsNamed('preferences-changed')).toEqual([]);
    expect(harness.internalErrors).toEqual([]);
  });

  it('removing an instance removes its preferences from the file and tells the page', async () => {
    const cwd = folder();
    const harness = await coreOver(cwd);
    const gone = await harness.addInstance('https://gone.awsapps.com/start', 'us-east-1');
    const kept = await harness.addInstance('https://kept.awsapps.com/start', 'us-east-1');
    for (const instanceId of [gone.id, kept.id]) {
      await harness.call('preferences:set-favourite', { instanceId, accountId: '111122223333', roleName: 'Admin', favourite: true });
      await harness.call('preferences:set-account', { instanceId, accountId: '111122223333', preferences: { colour: 'blue' } });
      await harness.core.recordRoleUse({ instanceId, accountId: '111122223333', roleName: 'Admin' });
    }

    await harness.call('instances:remove', { instanceId: gone.id });
    await expect.poll(() => fileOf(cwd).preferences?.favourites).toEqual([{ instanceId: kept.id, accountId: '111122223333', roleName: 'Admin' }]);
    const expected: Preferences = {
      favourites: [{ instanceId: kept.id, accountId: '111122223333', roleName: 'Admin' }],
      recent: [{ instanceId: kept.id, accountId: '111122223333', roleName: 'Admin', usedAt: clock.now() }],
      accounts: { [`${kept.id}/111122223333`]: { colour: 'blue' } },
    };
    expect(fileOf(cwd).preferences).toEqual(expected);
    expect(await harness.call('preferences:get')).toEqual(expected);
    expect(harness.eventsNamed('preferences-changed').at(-1)).toEqual(expected);
  });

  it('keeps keys a newer version wrote beside the preferences, and loads a file from before them', async () => {
    const cwd = folder();
    writeFileSync(join(cwd, 'settings.json'), JSON.stringify({ version: 1, instances: [], quickSwitcher: { shortcut: 'Ctrl+Alt+A' } }));
    const harness = await coreOver(cwd);
    expect(await harness.call('preferences:get')).toEqual({ favourites: [], recent: [], accounts: {} });
    const { id } = await harness.addInstance('https://acme.awsapps.com/start', 'us-east-1');
    await harness.call('preferences:set-favourite', { instanceId: id, accountId: '111122223333', roleName: 'Admin', favourite: true });
    expect(fileOf(cwd)).toMatchObject({ quickSwitcher: { shortcut: 'Ctrl+Alt+A' }, preferences: { favourites: [{ instanceId: id, accountId: '111122223333', roleName: 'Admin' }] } });
  });
});
