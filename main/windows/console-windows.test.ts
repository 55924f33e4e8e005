// The in-app console windows against the fake electron: a partition per role, the hardened
// options, the link guard of a console window, focus on the second click, the title and frame, and
// the session's end offering a sign-in again in place.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import type { ConsoleRole, ConsoleWindowTarget } from '../../app/ports/console-opener';
import type { RendererSource } from '../renderer-source';
import { hardenApp } from '../security/harden-app';
import { createSessionHardener } from '../security/harden-session';
import { fakeEvent, installFakeElectron, type FakeElectron, type FakeWindow } from '../testing/fake-electron';
import { createConsoleWindows } from './console-windows';
import { createWindowRegistry } from './window-registry';

vi.mock('electron', async () => (await import('../testing/fake-electron')).liveElectronModule);

const source: RendererSource = { kind: 'built', directory: '/app/out/renderer' };
const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
const admin: ConsoleRole = { instanceId: 'i-1', accountId: '222222222222', roleName: 'AdministratorAccess' };
const readOnly: ConsoleRole = { instanceId: 'i-1', accountId: '222222222222', roleName: 'Read+Only=1,a.b@c-d' };
const login = (token: string) => `https://signin.aws.amazon.com/federation?Action=login&SigninToken=${token}`;

let electron: FakeElectron;
let nowMs: number;

beforeEach(() => {
  electron = installFakeElectron();
  nowMs = Date.UTC(2030, 0, 1, 9);
  vi.clearAllMocks();
});

function setup() {
  const windows = createWindowRegistry<BrowserWindow>();
  const sessions = createSessionHardener({ source, logger });
  const openExternal = vi.fn(async (_url: string) => undefined);
  // What main does: the page policies on every webContents, checked by the window's kind.
  hardenApp({ source, logger, openExternal, isExternalAllowed: (url) => url.startsWith('https://docs.aws.amazon.com/'), windows, sessions });
  const consoles = createConsoleWindows({ logger, windows, sessions, openExternal, now: () => nowMs, tickMs: 3_600_000 });
  const signInAgain = vi.fn(async (_page: string | undefined) => ({ url: login('again'), sessionEndsAt: nowMs + 3_600_000 }));
  const target = (role: ConsoleRole, token = 'first'): ConsoleWindowTarget => ({
    role,
    url: login(token),
    sessionEndsAt: nowMs + 42 * 60_000,
    label: { accountLabel: 'payments-staging', accountId: role.accountId, roleName: role.roleName, colour: 'red' },
    signInAgain,
  });
  const windowAt = (index: number) => electron.state.windows[index] as FakeWindow;
  return { windows, consoles, openExternal, signInAgain, target, windowAt };
}

describe('console windows', () => {
  it('opens each role in its own partition, sandboxed, with no preload', async () => {
    const { consoles, target, windowAt, windows } = setup();
    expect(await consoles.openWindow(target(admin))).toEqual({ partition: 'persist:console:222222222222:AdministratorAccess' });
    expect(await consoles.openWindow(target(readOnly))).toEqual({ partition: 'persist:console:222222222222:Read+Only=1,a.b@c-d' });
    const [first, second] = [windowAt(0), windowAt(1)];
    for (const window of [first, second]) {
      expect(window.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false });
      expect(window.options.webPreferences).not.toHaveProperty('preload');
    }
    expect(first.webContents.session).not.toBe(second.webContents.session);
    expect(first.loadURL).toHaveBeenCalledWith(login('first'));
    expect(windows.windowsOf('console')).toHaveLength(2);
  });

  it('focuses the open window on a second click instead of opening another', async () => {
    const { consoles, target, windowAt } = setup();
    expect(await consoles.focusWindow(admin)).toBeUndefined();
    await consoles.openWindow(target(admin));
    windowAt(0).isMinimized.mockReturnValue(true);
    expect(await consoles.focusWindow(admin)).toEqual({ partition: 'persist:console:222222222222:AdministratorAccess' });
    expect(windowAt(0).restore).toHaveBeenCalledTimes(1);
    expect(windowAt(0).focus).toHaveBeenCalledTimes(1);
    expect(electron.state.windows).toHaveLength(1);
    // Once closed, the role has no window to focus.
    windowAt(0).close();
    expect(await consoles.focusWindow(admin)).toBeUndefined();
  });

  it('keeps the console within the console hosts; other AWS links go to the default browser, the rest nowhere', async () => {
    const { consoles, target, windowAt, openExternal } = setup();
    await consoles.openWindow(target(admin));
    const contents = windowAt(0).webContents;
    const navigate = (url: string) => {
      const event = fakeEvent({ url });
      contents.emit('will-navigate', event);
      return event.defaultPrevented;
    };
    expect(navigate('https://eu-west-1.console.aws.amazon.com/ec2/home')).toBe(false);
    expect(navigate('https://docs.aws.amazon.com/IAM/latest/UserGuide/')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://docs.aws.amazon.com/IAM/latest/UserGuide/');
    expect(navigate('https://evil.example/')).toBe(true);
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(contents.windowOpenHandler?.({ url: 'https://docs.aws.amazon.com/x' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(2);
  });

  it('refuses a first page off the console, even from the core', async () => {
    const { consoles, target } = setup();
    await expect(consoles.openWindow({ ...target(admin), url: 'https://evil.example/federation?SigninToken=x' })).rejects.toThrow('Not a console URL');
    expect(electron.state.windows).toHaveLength(0);
  });

  it("titles the window with the account, the role and the time left, and frames it in the account's colour", async () => {
    const { consoles, target, windowAt } = setup();
    await consoles.openWindow(target(admin));
    expect(windowAt(0).options.title).toBe('payments-staging (222222222222) · AdministratorAccess · 42 min left');
    windowAt(0).webContents.emit('did-finish-load');
    await vi.waitFor(() => expect(windowAt(0).webContents.insertCSS).toHaveBeenCalledTimes(1));
    expect(windowAt(0).webContents.insertCSS.mock.calls[0]?.[0]).toContain('inset 0 0 0 4px #d13212');
    nowMs += 30 * 60_000;
    consoles.tick();
    expect(windowAt(0).setTitle).toHaveBeenLastCalledWith('payments-staging (222222222222) · AdministratorAccess · 12 min left');
  });

  it('says when the session has ended and signs in again in place, on the page the user was on', async () => {
    const { consoles, target, windowAt, signInAgain } = setup();
    await consoles.openWindow(target(admin));
    const window = windowAt(0);
    window.webContents.currentUrl = 'https://eu-west-1.console.aws.amazon.com/lambda/home#/functions';
    nowMs += 43 * 60_000;
    consoles.tick();
    expect(window.setTitle).toHaveBeenLastCalledWith('payments-staging (222222222222) · AdministratorAccess · session ended');
    expect(String(window.webContents.insertCSS.mock.calls.at(-1)?.[0])).toContain('html::before');
    expect(electron.module.dialog.showMessageBox).toHaveBeenCalledWith(window, expect.objectContaining({ buttons: ['Sign in again', 'Not now'] }));
    // The prompt's first button is the answer (the fake's default).
    await vi.waitFor(() => expect(window.loadURL).toHaveBeenLastCalledWith(login('again')));
    expect(signInAgain).toHaveBeenCalledWith('https://eu-west-1.console.aws.amazon.com/lambda/home#/functions');
    expect(window.setTitle).toHaveBeenLastCalledWith('payments-staging (222222222222) · AdministratorAccess · 1 h 00 min left');
  });

  it('signs an ended window in again when its role is clicked again, once however often', async () => {
    const { consoles, target, windowAt, signInAgain } = setup();
    electron.module.dialog.showMessageBox.mockResolvedValue({ response: 1, checkboxChecked: false });
    await consoles.openWindow(target(admin));
    nowMs += 43 * 60_000;
    consoles.tick();
    await Promise.resolve();
    expect(signInAgain).not.toHaveBeenCalled();
    await Promise.all([consoles.focusWindow(admin), consoles.focusWindow(admin)]);
    await vi.waitFor(() => expect(windowAt(0).loadURL).toHaveBeenLastCalledWith(login('again')));
    expect(signInAgain).toHaveBeenCalledTimes(1);
  });

  it('opens the browser ways through the guarded opener', async () => {
    const { consoles, openExternal } = setup();
    await consoles.openBrowser('https://d-1234567890.awsapps.com/start/#/console?account_id=1', 'portal-link');
    expect(openExternal).toHaveBeenCalledWith('https://d-1234567890.awsapps.com/start/#/console?account_id=1');
    expect(electron.state.windows).toHaveLength(0);
  });
});
