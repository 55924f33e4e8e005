// The tray (menu-bar) icon with its menu. On macOS the icon is a template image so it follows the
// menu bar's light or dark appearance; elsewhere it is the coloured variant. The PNGs come in as
// electron-vite `?asset` imports: emitted into out/ and imported as file paths.
/// <reference types="electron-vite/node" />
import { readFileSync } from 'node:fs';
import { Menu, Tray, nativeImage, type NativeImage } from 'electron';
import templateIcon from '../../assets/tray-Template.png?asset';
import templateIcon2x from '../../assets/tray-Template@2x.png?asset';
import colourIcon from '../../assets/tray.png?asset';
import colourIcon2x from '../../assets/tray@2x.png?asset';
import { trayMenuModel, type TrayCommand } from './tray-menu';

export function createTray(appName: string, run: (command: TrayCommand) => void): Tray {
  const tray = new Tray(trayImage(process.platform === 'darwin'));
  tray.setToolTip(appName);
  const menu = Menu.buildFromTemplate(
    trayMenuModel(appName).map((item) => ({ label: item.label, click: () => run(item.command) })),
  );
  tray.setContextMenu(menu);
  // Windows and Linux users expect a left click to open the app; macOS shows the menu on click.
  if (process.platform !== 'darwin') tray.on('click', () => run('open'));
  return tray;
}

function trayImage(template: boolean): NativeImage {
  // The emitted asset names carry a hash, so Electron's automatic "@2x" and "Template" file-name
  // conventions do not apply: add the 2x representation and the template flag by hand.
  const image = nativeImage.createFromPath(template ? templateIcon : colourIcon);
  image.addRepresentation({ scaleFactor: 2, buffer: readFileSync(template ? templateIcon2x : colourIcon2x) });
  if (template) image.setTemplateImage(true);
  return image;
}
