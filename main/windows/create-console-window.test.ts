// createConsoleWindow against the fake electron: its own hardened partition, no preload, tracked as
// a console window, and never opened on a page outside the console.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import type { RendererSource } from '../renderer-source';
import { createSessionHardener } from '../security/harden-session';
import { installFakeElectron, type FakeElectron, type FakeWindow } from '../testing/fake-electron';
import { createConsoleWindow } from './create-console-window';
import { createWindowRegistry } from './window-registry';

vi.mock('electron', async () => (await import('../testing/fake-electron')).liveElectronModule);

const source: RendererSource = { kind: 'built', directory: '/app/out/renderer' };
const identity = { accountId: '123456789012', roleName: 'AdminAccess' };
const signInUrl = 'https://signin.aws.amazon.com/federation?Action=login&SigninToken=secret';

let electron: FakeElectron;
const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };

beforeEach(() => {
  electron = installFakeElectron();
  vi.clearAllMocks();
});

function setup() {
  const registry = createWindowRegistry<BrowserWindow>();
  const sessions = createSessionHardener({ source, logger });
  // The fake stands in for BrowserWindow at runtime.
  const create = (url = signInUrl) => createConsoleWindow(identity, url, { title: 'AWS console', logger, windows: registry, sessions }) as unknown as FakeWindow;
  return { registry, sessions, create };
}

describe('createConsoleWindow', () => {
  it('opens a console window with no preload in its own partition, and loads the sign-in URL', () => {
    const { registry, create } = setup();
    const window = create();
    expect(window.options).toMatchObject({ show: false, webPreferences: { partition: 'persist:console:123456789012:AdminAccess', sandbox: true, contextIsolation: true } });
    expect(window.options.webPreferences).not.toHaveProperty('preload');
    expect(window.loadURL).toHaveBeenCalledWith(signInUrl);
    expect(registry.windowsOf('console')).toEqual([window]);
    expect(registry.appPageWindows()).toEqual([]);
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it("hardens the partition with the console's rules before the window exists", () => {
    const { sessions, create } = setup();
    create();
    const partition = electron.module.session.fromPartition('persist:console:123456789012:AdminAccess');
    expect(sessions.isHardened(partition as never)).toBe(true);
    expect(partition.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    // AWS's page keeps AWS's CSP.
    expect(partition.webRequest.onHeadersReceived).not.toHaveBeenCalled();
    expect(electron.module.session.defaultSession.setPermissionRequestHandler).not.toHaveBeenCalled();
  });

  it('shares the partition between two windows of one account and role', () => {
    const { create } = setup();
    const [first, second] = [create(), create()];
    expect(first.webContents.session).toBe(second.webContents.session);
  });

  it.each(['https://evil.example/', 'https://d-1234567890.awsapps.com/start', 'app://sso-tray/index.html'])(
    'opens no window on %s, and logs only its origin',
    (url) => {
      const { create } = setup();
      expect(() => create(url)).toThrow('Not a console URL');
      expect(electron.state.windows).toHaveLength(0);
      expect(JSON.stringify(logger.warn.mock.calls)).not.toContain('/start');
    },
  );

  it("starts on the emulator's federation page only when that origin is allowed", () => {
    const { registry, sessions } = setup();
    const emulatorLogin = 'http://127.0.0.1:4566/federation?Action=login&SigninToken=secret';
    const open = (extraOrigins: readonly string[]) => createConsoleWindow(identity, emulatorLogin, { title: 'AWS console', logger, windows: registry, sessions, extraOrigins }) as unknown as FakeWindow;
    expect(() => open([])).toThrow('Not a console URL');
    expect(() => open(['http://127.0.0.1:4567'])).toThrow('Not a console URL');
    expect(open(['http://127.0.0.1:4566']).loadURL).toHaveBeenCalledWith(emulatorLogin);
  });
});
