// The system notification for a notice: a short title by kind, the notice's own message, and what a
// click does (its action, else open the window). Pure.
import { assertNever } from '../../app/ipc/result';
import type { Notice } from '../../app/model/notice';
import type { AppCommand } from '../commands/app-command';

export interface NotificationContent {
  readonly title: string;
  readonly body: string;
  readonly onClick: AppCommand;
}

export function notificationContent(notice: Notice): NotificationContent {
  const onClick: AppCommand = notice.action ? { kind: notice.action.kind, instanceId: notice.action.instanceId } : { kind: 'open' };
  const hint = notice.action ? ` ${clickHint(notice.action.kind)}` : '';
  return { title: titleOf(notice.kind), body: `${notice.message}${hint}`, onClick };
}

function titleOf(kind: Notice['kind']): string {
  switch (kind) {
    case 'session-expired':
      return 'Session expired';
    case 'keychain-unavailable':
      return 'Sign-ins will not be remembered';
    case 'settings-reset':
      return 'Settings were reset';
    case 'sign-in-requested':
      return 'A terminal is waiting for you to sign in';
    default:
      return assertNever(kind);
  }
}

function clickHint(kind: NonNullable<Notice['action']>['kind']): string {
  switch (kind) {
    case 'sign-in':
      return 'Click to sign in again.';
    default:
      return assertNever(kind);
  }
}
