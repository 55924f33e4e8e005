import { describe, expect, it } from 'vitest';
import type { Notice } from '../../app/model/notice';
import { notificationContent } from './notification-content';

const base = { level: 'warning', createdAt: 1 } as const;

describe('notificationContent', () => {
  it.each<[string, Notice, { title: string; body: string; onClick: unknown }]>([
    [
      'session-expired: its action on click, said in the body',
      { ...base, id: 'session-expired:i1', kind: 'session-expired', message: 'Your session for payments has ended.', instanceId: 'i1', action: { kind: 'sign-in', instanceId: 'i1' } },
      { title: 'Session expired', body: 'Your session for payments has ended. Click to sign in again.', onClick: { kind: 'sign-in', instanceId: 'i1' } },
    ],
    [
      'keychain-unavailable: opens the window',
      { ...base, id: 'keychain-unavailable', kind: 'keychain-unavailable', message: 'No system keychain is available.' },
      { title: 'Sign-ins will not be remembered', body: 'No system keychain is available.', onClick: { kind: 'open' } },
    ],
    [
      'settings-reset: opens the window',
      { ...base, id: 'settings-reset', kind: 'settings-reset', message: 'Your settings could not be read.' },
      { title: 'Settings were reset', body: 'Your settings could not be read.', onClick: { kind: 'open' } },
    ],
  ])('%s', (_name, notice, expected) => {
    expect(notificationContent(notice)).toEqual(expected);
  });
});
