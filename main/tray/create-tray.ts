// The tray (menu-bar) icon with its menu, tooltip and per-state image. `update` takes the whole
// tray state; the menu, the tooltip and the image are each replaced only when what they show
// changed (compared as data, not on a timer), so an open menu is not rebuilt under the pointer.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { Menu, Tray, nativeImage, type NativeImage } from 'electron';
import type { AppCommand } from '../commands/app-command';
import { toMenuTemplate } from './menu-template';
import { trayIconPaths } from './tray-icon-assets';
import { trayIconState, type TrayIconState } from './tray-icon-state';
import { trayImageChoice } from './tray-image-choice';
import { trayMenuModel, trayTooltip, type TrayMenuItem, type TrayState } from './tray-menu';

export interface AppTray {
  /** Shows `state`; rebuilds only the parts whose model changed. */
  update(state: TrayState): void;
  destroy(): void;
}

export function createTray(run: (command: AppCommand) => void, platform: NodeJS.Platform = process.platform): AppTray {
  let shown: { menu?: readonly TrayMenuItem[]; tooltip?: string; icon?: TrayIconState } = {};
  const tray = new Tray(trayImage(platform, 'signed-out'));
  shown.icon = 'signed-out';
  // Windows and Linux users expect a left click to open the app; macOS shows the menu on click.
  if (platform !== 'darwin') tray.on('click', () => run({ kind: 'open' }));
  return {
    update(state) {
      const menu = trayMenuModel(state);
      const tooltip = trayTooltip(state);
      const icon = trayIconState(state);
      if (!isDeepStrictEqual(menu, shown.menu)) tray.setContextMenu(Menu.buildFromTemplate(toMenuTemplate(menu, run)));
      if (tooltip !== shown.tooltip) tray.setToolTip(tooltip);
      if (icon !== shown.icon) tray.setImage(trayImage(platform, icon));
      shown = { menu, tooltip, icon };
    },
    destroy: () => tray.destroy(),
  };
}

function trayImage(platform: NodeJS.Platform, state: TrayIconState): NativeImage {
  // The emitted asset names carry a hash, so Electron's automatic "@2x" and "Template" file-name
  // conventions do not apply: add the 2x representation and the template flag by hand.
  const choice = trayImageChoice(platform, trayIconPaths[state]);
  const image = nativeImage.createFromPath(choice.path);
  if (choice.path2x) image.addRepresentation({ scaleFactor: 2, buffer: readFileSync(choice.path2x) });
  if (choice.template) image.setTemplateImage(true);
  return image;
}
