// Which of the four tray icons to show, from the same state the menu uses. Busy wins (a sign-in is
// under way; a token renewal is quick and routine, so it does not flicker the icon); with no usable session it is signed out; a session or the active role's
// credentials ending within expiringSoonMs is expiring; otherwise signed in. Pure.
import type { InstanceView } from '../../app/model/instance-view';
import { hasUsableSession } from '../../app/model/session';
import { expiringSoonMs } from '../../app/model/time-left';
import type { TrayState } from './tray-menu';

export const trayIconStates = ['signed-in', 'expiring', 'signed-out', 'busy'] as const;
export type TrayIconState = (typeof trayIconStates)[number];

export function trayIconState(state: Pick<TrayState, 'instances' | 'active' | 'now'>): TrayIconState {
  const { instances, now } = state;
  if (instances.some(isBusy)) return 'busy';
  const usable = instances.filter((instance) => hasUsableSession(instance.session) || instance.session.kind === 'reconnecting');
  if (usable.length === 0) return 'signed-out';
  const sessionEnding = usable.some((instance) => instance.session.kind === 'signed-in' && instance.session.sessionExpiresAt !== undefined && instance.session.sessionExpiresAt - now <= expiringSoonMs);
  const activeEnding = state.active !== undefined && state.active.expiresAt - now <= expiringSoonMs;
  return sessionEnding || activeEnding ? 'expiring' : 'signed-in';
}

function isBusy(instance: InstanceView): boolean {
  const kind = instance.session.kind;
  return kind === 'starting-sign-in' || kind === 'awaiting-browser' || kind === 'awaiting-device-code';
}
