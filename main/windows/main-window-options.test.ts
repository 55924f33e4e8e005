import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from './main-window-options';

describe('mainWindowOptions', () => {
  const options = mainWindowOptions('/app/out/preload/index.js', 'SSO Tray');

  it.each([
    ['sandbox', true],
    ['contextIsolation', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
  ] as const)('webPreferences.%s is %s', (key, value) => {
    expect(options.webPreferences?.[key]).toBe(value);
  });

  it('loads the given preload and starts hidden until the page is ready', () => {
    expect(options.webPreferences?.preload).toBe('/app/out/preload/index.js');
    expect(options.show).toBe(false);
  });
});
