// The tray menu and tooltip as data, built from the app's state; Electron's Menu is made from it in
// menu-template.ts. Instances with their state and sign-in/out; the active role with its time left;
// the favourite and recent roles (a few of each, one level of submenu) with the actions the app
// offers; then the window, the quick switcher, settings and quit. An action whose feature has not
// landed is left out (`capabilities`), and a role with no action left is not listed at all. Times
// are coarse (app/model/time-left.ts): the tray rebuilds the menu only when this model changes.
import type { InstanceView } from '../../app/model/instance-view';
import type { ExportFormat } from '../../app/model/export-format';
import { offeredActions, quickActionLabels, type QuickAction, type QuickCapabilities } from '../../app/model/quick-actions';
import { roleChoiceLabel, type RoleChoice } from '../../app/model/role-choices';
import type { SessionState } from '../../app/model/session';
import { sessionActions, sessionStatusLabel } from '../../app/model/session-presentation';
import { coarseTimeLeft } from '../../app/model/time-left';
import type { AppCommand } from '../commands/app-command';

export type TrayMenuItem =
  | { readonly type: 'command'; readonly label: string; readonly command: AppCommand; readonly accelerator?: string }
  /** Shown greyed out: information, not an action. */
  | { readonly type: 'label'; readonly label: string }
  | { readonly type: 'submenu'; readonly label: string; readonly items: readonly TrayMenuItem[] }
  | { readonly type: 'separator' };

/** The role whose profile is the active one, and when its credentials end. */
export interface ActiveRole {
  readonly choice: RoleChoice;
  readonly expiresAt: number;
}

/** The quick switcher's shortcut as registered, or why it is not. */
export type ShortcutStatus =
  | { readonly registered: true; readonly accelerator: string }
  | { readonly registered: false; readonly accelerator: string; readonly message: string };

export interface TrayState {
  readonly appName: string;
  readonly instances: readonly InstanceView[];
  /** At most maxMenuRoles each (app/model/role-choices.ts menuRoles). */
  readonly favourites: readonly RoleChoice[];
  readonly recent: readonly RoleChoice[];
  readonly active?: ActiveRole | undefined;
  readonly capabilities: QuickCapabilities;
  readonly quickCopyFormat: ExportFormat;
  readonly shortcut?: ShortcutStatus | undefined;
  readonly now: number;
}

/** Menus do not wrap: a long error message is cut here (the window shows it whole). */
export const maxLabelLength = 80;

/** A menu, not a list: the quick switcher finds the rest. */
export const maxMenuRoles = 5;

/** Windows truncates tray tooltips at 127 characters (NOTIFYICONDATA szTip is 128 with the NUL). */
export const maxTooltipLength = 127;

export function trayMenuModel(state: TrayState): readonly TrayMenuItem[] {
  const { appName, instances } = state;
  const sections: TrayMenuItem[][] = [];
  sections.push(
    instances.map((instance) => ({
      type: 'submenu',
      label: `${instance.displayName}: ${sessionLabel(instance.session)}`,
      items: sessionItems(instance.id, instance.session),
    })),
  );
  if (state.active) {
    const items = roleActionItems(state.active.choice, state.capabilities, state.quickCopyFormat).filter((item) => !(item.type === 'command' && item.command.kind === 'quick-action' && item.command.action === 'make-active'));
    const label = `Active: ${roleChoiceLabel(state.active.choice)} (${timeLeftLabel(state.active.expiresAt - state.now)})`;
    sections.push([items.length > 0 ? { type: 'submenu', label, items } : { type: 'label', label }]);
  }
  sections.push(roleSection('Favourites', state.favourites, state));
  sections.push(roleSection('Recent', state.recent, state));
  sections.push([
    { type: 'command', label: 'Open portal window', command: { kind: 'open' } },
    quickSwitcherItem(state.shortcut),
    { type: 'command', label: 'Settings…', command: { kind: 'open-settings' } },
    { type: 'command', label: `Quit ${appName}`, command: { kind: 'quit' } },
  ]);
  return sections.filter((section) => section.length > 0).flatMap((section, index) => (index === 0 ? section : [{ type: 'separator' } as const, ...section]));
}

function timeLeftLabel(ms: number): string {
  const left = coarseTimeLeft(ms);
  return left === 'expired' ? 'expired' : `${left} left`;
}

function quickSwitcherItem(shortcut: ShortcutStatus | undefined): TrayMenuItem {
  const command: AppCommand = { kind: 'quick-switcher' };
  if (!shortcut) return { type: 'command', label: 'Quick switcher', command };
  if (shortcut.registered) return { type: 'command', label: 'Quick switcher', command, accelerator: shortcut.accelerator };
  return { type: 'command', label: 'Quick switcher (shortcut unavailable)', command };
}

/** A heading and one submenu per role; nothing when no action is offered. */
function roleSection(heading: string, roles: readonly RoleChoice[], state: TrayState): TrayMenuItem[] {
  if (roles.length === 0 || offeredActions(state.capabilities).length === 0) return [];
  return [
    { type: 'label', label: heading },
    ...roles.slice(0, maxMenuRoles).map((choice): TrayMenuItem => ({ type: 'submenu', label: roleChoiceLabel(choice), items: roleActionItems(choice, state.capabilities, state.quickCopyFormat) })),
  ];
}

function roleActionItems(choice: RoleChoice, capabilities: QuickCapabilities, format: ExportFormat): TrayMenuItem[] {
  return offeredActions(capabilities).map((action) => ({ type: 'command', label: actionLabel(action, format), command: { kind: 'quick-action', action, role: choice.role } }));
}

function actionLabel(action: QuickAction, format: ExportFormat): string {
  return action === 'copy-credentials' ? `${quickActionLabels[action]} (${format})` : quickActionLabels[action];
}

/** The active role, then one line per instance under the app name; a count when that would not fit. */
export function trayTooltip(state: Pick<TrayState, 'appName' | 'instances' | 'active' | 'now'>, maxLength = maxTooltipLength): string {
  const { appName, instances } = state;
  const active = state.active ? `Active: ${roleChoiceLabel(state.active.choice)}, ${timeLeftLabel(state.active.expiresAt - state.now)}` : undefined;
  const head = active ? [appName, active] : [appName];
  if (instances.length === 0) return cut(head.join('\n'), maxLength);
  const full = [...head, ...instances.map((instance) => `${instance.displayName}: ${sessionLabel(instance.session)}`)].join('\n');
  if (full.length <= maxLength) return full;
  const signedIn = instances.filter((instance) => instance.session.kind === 'signed-in' || instance.session.kind === 'refreshing').length;
  const attention = instances.filter((instance) => instance.session.kind === 'expired' || instance.session.kind === 'error').length;
  const summary = `${appName}: ${signedIn} of ${instances.length} signed in${attention > 0 ? `, ${attention} need attention` : ''}`;
  return cut(active ? `${summary}\n${active}` : summary, maxLength);
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The state in a few words (app/model/session-presentation.ts, shared with the window). */
export const sessionLabel = sessionStatusLabel;

/** The state's actions as commands; the device code and an error's message are shown above them. */
function sessionItems(instanceId: string, state: SessionState): readonly TrayMenuItem[] {
  const commands: TrayMenuItem[] = sessionActions(state).map((action) => ({ type: 'command', label: action.label, command: { kind: action.kind, instanceId } }));
  if (state.kind === 'awaiting-device-code') return [{ type: 'label', label: `Code: ${state.userCode}` }, ...commands];
  if (state.kind === 'error') return [{ type: 'label', label: cut(state.message, maxLabelLength) }, ...commands];
  return commands;
}
