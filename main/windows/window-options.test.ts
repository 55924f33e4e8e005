import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { consolePartition, consoleWindowOptions } from './console-window-options';
import { portalWindowOptions } from './portal-window-options';

const kinds: readonly (readonly [string, BrowserWindowConstructorOptions])[] = [
  ['portal', portalWindowOptions('/app/out/preload/index.js', 'SSO Tray')],
  ['console', consoleWindowOptions('SSO Tray: 123456789012 AdminAccess', 'persist:console:123456789012:AdminAccess')],
];

describe('window options, every kind', () => {
  const pinned = [
    ['sandbox', true],
    ['contextIsolation', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['navigateOnDragDrop', false],
    ['experimentalFeatures', false],
  ] as const;

  it.each(kinds.flatMap(([kind, options]) => pinned.map(([key, value]) => [kind, key, value, options] as const)))(
    '%s: webPreferences.%s is %s',
    (_kind, key, value, options) => expect(options.webPreferences?.[key]).toBe(value),
  );

  it.each(kinds)('%s starts hidden until its page is ready', (_kind, options) => expect(options.show).toBe(false));

  // Electron's checklist: no Blink features beyond Chromium's defaults, and no popups for a <webview>.
  it.each(kinds)('%s enables no Blink feature and no webview popups', (_kind, options) => {
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(JSON.stringify(options)).not.toMatch(/allowpopups/i);
  });
});

describe('portalWindowOptions', () => {
  const options = portalWindowOptions('/app/out/preload/index.js', 'SSO Tray');

  it('loads the given preload in the default session', () => {
    expect(options.webPreferences?.preload).toBe('/app/out/preload/index.js');
    expect(options.webPreferences).not.toHaveProperty('partition');
    expect(options.webPreferences).not.toHaveProperty('session');
  });
});

describe('consoleWindowOptions', () => {
  const options = consoleWindowOptions('AWS console', 'persist:console:123456789012:AdminAccess');

  it('has no preload, so the console page never reaches the contract', () => {
    expect(options.webPreferences).not.toHaveProperty('preload');
  });

  it('uses the given partition, not the default session', () => {
    expect(options.webPreferences?.partition).toBe('persist:console:123456789012:AdminAccess');
    expect(options.webPreferences).not.toHaveProperty('session');
  });
});

describe('consolePartition', () => {
  it.each([
    [{ accountId: '123456789012', roleName: 'AdminAccess' }, 'persist:console:123456789012:AdminAccess'],
    [{ accountId: '123456789012', roleName: 'Read.Only+Ops=1,a@b_c-d' }, 'persist:console:123456789012:Read.Only+Ops=1,a@b_c-d'],
  ])('%o → %s', (identity, partition) => expect(consolePartition(identity)).toBe(partition));

  it('keeps each console session on disk (persist:), so a reopened console finds its own cookies', () => {
    expect(consolePartition({ accountId: '123456789012', roleName: 'AdminAccess' })).toMatch(/^persist:console:/);
  });

  it('gives each account and role its own partition', () => {
    const partitions = new Set([
      consolePartition({ accountId: '123456789012', roleName: 'AdminAccess' }),
      consolePartition({ accountId: '123456789012', roleName: 'ReadOnly' }),
      consolePartition({ accountId: '210987654321', roleName: 'AdminAccess' }),
    ]);
    expect(partitions.size).toBe(3);
  });

  it.each([
    [{ accountId: '12345678901', roleName: 'AdminAccess' }],
    [{ accountId: '12345678901a', roleName: 'AdminAccess' }],
    [{ accountId: '123456789012', roleName: '' }],
    // A separator in the role name could make two identities share one partition.
    [{ accountId: '123456789012', roleName: 'Admin:Access' }],
    [{ accountId: '123456789012', roleName: 'persist:x' }],
    [{ accountId: '123456789012', roleName: 'a'.repeat(65) }],
  ])('refuses %o', (identity) => expect(() => consolePartition(identity)).toThrow());
});
