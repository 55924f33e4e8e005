// When the shell shows a system notification, beyond the notices (notify-notices.ts): a session
// about to end (with a Sign in action), a sign-in that finished, accounts that came or went in a
// refresh, a kept credentials profile whose renewal failed. Each rule has its switch in settings (notifications.*) and fires once per occurrence:
// once per session end time, once per finished sign-in, once per refresh that changed the list, once per failure episode of a profile (until
// a renewal succeeds again).
// Pure: the memory goes in and comes back out; main feeds it the instances on each change and on
// a minute timer (an end time approaches without any event).
import type { AppSettings } from '../../app/model/app-settings';
import type { InstanceView } from '../../app/model/instance-view';
import type { PortalDiff } from '../../app/model/portal';
import type { SessionKind } from '../../app/model/session';
import { expiringSoonMs } from '../../app/model/time-left';
import type { AppCommand } from '../commands/app-command';

export type NotificationSwitches = AppSettings['notifications'];
export type ShellNotificationKind = keyof NotificationSwitches;

export interface ShellNotification {
  /** The switch it answers to; 'shortcut-unavailable' has none (the user must learn why the shortcut does nothing). */
  readonly kind: ShellNotificationKind | 'shortcut-unavailable';
  readonly title: string;
  readonly body: string;
  /** What a click on the notification does. */
  readonly onClick: AppCommand;
  /** A button on the notification (macOS and Windows show it). */
  readonly action?: { readonly label: string; readonly command: AppCommand };
}

export type ShellObservation =
  | { readonly kind: 'instances'; readonly instances: readonly InstanceView[]; readonly now: number }
  /** A refresh changed the list; `accountsNow` counts the accounts after it. */
  | { readonly kind: 'portal-refreshed'; readonly instanceName: string; readonly diff: PortalDiff; readonly accountsNow: number }
  /** A kept profile's renewal failed (`renewed: false`) or succeeded; `roleLabel` names the role as the menu does. */
  | { readonly kind: 'profile-renewal'; readonly profile: string; readonly roleLabel: string; readonly renewed: boolean };

export interface RuleMemory {
  /** Each instance's session kind at the last look: a finished sign-in is a change of kind. */
  readonly kinds: ReadonlyMap<string, SessionKind>;
  /** `<instanceId>@<sessionExpiresAt>` already warned about. */
  readonly warned: ReadonlySet<string>;
  /** Profiles whose renewal failed and has not succeeded since (told once per episode). */
  readonly failing: ReadonlySet<string>;
}

export const emptyRuleMemory: RuleMemory = { kinds: new Map(), warned: new Set(), failing: new Set() };

const signingIn: ReadonlySet<SessionKind> = new Set(['starting-sign-in', 'awaiting-browser', 'awaiting-device-code']);

export function notificationsFor(memory: RuleMemory, observation: ShellObservation, switches: NotificationSwitches): { notifications: ShellNotification[]; memory: RuleMemory } {
  if (observation.kind === 'portal-refreshed') return { notifications: switches.accountsChanged ? accountsChanged(observation) : [], memory };
  if (observation.kind === 'profile-renewal') return profileRenewal(memory, observation, switches);
  const notifications: ShellNotification[] = [];
  const kinds = new Map<string, SessionKind>();
  const warned = new Set<string>();
  for (const instance of observation.instances) {
    const { session } = instance;
    kinds.set(instance.id, session.kind);
    const before = memory.kinds.get(instance.id);
    if (session.kind === 'signed-in' && before !== undefined && signingIn.has(before) && switches.signInFinished) {
      notifications.push({ kind: 'signInFinished', title: 'Signed in', body: `You are signed in to ${instance.displayName}.`, onClick: { kind: 'open' } });
    }
    if (session.kind === 'signed-in' && session.sessionExpiresAt !== undefined) {
      const key = `${instance.id}@${session.sessionExpiresAt}`;
      const left = session.sessionExpiresAt - observation.now;
      if (memory.warned.has(key)) warned.add(key);
      else if (left > 0 && left <= expiringSoonMs) {
        // Remembered even with the switch off: turning it on later does not warn about this one late.
        warned.add(key);
        if (switches.expiringSoon) {
          const signIn: AppCommand = { kind: 'sign-in', instanceId: instance.id };
          notifications.push({
            kind: 'expiringSoon',
            title: 'Session ending soon',
            body: `Your session for ${instance.displayName} ends in ${minutesText(left)}. Sign in again to keep working.`,
            onClick: signIn,
            action: { label: 'Sign in', command: signIn },
          });
        }
      }
    }
  }
  return { notifications, memory: { ...memory, kinds, warned } };
}

function profileRenewal(memory: RuleMemory, observation: Extract<ShellObservation, { kind: 'profile-renewal' }>, switches: NotificationSwitches): { notifications: ShellNotification[]; memory: RuleMemory } {
  const { profile, roleLabel, renewed } = observation;
  const failing = new Set(memory.failing);
  if (renewed) {
    failing.delete(profile);
    return { notifications: [], memory: { ...memory, failing } };
  }
  // The keeper retries each minute: only the first failure of an episode is news. Remembered with
  // the switch off too, so turning it on mid-episode does not tell about an old failure.
  if (failing.has(profile)) return { notifications: [], memory };
  failing.add(profile);
  const notifications: ShellNotification[] = switches.profileRenewalFailed
    ? [{ kind: 'profileRenewalFailed', title: 'Active profile not renewed', body: `The credentials in profile "${profile}" (${roleLabel}) could not be renewed; tools using it will fail once they expire. Sign in again or choose another role.`, onClick: { kind: 'open' } }]
    : [];
  return { notifications, memory: { ...memory, failing } };
}

function accountsChanged(observation: Extract<ShellObservation, { kind: 'portal-refreshed' }>): ShellNotification[] {
  const { diff, accountsNow, instanceName } = observation;
  const added = diff.addedAccounts.length;
  const removed = diff.removedAccounts.length;
  // The first listing "adds" every account: nothing new to the user.
  if ((added === 0 && removed === 0) || (removed === 0 && added === accountsNow)) return [];
  const parts = [added > 0 ? `${added} new ${added === 1 ? 'account' : 'accounts'}` : '', removed > 0 ? `${removed} ${removed === 1 ? 'account' : 'accounts'} removed` : ''].filter(Boolean);
  return [{ kind: 'accountsChanged', title: 'Accounts changed', body: `${instanceName}: ${parts.join(', ')}.`, onClick: { kind: 'open' } }];
}

/** Whole minutes, rounded up: a notification is read once, so it can be exact. */
function minutesText(ms: number): string {
  const minutes = Math.ceil(ms / 60_000);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
