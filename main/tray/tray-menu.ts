// The tray menu and tooltip as data, built from the instances and their session states; Electron's
// Menu is made from it in menu-template.ts. One submenu per instance, labelled with its state and
// offering what that state allows, then Open and Quit. No times in labels: the menu is rebuilt on
// state changes only, so a countdown would go stale.
import type { InstanceView } from '../../app/model/instance-view';
import type { SessionState } from '../../app/model/session';
import { sessionActions, sessionStatusLabel } from '../../app/model/session-presentation';
import type { AppCommand } from '../commands/app-command';

export type TrayMenuItem =
  | { readonly type: 'command'; readonly label: string; readonly command: AppCommand }
  /** Shown greyed out: information, not an action. */
  | { readonly type: 'label'; readonly label: string }
  | { readonly type: 'submenu'; readonly label: string; readonly items: readonly TrayMenuItem[] }
  | { readonly type: 'separator' };

/** Menus do not wrap: a long error message is cut here (the window shows it whole). */
export const maxLabelLength = 80;

/** Windows truncates tray tooltips at 127 characters (NOTIFYICONDATA szTip is 128 with the NUL). */
export const maxTooltipLength = 127;

export function trayMenuModel(appName: string, instances: readonly InstanceView[] = []): readonly TrayMenuItem[] {
  const instanceItems: TrayMenuItem[] = instances.map((instance) => ({
    type: 'submenu',
    label: `${instance.displayName}: ${sessionLabel(instance.session)}`,
    items: sessionItems(instance.id, instance.session),
  }));
  return [
    ...instanceItems,
    ...(instanceItems.length > 0 ? [{ type: 'separator' } as const] : []),
    { type: 'command', label: `Open ${appName}`, command: { kind: 'open' } },
    { type: 'command', label: `Quit ${appName}`, command: { kind: 'quit' } },
  ];
}

/** One line per instance under the app name; a count when that would not fit. */
export function trayTooltip(appName: string, instances: readonly InstanceView[], maxLength = maxTooltipLength): string {
  if (instances.length === 0) return appName;
  const full = [appName, ...instances.map((instance) => `${instance.displayName}: ${sessionLabel(instance.session)}`)].join('\n');
  if (full.length <= maxLength) return full;
  const signedIn = instances.filter((instance) => instance.session.kind === 'signed-in' || instance.session.kind === 'refreshing').length;
  const attention = instances.filter((instance) => instance.session.kind === 'expired' || instance.session.kind === 'error').length;
  const summary = `${appName}: ${signedIn} of ${instances.length} signed in${attention > 0 ? `, ${attention} need attention` : ''}`;
  return summary.length <= maxLength ? summary : `${summary.slice(0, maxLength - 1)}…`;
}

/** The state in a few words (app/model/session-presentation.ts, shared with the window). */
export const sessionLabel = sessionStatusLabel;

/** The state's actions as commands; the device code and an error's message are shown above them. */
function sessionItems(instanceId: string, state: SessionState): readonly TrayMenuItem[] {
  const commands: TrayMenuItem[] = sessionActions(state).map((action) => ({ type: 'command', label: action.label, command: { kind: action.kind, instanceId } }));
  if (state.kind === 'awaiting-device-code') return [{ type: 'label', label: `Code: ${state.userCode}` }, ...commands];
  if (state.kind === 'error') return [{ type: 'label', label: shorten(state.message, maxLabelLength) }, ...commands];
  return commands;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
