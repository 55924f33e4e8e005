import { describe, expect, it } from 'vitest';
import { InMemorySettingsStore } from '../settings/in-memory-settings-store';
import { defaultSettings } from '../settings/settings-schema';
import { LiveSettings } from '../settings/live-settings';
import { InstanceCatalog } from './instance-catalog';

function catalog() {
  const store = new InMemorySettingsStore();
  let next = 0;
  return { store, catalog: new InstanceCatalog(new LiveSettings(defaultSettings(), store), () => `id-${(next += 1)}`) };
}

describe('InstanceCatalog', () => {
  it('adds a validated, normalised instance and persists it', async () => {
    const { store, catalog: instances } = catalog();
    const added = await instances.add({ startUrl: 'https://d-1234567890.awsapps.com/start/#/', region: 'eu-west-1' });
    expect(added).toEqual({
      id: 'id-1',
      startUrl: 'https://d-1234567890.awsapps.com/start',
      region: 'eu-west-1',
      partition: 'aws',
      displayName: 'd-1234567890',
      signInMethod: 'browser',
    });
    expect(store.current.instances).toEqual([added]);
  });

  it('refuses the same normalised start URL twice, naming the existing entry', async () => {
    const { catalog: instances } = catalog();
    await instances.add({ startUrl: 'https://acme.awsapps.com/start', region: 'us-east-1', displayName: 'Acme' });
    await expect(instances.add({ startUrl: 'https://ACME.awsapps.com/start/', region: 'us-east-1' })).rejects.toMatchObject({
      code: 'duplicate-instance',
      message: 'This start URL is already in the list as "Acme".',
    });
  });

  it.each([
    [{ startUrl: 'http://acme.awsapps.com/start', region: 'us-east-1' }, 'invalid-start-url'],
    [{ startUrl: 'https://acme.awsapps.com/start', region: 'moon-1' }, 'unknown-region'],
  ])('refuses %o with %s', async (input, code) => {
    const { store, catalog: instances } = catalog();
    await expect(instances.add(input)).rejects.toMatchObject({ code });
    expect(store.current.instances).toEqual([]);
  });

  it('renames, switches the sign-in method and removes', async () => {
    const { store, catalog: instances } = catalog();
    const added = await instances.add({ startUrl: 'https://acme.awsapps.com/start', region: 'us-east-1' });
    const changed: unknown[] = [];
    instances.onDidChange((list) => changed.push(list));
    expect(await instances.update(added.id, { displayName: ' Acme prod ', signInMethod: 'device-code' })).toMatchObject({ displayName: 'Acme prod', signInMethod: 'device-code' });
    await instances.remove(added.id);
    expect(store.current.instances).toEqual([]);
    expect(changed).toHaveLength(2);
    await expect(instances.remove(added.id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it.each([
    ['a right-to-left override', 'Prod\u202Egnp.exe', 'Prodgnp.exe'],
    ['a line break and NUL', 'Prod\n\u0000EU', 'Prod EU'],
    ['isolates and marks', '\u2066Acme\u2069\u200E', 'Acme'],
    ['nothing but controls', '\u202E\u0000\u061C', 'd-1234567890'],
  ])('strips control and bidirectional characters from a new name: %s', async (_name, displayName, expected) => {
    const { store, catalog: instances } = catalog();
    const added = await instances.add({ startUrl: 'https://d-1234567890.awsapps.com/start', region: 'eu-west-1', displayName });
    expect(added.displayName).toBe(expected);
    expect(store.current.instances[0]?.displayName).toBe(expected);
  });

  it('strips control and bidirectional characters when renaming, and keeps the name when nothing is left', async () => {
    const { store, catalog: instances } = catalog();
    const added = await instances.add({ startUrl: 'https://acme.awsapps.com/start', region: 'us-east-1', displayName: 'Acme' });
    expect((await instances.update(added.id, { displayName: '\u0007Team\u202E1' })).displayName).toBe('Team1');
    expect((await instances.update(added.id, { displayName: '\u202E\u200F' })).displayName).toBe('Team1');
    expect(store.current.instances[0]?.displayName).toBe('Team1');
  });
});
