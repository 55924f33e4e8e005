// The notices sessions raise, with stable ids so each is shown once.
import type { Instance } from '../model/instance';
import type { Notice } from '../model/notice';

export function expiredNoticeId(instanceId: string): string {
  return `session-expired:${instanceId}`;
}

export function sessionExpiredNotice(instance: Instance, now: number): Notice {
  return {
    id: expiredNoticeId(instance.id),
    kind: 'session-expired',
    level: 'warning',
    message: `Your session for ${instance.displayName} has ended. Sign in again to keep using it.`,
    instanceId: instance.id,
    action: { kind: 'sign-in', instanceId: instance.id },
    createdAt: now,
  };
}

export function keychainUnavailableNotice(now: number): Notice {
  return {
    id: 'keychain-unavailable',
    kind: 'keychain-unavailable',
    level: 'warning',
    message: 'No system keychain is available, so sign-ins will not be remembered after SSO Tray quits. Nothing is written to disk instead.',
    createdAt: now,
  };
}

export function storageFailedNotice(now: number): Notice {
  return {
    id: 'keychain-write-failed',
    kind: 'keychain-unavailable',
    level: 'warning',
    message: 'The system keychain refused to store a session. You are signed in for now, but may have to sign in again after SSO Tray restarts.',
    createdAt: now,
  };
}

export function signInRequestedId(instanceId: string): string {
  return `sign-in-requested:${instanceId}`;
}

/** A terminal or tool asked for credentials while signed out: the app's one sign-in prompt. */
export function signInRequestedNotice(instance: Instance, now: number): Notice {
  return {
    id: signInRequestedId(instance.id),
    kind: 'sign-in-requested',
    level: 'info',
    message: `A terminal asked for credentials from ${instance.displayName}. Sign in to hand them out.`,
    instanceId: instance.id,
    action: { kind: 'sign-in', instanceId: instance.id },
    createdAt: now,
  };
}
