// hardenApp against the fake electron: each webContents' navigation follows its window's kind in
// the registry, and every session gets its rules. The decisions themselves are tabled in
// navigation-policy.test.ts; this checks they reach Electron's events.
import type { Session } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../app/security/content-security-policy';
import { createExternalUrlPolicy, decideExternalUrl } from '../../app/security/external-url-policy';
import type { RendererSource } from '../renderer-source';
import { fakeEvent, installFakeElectron, type FakeElectron, type FakeWindow } from '../testing/fake-electron';
import type { WindowKind } from '../windows/window-kinds';
import { createWindowRegistry, type WindowRegistry } from '../windows/window-registry';
import { hardenApp, hardenDefaultSession } from './harden-app';
import { createSessionHardener, type SessionHardener } from './harden-session';

vi.mock('electron', async () => (await import('../testing/fake-electron')).liveElectronModule);

const source: RendererSource = { kind: 'built', directory: '/app/out/renderer' };
const portalPage = 'app://sso-tray/index.html';

let electron: FakeElectron;
let windows: WindowRegistry<FakeWindow>;
let sessions: SessionHardener;
const openExternal = vi.fn(async (_url: string) => {});
const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };

beforeEach(() => {
  electron = installFakeElectron();
  windows = createWindowRegistry<FakeWindow>();
  sessions = createSessionHardener({ source, logger });
  const isExternalAllowed = (url: string) => decideExternalUrl(url, createExternalUrlPolicy()).allowed;
  const deps = { source, logger, openExternal, isExternalAllowed, windows, sessions };
  hardenApp(deps);
  hardenDefaultSession(deps);
});

afterEach(() => vi.clearAllMocks());

const open = (kind: WindowKind, options: Record<string, unknown> = {}) => windows.add(kind, new electron.module.BrowserWindow(options));

/** Lets a rejected open reach its catch handler. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

function navigate(window: FakeWindow, url: string, event: 'will-navigate' | 'will-redirect' = 'will-navigate', isMainFrame = true) {
  const navigation = fakeEvent({ url, isMainFrame });
  window.webContents.emit(event, navigation);
  return navigation.defaultPrevented ? 'prevented' : 'allowed';
}

describe('hardenApp: navigation by window kind', () => {
  it('keeps a portal window on its own page', () => {
    const portal = open('portal');
    expect(navigate(portal, `${portalPage}?reload`)).toBe('allowed');
    expect(navigate(portal, 'app://sso-tray/other.html')).toBe('prevented');
    expect(navigate(portal, 'https://console.aws.amazon.com/')).toBe('prevented');
    expect(navigate(portal, 'https://evil.example/', 'will-redirect')).toBe('prevented');
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('lets a console window move within the console and sign-in hosts, and sends other allowed AWS links to the browser', () => {
    const consoleWindow = open('console', { webPreferences: { partition: 'persist:console:123456789012:AdminAccess' } });
    expect(navigate(consoleWindow, 'https://signin.aws.amazon.com/federation?Action=login')).toBe('allowed');
    expect(navigate(consoleWindow, 'https://eu-west-1.console.aws.amazon.com/ec2/home', 'will-redirect')).toBe('allowed');
    expect(navigate(consoleWindow, 'https://d-1234567890.awsapps.com/start')).toBe('prevented');
    expect(openExternal.mock.calls).toEqual([['https://d-1234567890.awsapps.com/start']]);
    expect(navigate(consoleWindow, 'https://attacker-bucket.s3.amazonaws.com/')).toBe('prevented');
    expect(navigate(consoleWindow, 'https://evil.example/')).toBe('prevented');
    expect(navigate(consoleWindow, portalPage)).toBe('prevented');
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('logs a blocked navigation with the window kind and the origin only', () => {
    navigate(open('portal'), 'https://evil.example/steal?token=abc123');
    expect(logger.warn).toHaveBeenCalledWith('Blocked a navigation', { kind: 'portal', origin: 'https://evil.example' });
    expect(JSON.stringify(logger.warn.mock.calls)).not.toContain('abc123');
  });

  it('logs a link the browser failed to open, from a navigation and from window.open', async () => {
    const consoleWindow = open('console', { webPreferences: { partition: 'persist:console:123456789012:AdminAccess' } });
    const failure = new Error('no browser');
    openExternal.mockRejectedValueOnce(failure).mockRejectedValueOnce(failure);
    navigate(consoleWindow, 'https://d-1234567890.awsapps.com/start');
    consoleWindow.webContents.windowOpenHandler?.({ url: 'https://d-1234567890.awsapps.com/start' });
    await settle();
    expect(logger.error.mock.calls).toEqual([
      ['Opening a link failed', { error: failure }],
      ['Opening a link failed', { error: failure }],
    ]);
  });

  it("leaves a redirect inside a console page's frames to the page", () => {
    const consoleWindow = open('console', { webPreferences: { partition: 'persist:console:123456789012:AdminAccess' } });
    expect(navigate(consoleWindow, 'https://evil.example/', 'will-redirect', false)).toBe('allowed');
  });

  it('lets a webContents nobody registered go nowhere, not even to the app page', () => {
    const stray = new electron.module.BrowserWindow({});
    expect(navigate(stray, portalPage)).toBe('prevented');
    expect(navigate(stray, 'https://console.aws.amazon.com/')).toBe('prevented');
    expect(logger.warn).toHaveBeenCalledWith('Blocked a navigation', expect.objectContaining({ kind: 'unknown' }));
  });

  it.each(['portal', 'console'] as const)('never lets window.open in a %s window create a window; AWS links open in the browser', (kind) => {
    const window = open(kind);
    expect(window.webContents.windowOpenHandler?.({ url: 'https://console.aws.amazon.com/s3' })).toEqual({ action: 'deny' });
    expect(window.webContents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://console.aws.amazon.com/s3']]);
  });

  it('logs a refused window.open with the origin only, and nothing for one it hands to the browser', () => {
    const window = open('portal');
    window.webContents.windowOpenHandler?.({ url: 'https://console.aws.amazon.com/s3' });
    expect(logger.warn).not.toHaveBeenCalled();
    window.webContents.windowOpenHandler?.({ url: 'https://evil.example/steal?token=abc123' });
    expect(logger.warn.mock.calls).toEqual([['Blocked a window.open', { origin: 'https://evil.example' }]]);
  });

  it.each(['portal', 'console', undefined] as const)('refuses to attach a <webview> in a %s window, whatever its options', (kind) => {
    const window = kind ? open(kind) : new electron.module.BrowserWindow({});
    const webPreferences = { preload: '/tmp/evil.js', nodeIntegration: true };
    const attach = fakeEvent();
    window.webContents.emit('will-attach-webview', attach, webPreferences, { src: 'https://evil.example/', allowpopups: 'true' });
    expect(attach.defaultPrevented).toBe(true);
  });
});

describe('hardenApp: sessions', () => {
  it("gives the default session the app's permission rules and CSP", () => {
    const defaultSession = electron.module.session.defaultSession;
    expect(defaultSession.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    expect(defaultSession.setPermissionCheckHandler).toHaveBeenCalledTimes(1);
    const onHeaders = defaultSession.webRequest.onHeadersReceived.mock.calls[0]?.[0] as (...args: unknown[]) => void;
    const respond = vi.fn();
    onHeaders({ resourceType: 'mainFrame', responseHeaders: {} }, respond);
    expect(respond).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [contentSecurityPolicy('production')] } });
    // A portal window in it does not harden it twice.
    open('portal');
    expect(defaultSession.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
  });

  it("keeps the policy a window's creator gave its partition", () => {
    const partition = 'persist:console:123456789012:AdminAccess';
    const consoleSession = electron.module.session.fromPartition(partition);
    sessions.harden(consoleSession as unknown as Session, 'console');
    open('console', { webPreferences: { partition } });
    expect(consoleSession.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    // AWS's page keeps AWS's CSP, and nothing asked the session to serve app pages too.
    expect(consoleSession.webRequest.onHeadersReceived).not.toHaveBeenCalled();
    expect(logger.error).not.toHaveBeenCalled();
  });

  it("hardens a partition nobody hardened with the app pages' rules, the strictest", () => {
    new electron.module.BrowserWindow({ webPreferences: { partition: 'persist:stray' } });
    const stray = electron.module.session.fromPartition('persist:stray');
    expect(stray.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    expect(stray.webRequest.onHeadersReceived).toHaveBeenCalledTimes(1);
  });
});
