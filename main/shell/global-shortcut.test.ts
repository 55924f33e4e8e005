import { describe, expect, it, vi } from 'vitest';
import { createQuickSwitcherShortcut, type GlobalShortcutPort } from './global-shortcut';

/** Electron's globalShortcut as the OS answers it: a set of shortcuts other apps hold. */
function fakePort(heldByOthers: string[] = []) {
  const registered = new Map<string, () => void>();
  const port: GlobalShortcutPort = {
    register: vi.fn((accelerator: string, callback: () => void) => {
      if (accelerator.includes('Bogus')) throw new Error('Conversion failure');
      if (heldByOthers.includes(accelerator) || registered.has(accelerator)) return false;
      registered.set(accelerator, callback);
      return true;
    }),
    unregister: vi.fn((accelerator: string) => void registered.delete(accelerator)),
  };
  return { port, registered, press: (accelerator: string) => registered.get(accelerator)?.() };
}

describe('the quick switcher shortcut', () => {
  it('registers the default and opens the switcher when pressed', () => {
    const { port, press } = fakePort();
    const open = vi.fn();
    const shortcut = createQuickSwitcherShortcut(port, open, false);
    expect(shortcut.apply('CommandOrControl+Shift+A')).toEqual({ registered: true, accelerator: 'CommandOrControl+Shift+A' });
    press('CommandOrControl+Shift+A');
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('held by another app: a message that says so, names the keys as the platform writes them, and where to change it', () => {
    const { port, registered } = fakePort(['CommandOrControl+Shift+A']);
    const status = createQuickSwitcherShortcut(port, vi.fn(), true).apply('CommandOrControl+Shift+A');
    expect(status).toEqual({
      registered: false,
      accelerator: 'CommandOrControl+Shift+A',
      message: '⌘⇧A is already used by another app, so it cannot open the quick switcher. Choose another shortcut in Settings, or use the tray menu.',
    });
    expect(registered.size).toBe(0);
  });

  it('a malformed shortcut from the settings: its own message, never passed to Electron', () => {
    const { port } = fakePort();
    const status = createQuickSwitcherShortcut(port, vi.fn(), false).apply('Shift');
    expect(status).toMatchObject({ registered: false, message: expect.stringMatching(/"Shift" is not valid: .*needs a modifier.*Change it in Settings\./) });
    expect(port.register).not.toHaveBeenCalled();
  });

  it('one Electron refuses to parse: not valid, rather than "held by another app"', () => {
    const { port } = fakePort();
    expect(createQuickSwitcherShortcut(port, vi.fn(), false).apply('Ctrl+Shift+F13')).toEqual({ registered: true, accelerator: 'Ctrl+Shift+F13' });
    const status = createQuickSwitcherShortcut(fakePort().port, vi.fn(), false).apply('Ctrl+Bogus');
    expect(status.registered).toBe(false);
  });

  it('a changed setting drops the old shortcut and takes the new one; a taken one leaves none registered', () => {
    const { port, registered } = fakePort(['Alt+Space']);
    const shortcut = createQuickSwitcherShortcut(port, vi.fn(), false);
    shortcut.apply('CommandOrControl+Shift+A');
    shortcut.apply('Ctrl+Alt+K');
    expect([...registered.keys()]).toEqual(['Ctrl+Alt+K']);
    expect(shortcut.apply('Alt+Space').registered).toBe(false);
    expect([...registered.keys()]).toEqual([]);
    expect(shortcut.status()).toMatchObject({ registered: false, accelerator: 'Alt+Space' });
  });

  it('the same setting again does not register twice (which Electron would refuse as taken)', () => {
    const { port } = fakePort();
    const shortcut = createQuickSwitcherShortcut(port, vi.fn(), false);
    shortcut.apply('CommandOrControl+Shift+A');
    expect(shortcut.apply('CommandOrControl+Shift+A').registered).toBe(true);
    expect(port.register).toHaveBeenCalledTimes(1);
  });

  it('dispose releases it', () => {
    const { port, registered } = fakePort();
    const shortcut = createQuickSwitcherShortcut(port, vi.fn(), false);
    shortcut.apply('CommandOrControl+Shift+A');
    shortcut.dispose();
    expect(registered.size).toBe(0);
  });
});
