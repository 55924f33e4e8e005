// The quick switcher's global shortcut: registered from the settings, re-registered when they
// change, and when another app already holds it (Electron's register answers false) or the text is
// not a shortcut, a status that says so in the user's words instead of a silent nothing. Over a
// port of Electron's globalShortcut, so the conflict path is tested in Node.
import { acceleratorLabel, checkAccelerator } from '../../app/model/accelerator';
import type { ShortcutStatus } from '../tray/tray-menu';

/** The part of Electron's globalShortcut this uses. */
export interface GlobalShortcutPort {
  /** False when the shortcut is taken (by another app or the system); throws on a malformed one. */
  register(accelerator: string, callback: () => void): boolean;
  unregister(accelerator: string): void;
}

export interface QuickSwitcherShortcut {
  /** Registers `accelerator` (dropping the one before) and answers how that went. */
  apply(accelerator: string): ShortcutStatus;
  status(): ShortcutStatus | undefined;
  dispose(): void;
}

export function createQuickSwitcherShortcut(port: GlobalShortcutPort, onPress: () => void, mac: boolean): QuickSwitcherShortcut {
  let registered: string | undefined;
  let current: ShortcutStatus | undefined;
  const release = () => {
    if (registered !== undefined) port.unregister(registered);
    registered = undefined;
  };
  return {
    apply(accelerator) {
      if (current && accelerator === current.accelerator && current.registered) return current;
      release();
      current = attempt(accelerator);
      return current;
    },
    status: () => current,
    dispose: release,
  };

  function attempt(accelerator: string): ShortcutStatus {
    const label = acceleratorLabel(accelerator, mac);
    const check = checkAccelerator(accelerator);
    if (!check.valid) return { registered: false, accelerator, message: `The quick switcher's shortcut "${accelerator}" is not valid: ${check.reason} Change it in Settings.` };
    let taken: boolean;
    try {
      taken = !port.register(accelerator, onPress);
    } catch {
      return { registered: false, accelerator, message: `The quick switcher's shortcut "${accelerator}" is not valid. Change it in Settings.` };
    }
    if (taken) return { registered: false, accelerator, message: `${label} is already used by another app, so it cannot open the quick switcher. Choose another shortcut in Settings, or use the tray menu.` };
    registered = accelerator;
    return { registered: true, accelerator };
  }
}
