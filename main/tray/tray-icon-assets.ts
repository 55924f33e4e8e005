// The tray icons as electron-vite `?asset` imports: each file is emitted into out/ and imported as
// its path there. The names follow tray-icon-files.ts (a test keeps them equal).
/// <reference types="electron-vite/node" />
import signedInMacTemplate from '../../assets/tray-signed-inTemplate.png?asset';
import signedInMacTemplate2x from '../../assets/tray-signed-inTemplate@2x.png?asset';
import signedInLinux from '../../assets/tray-signed-in.png?asset';
import signedInLinux2x from '../../assets/tray-signed-in@2x.png?asset';
import signedInWindows from '../../assets/tray-signed-in.ico?asset';
import expiringMacTemplate from '../../assets/tray-expiringTemplate.png?asset';
import expiringMacTemplate2x from '../../assets/tray-expiringTemplate@2x.png?asset';
import expiringLinux from '../../assets/tray-expiring.png?asset';
import expiringLinux2x from '../../assets/tray-expiring@2x.png?asset';
import expiringWindows from '../../assets/tray-expiring.ico?asset';
import signedOutMacTemplate from '../../assets/tray-signed-outTemplate.png?asset';
import signedOutMacTemplate2x from '../../assets/tray-signed-outTemplate@2x.png?asset';
import signedOutLinux from '../../assets/tray-signed-out.png?asset';
import signedOutLinux2x from '../../assets/tray-signed-out@2x.png?asset';
import signedOutWindows from '../../assets/tray-signed-out.ico?asset';
import busyMacTemplate from '../../assets/tray-busyTemplate.png?asset';
import busyMacTemplate2x from '../../assets/tray-busyTemplate@2x.png?asset';
import busyLinux from '../../assets/tray-busy.png?asset';
import busyLinux2x from '../../assets/tray-busy@2x.png?asset';
import busyWindows from '../../assets/tray-busy.ico?asset';
import type { TrayIconFiles } from './tray-icon-files';
import type { TrayIconState } from './tray-icon-state';

export const trayIconPaths: Readonly<Record<TrayIconState, TrayIconFiles>> = {
  'signed-in': { macTemplate: signedInMacTemplate, macTemplate2x: signedInMacTemplate2x, linux: signedInLinux, linux2x: signedInLinux2x, windows: signedInWindows },
  expiring: { macTemplate: expiringMacTemplate, macTemplate2x: expiringMacTemplate2x, linux: expiringLinux, linux2x: expiringLinux2x, windows: expiringWindows },
  'signed-out': { macTemplate: signedOutMacTemplate, macTemplate2x: signedOutMacTemplate2x, linux: signedOutLinux, linux2x: signedOutLinux2x, windows: signedOutWindows },
  busy: { macTemplate: busyMacTemplate, macTemplate2x: busyMacTemplate2x, linux: busyLinux, linux2x: busyLinux2x, windows: busyWindows },
};
