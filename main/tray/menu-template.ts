// The tray menu model as Electron's menu template. Pure (Electron types only), so the mapping is
// tested in Node. User-provided text (display names, error messages) is escaped: on Windows and
// Linux Electron reads "&" as a mnemonic marker and "&&" as a literal ampersand.
import type { MenuItemConstructorOptions } from 'electron';
import { assertNever } from '../../app/ipc/result';
import type { AppCommand } from '../commands/app-command';
import type { TrayMenuItem } from './tray-menu';

export function toMenuTemplate(items: readonly TrayMenuItem[], run: (command: AppCommand) => void): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    switch (item.type) {
      case 'command':
        // The quick switcher's shortcut is shown beside its item; the global shortcut is registered
        // elsewhere (main/shell/global-shortcut.ts), not by the menu.
        return item.accelerator
          ? { label: escapeMenuLabel(item.label), click: () => run(item.command), accelerator: item.accelerator, registerAccelerator: false }
          : { label: escapeMenuLabel(item.label), click: () => run(item.command) };
      case 'label':
        return { label: escapeMenuLabel(item.label), enabled: false };
      case 'submenu':
        return { label: escapeMenuLabel(item.label), submenu: toMenuTemplate(item.items, run) };
      case 'separator':
        return { type: 'separator' };
      default:
        return assertNever(item);
    }
  });
}

export function escapeMenuLabel(label: string): string {
  return label.replaceAll('&', '&&');
}
