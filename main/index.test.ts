// main/index.ts against a fake `electron` (main/testing/fake-electron.ts): the Electron binary
// cannot run here, so this checks the wiring: one instance, a sandboxed window on the built page,
// the contract behind the sender check, the page policies, the tray, and a quit that disposes the
// core first. The pure decisions themselves have their own table tests.
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as CoreModule from '../app/core';
import type { Core, CoreOptions } from '../app/core';
import { contentSecurityPolicy } from '../app/security/content-security-policy';
import { mockTrayAssets } from './testing/tray-asset-mocks';
import { createFakeElectron, fakeEvent, type FakeElectron } from './testing/fake-electron';

const holder = vi.hoisted(() => ({
  electron: undefined as FakeElectron | undefined,
  cores: [] as { core: Core; options: CoreOptions }[],
  /** Makes electron-store's constructor fail as it does on a directory at settings.json. */
  settingsUnreadable: false,
}));

// Live view of the current fake, so each test gets a fresh one after vi.resetModules().
vi.mock('electron', () => {
  const current = () => holder.electron!.module as Record<string, unknown>;
  return new Proxy({}, { get: (_target, key: string) => current()[key], has: (_target, key: string) => key in current() });
});
vi.mock('electron-store', () => ({
  default: class {
    readonly path = join(tmpdir(), `sso-tray-index-test-${process.pid}-missing`, 'settings.json');
    store: Record<string, unknown> = {};
    constructor() {
      if (holder.settingsUnreadable) throw Object.assign(new Error('EISDIR: illegal operation on a directory, read'), { code: 'EISDIR' });
    }
  },
}));
// The keychain is someone else's test; here secrets stay in memory.
vi.mock('../app/secrets/keychain-secret-store', async () => ({
  KeychainSecretStore: (await import('../app/secrets/in-memory-secret-store')).InMemorySecretStore,
}));
vi.mock('../app/core', async (importOriginal) => {
  const actual = await importOriginal<typeof CoreModule>();
  return {
    ...actual,
    createCore: (...args: Parameters<typeof actual.createCore>) => {
      const core = actual.createCore(...args);
      holder.cores.push({ core, options: args[1] });
      return core;
    },
  };
});
mockTrayAssets();

const builtPage = 'app://sso-tray/index.html';

async function start(env: Record<string, string> = {}, lock = true, packaged = false): Promise<FakeElectron> {
  const electron = createFakeElectron();
  electron.module.app.requestSingleInstanceLock.mockReturnValue(lock);
  electron.module.app.isPackaged = packaged;
  holder.electron = electron;
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  vi.resetModules();
  await import('./index');
  await vi.waitFor(() => expect(electron.state.windows.length + (lock ? 0 : 1)).toBeGreaterThan(0));
  return electron;
}

function request(electron: FakeElectron, frameUrl: string, channel: string, isMainFrame = true, input?: unknown) {
  const handler = electron.state.ipcHandlers.get('desktop:request') as (...args: unknown[]) => Promise<unknown>;
  const senderFrame = { url: frameUrl, parent: isMainFrame ? null : {} };
  return handler({ senderFrame, sender: { id: 1 } }, channel, input);
}

type MenuItem = { label?: string; click?: () => void; submenu?: MenuItem[]; enabled?: boolean };
const trayMenu = (electron: FakeElectron) => electron.state.trays[0]!.menu as MenuItem[];

beforeEach(() => {
  holder.cores = [];
  holder.settingsUnreadable = false;
  vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
  vi.stubEnv('SSO_TRAY_AWS_ENDPOINT', '');
});

afterEach(async () => {
  for (const { core } of holder.cores) await core.dispose();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('main/index.ts', () => {
  it('opens one sandboxed window on the built page, and a tray with Open and Quit', async () => {
    const electron = await start();
    expect(electron.state.windows).toHaveLength(1);
    const window = electron.state.windows[0]!;
    expect(window.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false } });
    expect(String((window.options.webPreferences as { preload: string }).preload)).toMatch(/preload[/\\]index\.js$/);
    expect(window.loadURL).toHaveBeenCalledWith('app://sso-tray/index.html');
    // No empty frame: the window appears once the page has painted.
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
    expect((electron.state.trays[0]?.menu as { label: string }[]).map((item) => item.label)).toEqual(['Open portal window', 'Quick switcher', 'Settings…', 'Quit SSO Tray']);
  });

  it('composes the core for Electron with the emulator endpoint from the environment', async () => {
    await start({ SSO_TRAY_AWS_ENDPOINT: 'http://127.0.0.1:4566' });
    expect(holder.cores[0]?.options).toMatchObject({ runtime: 'electron', appName: 'SSO Tray', awsEndpoint: 'http://127.0.0.1:4566' });
  });

  it('honours the developer variables in a checkout', async () => {
    const electron = await start({ SSO_TRAY_AWS_ENDPOINT: 'http://127.0.0.1:4566', SSO_TRAY_USER_DATA_DIR: '/tmp/sso-tray-profile' });
    expect(electron.module.app.setPath).toHaveBeenCalledWith('userData', '/tmp/sso-tray-profile');
  });

  // Finding 1: the endpoint variable handed a packaged app's tokens to any server.
  it('ignores the endpoint and user-data variables in a packaged app', async () => {
    const electron = await start({ SSO_TRAY_AWS_ENDPOINT: 'http://127.0.0.1:4566', SSO_TRAY_USER_DATA_DIR: '/tmp/sso-tray-profile' }, true, true);
    expect(holder.cores[0]?.options.awsEndpoint).toBeUndefined();
    expect(electron.module.app.setPath).not.toHaveBeenCalled();
    expect(vi.mocked(console.warn).mock.calls.flat().join('\n')).toMatch(/Ignored developer variables in a packaged app .*SSO_TRAY_AWS_ENDPOINT.*SSO_TRAY_USER_DATA_DIR/);
  });

  // Finding 5: electron-store read the file in its constructor, so a directory at settings.json
  // threw before the fallback ran and the user saw no window.
  it('opens its window with a settings notice when settings.json cannot be read at all', async () => {
    holder.settingsUnreadable = true;
    const electron = await start();
    expect(electron.state.windows).toHaveLength(1);
    await holder.cores[0]!.core.ready;
    const notices = await holder.cores[0]!.core.handlers['notices:list'](undefined, { senderId: 'test' });
    expect(notices).toMatchObject([{ kind: 'settings-reset', message: expect.stringMatching(/could not be read/) }]);
  });

  it('answers the contract for its own page only', async () => {
    const electron = await start();
    await expect(request(electron, builtPage, 'app:get-info')).resolves.toMatchObject({ ok: true, value: { runtime: 'electron', name: 'SSO Tray' } });
    await expect(request(electron, 'https://evil.example/', 'app:get-info')).rejects.toThrow('Refused');
    await expect(request(electron, builtPage, 'app:get-info', false)).rejects.toThrow('Refused');
    // The same file opened over file:// is not the app's page.
    await expect(request(electron, pathToFileURL(resolve(__dirname, '../renderer/index.html')).href, 'app:get-info')).rejects.toThrow('Refused');
  });

  it('forwards core events to the window', async () => {
    const electron = await start();
    // The window opens once the settings (its saved bounds) are read; events after that reach it.
    holder.cores[0]!.core.events.emit('notices-changed', []);
    await vi.waitFor(() => expect(electron.state.windows[0]!.webContents.send).toHaveBeenCalledWith('desktop:event', 'notices-changed', []));
  });

  it('keeps the page in place: navigation, window.open, permissions, CSP', async () => {
    const electron = await start();
    const contents = electron.state.windows[0]!.webContents;

    const away = fakeEvent({ url: 'https://evil.example/' });
    contents.emit('will-navigate', away);
    expect(away.defaultPrevented).toBe(true);
    const reload = fakeEvent({ url: builtPage });
    contents.emit('will-navigate', reload);
    expect(reload.defaultPrevented).toBe(false);

    expect(contents.windowOpenHandler?.({ url: 'https://signin.aws.amazon.com/federation?SigninToken=x' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(electron.module.shell.openExternal.mock.calls).toEqual([['https://signin.aws.amazon.com/federation?SigninToken=x']]);

    const onRequest = electron.module.session.defaultSession.setPermissionRequestHandler.mock.calls[0]?.[0] as (...args: unknown[]) => void;
    const callback = vi.fn();
    onRequest(contents, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);

    const onHeaders = electron.module.session.defaultSession.webRequest.onHeadersReceived.mock.calls[0]?.[0] as (...args: unknown[]) => void;
    const respond = vi.fn();
    onHeaders({ resourceType: 'mainFrame', responseHeaders: {} }, respond);
    expect(respond).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [contentSecurityPolicy('production')] } });
  });

  it('loads the dev server only when electron-vite says so', async () => {
    const electron = await start({ ELECTRON_RENDERER_URL: 'http://localhost:5173' });
    expect(electron.state.windows[0]!.loadURL).toHaveBeenCalledWith('http://localhost:5173');
    await expect(request(electron, 'http://localhost:5173/', 'app:get-info')).resolves.toMatchObject({ ok: true });
    await expect(request(electron, builtPage, 'app:get-info')).rejects.toThrow('Refused');
  });

  it('quits only after the core is disposed, and removes its IPC handler and tray', async () => {
    const electron = await start();
    const dispose = vi.spyOn(holder.cores[0]!.core, 'dispose');
    electron.module.app.quit();
    expect(electron.state.quitCompleted).toBe(false);
    // The window's bounds are saved first, then the core goes.
    await vi.waitFor(() => expect(dispose).toHaveBeenCalledTimes(1));
    expect(electron.module.ipcMain.removeHandler).toHaveBeenCalledWith('desktop:request');
    expect(electron.state.trays[0]!.destroy).toHaveBeenCalled();
    await vi.waitFor(() => expect(electron.state.quitCompleted).toBe(true));
  });

  it('brings the existing window forward for the tray Open item and for a second launch', async () => {
    const electron = await start();
    const tray = electron.state.trays[0]!;
    (tray.menu as { click: () => void }[])[0]!.click();
    electron.module.app.emit('second-instance');
    expect(electron.state.windows).toHaveLength(1);
    expect(electron.state.windows[0]!.focus).toHaveBeenCalledTimes(2);
  });

  it('the tray menu and tooltip follow the instances and their session states', async () => {
    const electron = await start();
    const tray = electron.state.trays[0]!;
    const added = (await request(electron, builtPage, 'instances:add', true, { startUrl: 'https://d-1234567890.awsapps.com/start', region: 'eu-west-1', displayName: 'R&D' })) as {
      value: { id: string };
    };
    await vi.waitFor(() => expect(trayMenu(electron).map((item) => item.label)).toEqual(['R&&D: Signed out', undefined, 'Open portal window', 'Quick switcher', 'Settings…', 'Quit SSO Tray']));
    expect(tray.setToolTip).toHaveBeenLastCalledWith('SSO Tray\nR&D: Signed out');

    // The instance's submenu runs its command through the core: Sign in shows the window and starts a sign-in.
    // Stubbed: a real sign-in would reach out to AWS.
    const signIn = vi.spyOn(holder.cores[0]!.core.handlers, 'sessions:sign-in').mockResolvedValue(undefined);
    trayMenu(electron)[0]!.submenu![0]!.click!();
    await vi.waitFor(() => expect(signIn).toHaveBeenCalledWith({ instanceId: added.value.id }, { senderId: 'main' }));
    expect(electron.state.windows[0]!.focus).toHaveBeenCalled();
  });

  it('shows a system notification once per new notice, and a click runs its action', async () => {
    const electron = await start();
    const core = holder.cores[0]!.core;
    const signIn = vi.spyOn(core.handlers, 'sessions:sign-in').mockResolvedValue(undefined);
    const notice = {
      id: 'session-expired:i1',
      kind: 'session-expired',
      level: 'warning',
      message: 'Your session for payments has ended. Sign in again to keep using it.',
      instanceId: 'i1',
      action: { kind: 'sign-in', instanceId: 'i1' },
      createdAt: 1,
    } as const;
    core.events.emit('notices-changed', [notice]);
    core.events.emit('notices-changed', [notice]);
    expect(electron.state.notifications.map((shown) => shown.options)).toEqual([
      { title: 'Session expired', body: 'Your session for payments has ended. Sign in again to keep using it. Click to sign in again.', actions: [{ type: 'button', text: 'Sign in' }] },
    ]);
    expect(electron.state.notifications[0]!.show).toHaveBeenCalledTimes(1);

    electron.state.notifications[0]!.emit('click');
    await vi.waitFor(() => expect(signIn).toHaveBeenCalledWith({ instanceId: 'i1' }, { senderId: 'main' }));
  });

  it('a session-expired notice gets no notification with notifications.expired off', async () => {
    const electron = await start();
    const core = holder.cores[0]!.core;
    await request(electron, builtPage, 'settings:update', true, { notifications: { expired: false } });
    await vi.waitFor(() => expect(core.appSettings()).resolves.toMatchObject({ notifications: { expired: false } }));
    core.events.emit('notices-changed', [{ id: 'session-expired:i1', kind: 'session-expired', level: 'warning', message: 'Ended.', instanceId: 'i1', createdAt: 1 }]);
    core.events.emit('notices-changed', [{ id: 'keychain-unavailable', kind: 'keychain-unavailable', level: 'warning', message: 'No keychain.', createdAt: 1 }]);
    expect(electron.state.notifications.map((shown) => shown.options.title)).toEqual(['Sign-ins will not be remembered']);
  });

  it('a second instance quits at once and opens nothing', async () => {
    const electron = await start({}, false);
    expect(electron.module.app.quit).toHaveBeenCalled();
    expect(electron.state.windows).toHaveLength(0);
    expect(holder.cores).toHaveLength(0);
  });
});
