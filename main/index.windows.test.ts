// main/index.ts's windows through the registry, against the fake electron: the portal window is
// reopened after it closes, and the new one hears events and is answered like the first. The
// rest of the wiring is index.test.ts's.
import { describe, expect, it, vi } from 'vitest';
import type { FakeElectron, FakeWindow } from './testing/fake-electron';
import { mainRun } from './testing/main-run';
import { mockTrayAssets } from './testing/tray-asset-mocks';

vi.mock('electron', async () => (await import('./testing/fake-electron')).liveElectronModule);
vi.mock('electron-store', async () => (await import('./testing/main-run')).missingSettingsStore('index-windows-test'));
vi.mock('../app/secrets/keychain-secret-store', async () => ({
  KeychainSecretStore: (await import('../app/secrets/in-memory-secret-store')).InMemorySecretStore,
}));
mockTrayAssets();

const builtPage = 'app://sso-tray/index.html';
const main = mainRun();
let electron: FakeElectron;

async function start(): Promise<FakeElectron> {
  electron = await main.start();
  return electron;
}

const request = (window: FakeWindow) => main.request(window, builtPage, 'app:get-info');

const openFromTray = () => (electron.state.trays[0]!.menu as { label: string; click: () => void }[]).find((item) => item.label.startsWith('Open'))!.click();

describe('main/index.ts windows', () => {
  it('closing the portal window hides it to the tray; Open shows the same window again', async () => {
    await start();
    const portal = electron.state.windows[0]!;
    portal.show();
    portal.close();
    expect(portal.destroyed).toBe(false);
    expect(portal.isVisible()).toBe(false);
    openFromTray();
    expect(electron.state.windows).toHaveLength(1);
    expect(portal.isVisible()).toBe(true);
  });

  it('opens a new portal window after the first one was destroyed, and it is answered and hears events', async () => {
    await start();
    const first = electron.state.windows[0]!;
    first.destroy();
    await expect(request(first)).rejects.toThrow('Refused');

    openFromTray();
    expect(electron.state.windows).toHaveLength(2);
    const second = electron.state.windows[1]!;
    expect(second.loadURL).toHaveBeenCalledWith(builtPage);
    await expect(request(second)).resolves.toMatchObject({ ok: true });

    const add = { startUrl: 'https://d-1234567890.awsapps.com/start', region: 'eu-west-1', displayName: 'Payments' };
    const handler = electron.state.ipcHandlers.get('desktop:request') as (...args: unknown[]) => Promise<unknown>;
    await handler({ senderFrame: { url: builtPage, parent: null }, sender: second.webContents }, 'instances:add', add);
    await vi.waitFor(() => expect(second.webContents.send).toHaveBeenCalledWith('desktop:event', 'instances-changed', expect.arrayContaining([expect.objectContaining({ displayName: 'Payments' })])));
    expect(first.webContents.send).not.toHaveBeenCalledWith('desktop:event', 'instances-changed', expect.arrayContaining([expect.anything()]));
  });

  it('restores a minimised portal window for a second launch instead of opening another', async () => {
    await start();
    const portal = electron.state.windows[0]!;
    portal.isMinimized.mockReturnValue(true);
    electron.module.app.emit('second-instance');
    expect(electron.state.windows).toHaveLength(1);
    expect(portal.restore).toHaveBeenCalledTimes(1);
    expect(portal.focus).toHaveBeenCalledTimes(1);
  });
});
