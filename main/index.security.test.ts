// main/index.ts's security wiring against the fake electron: what a packaged app refuses to start
// with, the app:// scheme the built pages load from, and the page policies on the window it opens.
// The decisions themselves are tabled in security/, protocol/ and renderer-source.test.ts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../app/security/content-security-policy';
import { fakeEvent, type FakeElectron } from './testing/fake-electron';
import { mainRun } from './testing/main-run';
import { mockTrayAssets } from './testing/tray-asset-mocks';

vi.mock('electron', async () => (await import('./testing/fake-electron')).liveElectronModule);
vi.mock('electron-store', async () => (await import('./testing/main-run')).missingSettingsStore('index-security-test'));
vi.mock('../app/secrets/keychain-secret-store', async () => ({
  KeychainSecretStore: (await import('../app/secrets/in-memory-secret-store')).InMemorySecretStore,
}));
mockTrayAssets();

const builtPage = 'app://sso-tray/index.html';
const main = mainRun();
const executable = process.argv[0]!;
let electron: FakeElectron;

/** Runs main/index.ts with `args` after the executable; waits for its window unless it must not start. */
async function start(options: { args?: string[]; env?: Record<string, string>; packaged?: boolean; expectWindow?: boolean } = {}): Promise<FakeElectron> {
  electron = await main.start(
    (fake) => {
      fake.module.app.isPackaged = options.packaged ?? false;
      process.argv = [executable, ...(options.args ?? [])];
      for (const [key, value] of Object.entries(options.env ?? {})) vi.stubEnv(key, value);
    },
    { expectWindow: options.expectWindow ?? true },
  );
  return electron;
}

const request = (frameUrl: string) => main.request(electron.state.windows[0]!, frameUrl, 'app:get-info');

describe('main/index.ts: launch switches', () => {
  // A debugger switch gave whoever launched a released app a debugger inside it.
  it('a packaged app launched with a debugging switch exits before it does anything', async () => {
    await start({ args: ['--remote-debugging-port=9222', '--inspect-brk'], packaged: true, expectWindow: false });
    const { app } = electron.module;
    expect(app.exit).toHaveBeenCalledWith(1);
    expect(app.requestSingleInstanceLock).not.toHaveBeenCalled();
    expect(app.setPath).not.toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(electron.module.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(electron.state.windows).toHaveLength(0);
    expect(vi.mocked(console.error).mock.calls.flat().join('\n')).toMatch(/remote-debugging-port, inspect-brk/);
  });

  it('a checkout keeps the debugging switches (Playwright launches Electron with them)', async () => {
    await start({ args: ['.', '--inspect=0', '--remote-debugging-port=0'] });
    expect(electron.module.app.exit).not.toHaveBeenCalled();
  });
});

describe('main/index.ts: app://', () => {
  // The renderer was loaded with loadFile: a file: page has no origin of its own.
  it('serves the built pages over app://, registered before ready, with only the renderer folder behind it', async () => {
    await start();
    const { protocol, app } = electron.module;
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
    expect(protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(app.whenReady.mock.invocationCallOrder[0]!);
    expect(protocol.handle).toHaveBeenCalledTimes(1);
    expect(electron.state.windows[0]!.loadURL).toHaveBeenCalledWith(builtPage);
    expect(electron.state.windows[0]!.loadFile).not.toHaveBeenCalled();

    // main/index.ts serves ../renderer beside itself: here the source folder, which holds index.html too.
    const serve = electron.state.protocolHandlers.get('app')!;
    const page = await serve(new Request(builtPage));
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(readFileSync(resolve(__dirname, '../renderer/index.html'), 'utf8'));
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy('production'));
    // package.json sits one folder above the renderer's.
    for (const url of ['app://sso-tray/..%2fpackage.json', 'app://sso-tray/%2e%2e%2fpackage.json', 'app://other/index.html']) {
      expect((await serve(new Request(url))).status, url).toBe(404);
    }
  });

  it('leaves app:// unanswered under the dev server', async () => {
    await start({ env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } });
    expect(electron.module.protocol.handle).not.toHaveBeenCalled();
  });

  it('a packaged app loads its own files over app:// even when ELECTRON_RENDERER_URL is set', async () => {
    await start({ env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' }, packaged: true });
    expect(electron.state.windows[0]!.loadURL).toHaveBeenCalledWith(builtPage);
    expect(electron.module.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    await expect(request('http://localhost:5173/')).rejects.toThrow('Refused');
    await expect(request(builtPage)).resolves.toMatchObject({ ok: true });
  });
});

describe('main/index.ts: page policies on its window', () => {
  it('refuses a <webview> and answers permission checks', async () => {
    await start();
    const contents = electron.state.windows[0]!.webContents;
    const attach = fakeEvent();
    contents.emit('will-attach-webview', attach, { nodeIntegration: true }, { src: 'https://evil.example/' });
    expect(attach.defaultPrevented).toBe(true);

    // Chromium asks the check handler without a prompt (navigator.permissions.query, the clipboard).
    const check = electron.module.session.defaultSession.setPermissionCheckHandler.mock.calls[0]?.[0] as (...args: unknown[]) => boolean;
    expect(check(contents, 'clipboard-sanitized-write')).toBe(true);
    for (const permission of ['clipboard-read', 'media', 'notifications', 'geolocation', 'openExternal', 'fileSystem']) {
      expect(check(contents, permission), permission).toBe(false);
    }
  });
});
