import { describe, expect, it } from 'vitest';
import { createFakeElectron, type FakeWindow } from '../testing/fake-electron';
import { createWindowRegistry } from './window-registry';

function setup() {
  const electron = createFakeElectron();
  const registry = createWindowRegistry<FakeWindow>();
  const open = () => new electron.module.BrowserWindow({});
  return { registry, open };
}

describe('createWindowRegistry', () => {
  it('lists open windows by kind, oldest first', () => {
    const { registry, open } = setup();
    const first = registry.add('portal', open());
    const consoleWindow = registry.add('console', open());
    const second = registry.add('portal', open());
    expect(registry.windowsOf('portal')).toEqual([first, second]);
    expect(registry.windowsOf('console')).toEqual([consoleWindow]);
    expect(registry.windowsOf('quick-switcher')).toEqual([]);
  });

  it("answers a webContents' kind, and nothing for one it was never given", () => {
    const { registry, open } = setup();
    const portal = registry.add('portal', open());
    const consoleWindow = registry.add('console', open());
    expect(registry.kindOf(portal.webContents)).toBe('portal');
    expect(registry.kindOf(consoleWindow.webContents)).toBe('console');
    expect(registry.kindOf(open().webContents)).toBeUndefined();
    expect(registry.kindOf({ id: 9999 })).toBeUndefined();
    expect(registry.kindOf(null)).toBeUndefined();
    expect(registry.kindOf(undefined)).toBeUndefined();
  });

  it('forgets a window once it closes', () => {
    const { registry, open } = setup();
    const portal = registry.add('portal', open());
    const other = registry.add('portal', open());
    portal.close();
    expect(registry.windowsOf('portal')).toEqual([other]);
    expect(registry.kindOf(portal.webContents)).toBeUndefined();
    expect(registry.appPageWindows()).toEqual([other]);
  });

  it('skips a window that is destroyed before its closed event', () => {
    const { registry, open } = setup();
    const portal = registry.add('portal', open());
    portal.destroyed = true;
    expect(registry.windowsOf('portal')).toEqual([]);
    expect(registry.kindOf(portal.webContents)).toBeUndefined();
  });

  it('app-page windows are the portal and quick-switcher windows, never a console', () => {
    const { registry, open } = setup();
    const portal = registry.add('portal', open());
    registry.add('console', open());
    const switcher = registry.add('quick-switcher', open());
    expect(registry.appPageWindows()).toEqual([portal, switcher]);
  });

  it('keeps a window to one kind for its whole life', () => {
    const { registry, open } = setup();
    const window = registry.add('console', open());
    expect(() => registry.add('portal', window)).toThrow(/already a console window/);
    expect(registry.kindOf(window.webContents)).toBe('console');
    // Adding it again under its own kind is harmless and tracks it once.
    registry.add('console', window);
    expect(registry.windowsOf('console')).toEqual([window]);
  });
});
