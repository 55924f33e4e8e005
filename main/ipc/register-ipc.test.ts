// registerIpc against the fake electron: which windows hear events and which frames are answered,
// decided by the window registry. The pure sender check has its own table (trusted-sender.test.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HandlerTable } from '../../app/ipc/dispatch';
import { createEventHub } from '../../app/ipc/event-hub';
import type { RendererSource } from '../renderer-source';
import { installFakeElectron, type FakeElectron, type FakeWindow } from '../testing/fake-electron';
import { createWindowRegistry, type WindowRegistry } from '../windows/window-registry';
import type { WindowKind } from '../windows/window-kinds';
import { registerIpc } from './register-ipc';

vi.mock('electron', async () => (await import('../testing/fake-electron')).liveElectronModule);

const source: RendererSource = { kind: 'built', directory: '/app/out/renderer' };
const portalPage = 'app://sso-tray/index.html';
const appInfo = { name: 'SSO Tray', version: '0.1.0', runtime: 'electron', platform: 'darwin' } as const;

let electron: FakeElectron;
let windows: WindowRegistry<FakeWindow>;
let events: ReturnType<typeof createEventHub>;
let unregister: () => void;
const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
const getInfo = vi.fn((_input: unknown, _context: unknown): unknown => appInfo);

beforeEach(() => {
  electron = installFakeElectron();
  windows = createWindowRegistry<FakeWindow>();
  events = createEventHub();
  const handlers = { 'app:get-info': getInfo } as unknown as HandlerTable;
  unregister = registerIpc({ core: { handlers, events }, source, logger, windows });
});

afterEach(() => {
  unregister();
  vi.clearAllMocks();
});

const open = (kind: WindowKind) => windows.add(kind, new electron.module.BrowserWindow({}));

function request(window: FakeWindow, frameUrl: string, isMainFrame = true) {
  return requestFrom(window, { url: frameUrl, parent: isMainFrame ? null : {} });
}

/** `senderFrame` is null in Electron once the frame has navigated away or been destroyed. */
function requestFrom(window: FakeWindow, senderFrame: { url: string; parent: object | null } | null) {
  const handler = electron.state.ipcHandlers.get('desktop:request') as (...args: unknown[]) => Promise<unknown>;
  return handler({ senderFrame, sender: window.webContents }, 'app:get-info', undefined);
}

describe('registerIpc: events', () => {
  it('broadcasts to every portal and quick-switcher window, never to a console window', () => {
    const portals = [open('portal'), open('portal')];
    const switcher = open('quick-switcher');
    const consoleWindow = open('console');
    events.emit('instances-changed', []);
    for (const window of [...portals, switcher]) expect(window.webContents.send).toHaveBeenCalledWith('desktop:event', 'instances-changed', []);
    expect(consoleWindow.webContents.send).not.toHaveBeenCalled();
  });

  it('skips a window that has closed, and one the registry was never told about', () => {
    const closed = open('portal');
    const kept = open('portal');
    const stray = new electron.module.BrowserWindow({});
    closed.close();
    events.emit('instances-changed', []);
    expect(closed.webContents.send).not.toHaveBeenCalled();
    expect(stray.webContents.send).not.toHaveBeenCalled();
    expect(kept.webContents.send).toHaveBeenCalledTimes(1);
  });

  it('sends no payload the contract refuses, and logs which event it was', () => {
    const portal = open('portal');
    events.emit('instances-changed', 'not a list' as never);
    expect(portal.webContents.send).not.toHaveBeenCalled();
    expect(logger.error).toHaveBeenCalledWith('An event payload did not match the contract', { event: 'instances-changed', error: expect.anything() });
  });

  it('stops forwarding once unregistered', () => {
    const portal = open('portal');
    unregister();
    events.emit('instances-changed', []);
    expect(portal.webContents.send).not.toHaveBeenCalled();
    expect(electron.state.ipcHandlers.has('desktop:request')).toBe(false);
  });
});

describe('registerIpc: requests', () => {
  it("answers a portal window's top frame on the portal page", async () => {
    await expect(request(open('portal'), `${portalPage}#/settings`)).resolves.toEqual({ ok: true, value: appInfo });
  });

  it.each([
    ['a console window, even on the portal page', 'console', portalPage, true],
    ['an iframe in the portal window', 'portal', portalPage, false],
    ['the portal window on another page of the app', 'portal', 'app://sso-tray/other.html', true],
    ['the portal window on a web page', 'portal', 'https://evil.example/', true],
    ['a quick-switcher window on the portal page (not its own)', 'quick-switcher', portalPage, true],
  ] as const)('refuses %s', async (_name, kind, url, isMainFrame) => {
    await expect(request(open(kind), url, isMainFrame)).rejects.toThrow('Refused');
    expect(logger.warn).toHaveBeenCalledWith('Refused a request from an untrusted frame', expect.objectContaining({ kind }));
  });

  it('refuses a window the registry does not know, and one that has closed', async () => {
    await expect(request(new electron.module.BrowserWindow({}), portalPage)).rejects.toThrow('Refused');
    expect(logger.warn).toHaveBeenLastCalledWith('Refused a request from an untrusted frame', { kind: 'unknown', origin: 'app:(opaque)' });
    const closed = open('portal');
    closed.close();
    await expect(request(closed, portalPage)).rejects.toThrow('Refused');
    expect(getInfo).not.toHaveBeenCalled();
  });

  it('refuses a request whose frame is gone', async () => {
    await expect(requestFrom(open('portal'), null)).rejects.toThrow('Refused');
    expect(logger.warn).toHaveBeenCalledWith('Refused a request from an untrusted frame', { kind: 'portal', origin: '(not a URL)' });
  });

  it('logs the origin of a refused frame, never its path or query', async () => {
    await expect(request(open('portal'), 'https://evil.example/steal?token=abc123')).rejects.toThrow('Refused');
    expect(logger.warn).toHaveBeenCalledWith('Refused a request from an untrusted frame', { kind: 'portal', origin: 'https://evil.example' });
    expect(JSON.stringify(logger.warn.mock.calls)).not.toContain('abc123');
  });

  it('tells the handler which webContents asked', async () => {
    const portal = open('portal');
    await request(portal, portalPage);
    expect(getInfo).toHaveBeenCalledWith(undefined, { senderId: `webContents:${portal.webContents.id}` });
  });

  it('answers a failing handler with the internal error and logs the failure with its channel', async () => {
    const failure = new TypeError('x is undefined');
    getInfo.mockImplementationOnce(() => {
      throw failure;
    });
    await expect(request(open('portal'), portalPage)).resolves.toMatchObject({ ok: false, code: 'internal' });
    expect(logger.error).toHaveBeenCalledWith('A request failed unexpectedly', { channel: 'app:get-info', error: failure });
  });
});
