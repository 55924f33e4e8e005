// The tray (menu-bar) icon with its menu. On macOS the icon is a template image so it follows the
// menu bar's light or dark appearance; elsewhere it is the coloured variant. The PNGs come in as
// electron-vite `?asset` imports: emitted into out/ and imported as file paths.
/// <reference types="electron-vite/node" />
import { readFileSync } from 'node:fs';
import { Menu, Tray, nativeImage, type NativeImage } from 'electron';
import type { InstanceView } from '../../app/model/instance-view';
import templateIcon from '../../assets/tray-Template.png?asset';
import templateIcon2x from '../../assets/tray-Template@2x.png?asset';
import colourIcon from '../../assets/tray.png?asset';
import colourIcon2x from '../../assets/tray@2x.png?asset';
import type { AppCommand } from '../commands/app-command';
import { toMenuTemplate } from './menu-template';
import { trayMenuModel, trayTooltip } from './tray-menu';

export interface AppTray {
  /** Rebuilds the menu and tooltip for the instances' current states. */
  update(instances: readonly InstanceView[]): void;
  destroy(): void;
}

export function createTray(appName: string, run: (command: AppCommand) => void): AppTray {
  const tray = new Tray(trayImage(process.platform === 'darwin'));
  const update = (instances: readonly InstanceView[]) => {
    tray.setToolTip(trayTooltip(appName, instances));
    tray.setContextMenu(Menu.buildFromTemplate(toMenuTemplate(trayMenuModel(appName, instances), run)));
  };
  update([]);
  // Windows and Linux users expect a left click to open the app; macOS shows the menu on click.
  if (process.platform !== 'darwin') tray.on('click', () => run({ kind: 'open' }));
  return { update, destroy: () => tray.destroy() };
}

function trayImage(template: boolean): NativeImage {
  // The emitted asset names carry a hash, so Electron's automatic "@2x" and "Template" file-name
  // conventions do not apply: add the 2x representation and the template flag by hand.
  const image = nativeImage.createFromPath(template ? templateIcon : colourIcon);
  image.addRepresentation({ scaleFactor: 2, buffer: readFileSync(template ? templateIcon2x : colourIcon2x) });
  if (template) image.setTemplateImage(true);
  return image;
}
