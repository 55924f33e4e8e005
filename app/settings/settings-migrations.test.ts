import { describe, expect, it } from 'vitest';
import { migrateSettings } from './settings-migrations';

describe('migrateSettings', () => {
  it.each<[string, unknown, ReturnType<typeof migrateSettings>]>([
    ['the current version as is', { version: 1, instances: [] }, { ok: true, value: { version: 1, instances: [] }, migrated: false }],
    ['no version: version 0', { instances: [{ id: 'x' }] }, { ok: true, value: { version: 1, instances: [{ id: 'x' }] }, migrated: true }],
    ['an empty object', {}, { ok: true, value: { version: 1, instances: [] }, migrated: true }],
    ['null', null, { ok: false, reason: 'the file does not hold a JSON object' }],
    ['a string version', { version: '1' }, { ok: false, reason: 'the version field is not a whole number ("1")' }],
    ['a future version', { version: 2 }, { ok: false, reason: 'it was written by a newer SSO Tray (settings version 2)' }],
  ])('%s', (_name, input, expected) => {
    expect(migrateSettings(input)).toEqual(expected);
  });

  it('keeps keys it does not know through the steps', () => {
    const result = migrateSettings({ theme: 'dark', instances: [{ id: 'x', colour: 'red' }] });
    expect(result).toEqual({ ok: true, value: { version: 1, theme: 'dark', instances: [{ id: 'x', colour: 'red' }] }, migrated: true });
  });

  it('runs every step in order from the file version to the target', () => {
    const steps = {
      0: (value: Record<string, unknown>) => ({ ...value, version: 1, trail: ['0→1'] }),
      1: (value: Record<string, unknown>) => ({ ...value, version: 2, trail: [...(value['trail'] as string[]), '1→2'] }),
    };
    expect(migrateSettings({}, steps, 2)).toEqual({ ok: true, value: { version: 2, trail: ['0→1', '1→2'] }, migrated: true });
    expect(migrateSettings({ version: 1, trail: [] }, steps, 2)).toEqual({ ok: true, value: { version: 2, trail: ['1→2'] }, migrated: true });
    expect(migrateSettings({ version: 0 }, { 0: steps[0] }, 2)).toEqual({ ok: false, reason: 'there is no upgrade from settings version 1' });
  });
});
