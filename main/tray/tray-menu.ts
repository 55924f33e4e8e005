// The tray menu as data: main/tray/create-tray.ts turns it into Electron's Menu. The full menu
// (instances, recent roles, sign-in state) grows here in a later issue.
export type TrayCommand = 'open' | 'quit';

export interface TrayMenuItem {
  readonly command: TrayCommand;
  readonly label: string;
}

export function trayMenuModel(appName: string): readonly TrayMenuItem[] {
  return [
    { command: 'open', label: `Open ${appName}` },
    { command: 'quit', label: `Quit ${appName}` },
  ];
}
