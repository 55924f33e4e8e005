// main/index.ts's desktop shell against the fake electron: the quick switcher's shortcut (its
// window, its page answered; the message when another app holds the keys), the tray redrawn only
// when its model changes, and the portal window's bounds saved on close. The decisions have their
// own table tests; this checks the wiring.
import { describe, expect, it, vi } from 'vitest';
import type { FakeElectron, FakeWindow } from './testing/fake-electron';
import { mainRun } from './testing/main-run';
import { mockTrayAssets } from './testing/tray-asset-mocks';

vi.mock('electron', async () => (await import('./testing/fake-electron')).liveElectronModule);
vi.mock('electron-store', async () => (await import('./testing/main-run')).missingSettingsStore('index-shell-test'));
vi.mock('../app/secrets/keychain-secret-store', async () => ({
  KeychainSecretStore: (await import('../app/secrets/in-memory-secret-store')).InMemorySecretStore,
}));
mockTrayAssets();

const main = mainRun();
let electron: FakeElectron;

async function start(prepare: (fake: FakeElectron) => void = () => {}): Promise<FakeElectron> {
  electron = await main.start(prepare);
  return electron;
}

const request = (window: FakeWindow, url: string, channel: string, input?: unknown) => main.request(window, url, channel, input);

describe('main/index.ts shell', () => {
  it('the default shortcut opens one frameless, always-on-top quick switcher on its own page, which is answered', async () => {
    await start();
    await vi.waitFor(() => expect(electron.state.shortcuts.has('CommandOrControl+Shift+A')).toBe(true));
    electron.state.shortcuts.get('CommandOrControl+Shift+A')!();
    electron.state.shortcuts.get('CommandOrControl+Shift+A')!();
    expect(electron.state.windows).toHaveLength(2);
    const switcher = electron.state.windows[1]!;
    expect(switcher.options).toMatchObject({ frame: false, alwaysOnTop: true, skipTaskbar: true, show: false, webPreferences: { sandbox: true, contextIsolation: true } });
    expect(switcher.loadURL).toHaveBeenCalledWith('app://sso-tray/quick-switcher.html');
    expect(switcher.isVisible()).toBe(true);
    await expect(request(switcher, 'app://sso-tray/quick-switcher.html', 'quick-switcher:get-actions')).resolves.toMatchObject({ ok: true });
    await expect(request(switcher, 'app://sso-tray/index.html', 'app:get-info')).rejects.toThrow('Refused');
    // Escape (the page's window.close()) and losing focus hide it; it is kept for next time.
    switcher.close();
    expect(switcher.destroyed).toBe(false);
    expect(switcher.isVisible()).toBe(false);
  });

  it('a shortcut another app holds: a notification that says so, and the tray item says it has none', async () => {
    await start((fake) => fake.state.shortcutsHeldByOthers.add('CommandOrControl+Shift+A'));
    await vi.waitFor(() => expect(electron.state.notifications.map((shown) => shown.options.title)).toContain('Quick switcher shortcut unavailable'));
    const notification = electron.state.notifications.find((shown) => shown.options.title === 'Quick switcher shortcut unavailable')!;
    expect(notification.options.body).toBe('Ctrl+Shift+A is already used by another app, so it cannot open the quick switcher. Choose another shortcut in Settings, or use the tray menu.'.replace('Ctrl+Shift+A', process.platform === 'darwin' ? '⌘⇧A' : 'Ctrl+Shift+A'));
    const labels = () => (electron.state.trays[0]!.menu as { label?: string }[]).map((item) => item.label);
    await vi.waitFor(() => expect(labels()).toContain('Quick switcher (shortcut unavailable)'));
  });

  it('redraws the tray menu only when its model changed', async () => {
    await start();
    const tray = electron.state.trays[0]!;
    const portal = electron.state.windows[0]!;
    await vi.waitFor(() => expect(electron.state.shortcuts.size).toBe(1));
    const before = tray.menus.length;
    // A change of something the menu does not show: no new menu.
    await request(portal, 'app://sso-tray/index.html', 'settings:update', { console: { logOutFirst: true } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(tray.menus.length).toBe(before);
    // A new instance: a new menu with it.
    await request(portal, 'app://sso-tray/index.html', 'instances:add', { startUrl: 'https://d-1234567890.awsapps.com/start', region: 'eu-west-1', displayName: 'Payments' });
    await vi.waitFor(() => expect((tray.menu as { label?: string }[])[0]?.label).toBe('Payments: Signed out'));
    expect(tray.menus.length).toBe(before + 1);
  });

  it('closing the portal window saves its bounds, and the next window opens there', async () => {
    await start();
    const portal = electron.state.windows[0]!;
    portal.bounds = { x: 200, y: 150, width: 420, height: 640 };
    portal.close();
    const core = () => request(portal, 'app://sso-tray/index.html', 'settings:get') as Promise<{ value: { windows: unknown } }>;
    await vi.waitFor(async () => expect((await core()).value.windows).toEqual({ portal: { x: 200, y: 150, width: 420, height: 640 } }));
    portal.destroy();
    electron.module.app.emit('second-instance');
    expect(electron.state.windows[1]!.options).toMatchObject({ x: 200, y: 150, width: 420, height: 640 });
  });

  it('the tray\'s Settings… tells an open portal page to show its settings, and opens a new window at #settings', async () => {
    await start();
    const portal = electron.state.windows[0]!;
    const settingsItem = () => (electron.state.trays[0]!.menu as { label?: string; click?: () => void }[]).find((item) => item.label === 'Settings…')!;
    await vi.waitFor(() => expect(settingsItem()).toBeDefined());
    portal.webContents.send.mockClear();
    settingsItem().click!();
    await vi.waitFor(() => expect(portal.webContents.send).toHaveBeenCalledWith('desktop:event', 'shell-open-settings', {}));
    expect(portal.isVisible()).toBe(true);
    expect(electron.state.windows).toHaveLength(1);

    portal.destroy();
    settingsItem().click!();
    await vi.waitFor(() => expect(electron.state.windows).toHaveLength(2));
    expect(electron.state.windows[1]!.loadURL).toHaveBeenCalledWith('app://sso-tray/index.html#settings');
    // The page at #settings is the portal page: its requests are answered.
    await expect(request(electron.state.windows[1]!, 'app://sso-tray/index.html#settings', 'settings:get')).resolves.toMatchObject({ ok: true });
  });
});
