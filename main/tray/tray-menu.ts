// The tray menu and tooltip as data, built from the instances and their session states; Electron's
// Menu is made from it in menu-template.ts. One submenu per instance, labelled with its state and
// offering what that state allows, then Open and Quit. No times in labels: the menu is rebuilt on
// state changes only, so a countdown would go stale.
import { assertNever } from '../../app/ipc/result';
import type { InstanceView } from '../../app/model/instance-view';
import type { SessionState } from '../../app/model/session';
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
    items: sessionActions(instance.id, instance.session),
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

/** The state in a few words. */
export function sessionLabel(state: SessionState): string {
  switch (state.kind) {
    case 'signed-out':
      return 'Signed out';
    case 'awaiting-browser':
      return 'Waiting for the browser';
    case 'awaiting-device-code':
      return `Waiting for code ${state.userCode}`;
    case 'signed-in':
      return 'Signed in';
    case 'refreshing':
      return 'Signed in (renewing)';
    case 'expired':
      return 'Session expired';
    case 'error':
      return 'Sign-in failed';
    default:
      return assertNever(state);
  }
}

function sessionActions(instanceId: string, state: SessionState): readonly TrayMenuItem[] {
  const command = (label: string, kind: Exclude<AppCommand['kind'], 'open' | 'quit'>): TrayMenuItem => ({ type: 'command', label, command: { kind, instanceId } });
  switch (state.kind) {
    case 'signed-out':
      return [command('Sign in', 'sign-in')];
    case 'awaiting-browser':
      return [command('Open the sign-in page again', 'open-sign-in-page'), command('Cancel sign-in', 'cancel-sign-in')];
    case 'awaiting-device-code':
      return [{ type: 'label', label: `Code: ${state.userCode}` }, command('Open verification page', 'open-sign-in-page'), command('Cancel sign-in', 'cancel-sign-in')];
    case 'signed-in':
    case 'refreshing':
      return [command('Sign out', 'sign-out')];
    case 'expired':
      return [command('Sign in again', 'sign-in')];
    case 'error':
      return [{ type: 'label', label: shorten(state.message, maxLabelLength) }, command('Try again', 'sign-in')];
    default:
      return assertNever(state);
  }
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
