// A newer SSO Tray may add fields to settings.json; an older one that saves the file must write
// them back as they were, or going back one version would cost the user their newer settings.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InstanceCatalog } from '../instances/instance-catalog';
import { sampleInstanceRecord, settingsTestClock } from '../testing/settings-fixtures';
import { LiveSettings } from './live-settings';
import { openConfSettingsStore } from './open-conf-settings-store';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const clock = settingsTestClock();
const existing = { ...sampleInstanceRecord };
const topLevelExtras = {
  favourites: [{ accountId: '111122223333', roleName: 'Admin', note: 'prod ✓ "quoted"' }],
  quickSwitcher: { shortcut: 'Ctrl+Alt+A', hidden: null, nested: { deeper: [1, 2.5, 0, 1e21, true] } },
  theme: 'dark',
};
const instanceExtras = { colour: '#ff8800', aliases: { '111122223333': 'prod' }, pinned: false };

/** Each key's value as JSON text: equal text means the key came back byte for byte. */
function serialised(record: Record<string, unknown>, keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(keys.map((key) => [key, JSON.stringify(record[key])]));
}

async function open(cwd: string) {
  const store = openConfSettingsStore({ cwd }, clock);
  const loaded = await store.load();
  let next = 0;
  return { loaded, catalog: new InstanceCatalog(new LiveSettings(loaded.settings, store), () => `new-${(next += 1)}`) };
}

describe('unknown keys in settings.json', () => {
  it('survive an instance add, rename and the removal of another instance, byte for byte', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'sso-tray-unknown-keys-'));
    folders.push(cwd);
    const file = join(cwd, 'settings.json');
    const written = { version: 1, ...topLevelExtras, instances: [{ ...existing, ...instanceExtras }] };
    writeFileSync(file, JSON.stringify(written, undefined, 2));
    const before = JSON.parse(readFileSync(file, 'utf8')) as typeof written;

    const { loaded, catalog } = await open(cwd);
    expect(loaded).toEqual({ settings: { version: 1, instances: [existing] } });
    const added = await catalog.add({ startUrl: 'https://acme.awsapps.com/start', region: 'us-east-1', displayName: 'Acme' });
    await catalog.update(existing.id, { displayName: 'Main account' });

    const after = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> & { instances: Record<string, unknown>[] };
    expect(serialised(after, Object.keys(topLevelExtras))).toEqual(serialised(before, Object.keys(topLevelExtras)));
    const [kept, fresh] = after.instances;
    expect(serialised(kept ?? {}, Object.keys(instanceExtras))).toEqual(serialised(before.instances[0] ?? {}, Object.keys(instanceExtras)));
    expect(kept).toMatchObject({ displayName: 'Main account' });
    expect(fresh).toEqual(added);

    // Reopened by this version, the file is still loaded without the unknown keys in memory.
    const reopened = await open(cwd);
    expect(reopened.loaded.problem).toBeUndefined();
    await reopened.catalog.remove(added.id);
    const last = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> & { instances: Record<string, unknown>[] };
    expect(serialised(last, Object.keys(topLevelExtras))).toEqual(serialised(before, Object.keys(topLevelExtras)));
    expect(last.instances).toEqual([{ ...existing, ...instanceExtras, displayName: 'Main account' }]);
  });

  it('are kept when a file without a version is upgraded and written back', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'sso-tray-unknown-keys-'));
    folders.push(cwd);
    const file = join(cwd, 'settings.json');
    writeFileSync(file, JSON.stringify({ ...topLevelExtras, instances: [{ ...existing, ...instanceExtras }] }));
    await open(cwd);
    const upgraded = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(upgraded).toEqual({ version: 1, ...topLevelExtras, instances: [{ ...existing, ...instanceExtras }] });
  });
});
