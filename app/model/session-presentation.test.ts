import { describe, expect, it } from 'vitest';
import type { SessionState } from './session';
import { primarySessionAction, sessionActions, sessionStatusLabel } from './session-presentation';

const states: readonly [SessionState, string, readonly string[]][] = [
  [{ kind: 'signed-out' }, 'Signed out', ['sign-in:Sign in']],
  [{ kind: 'starting-sign-in' }, 'Starting sign-in', ['cancel-sign-in:Cancel sign-in']],
  [{ kind: 'awaiting-browser', authorizeUrl: 'https://x/' }, 'Waiting for the browser', ['open-sign-in-page:Open the sign-in page again', 'cancel-sign-in:Cancel sign-in']],
  [
    { kind: 'awaiting-device-code', userCode: 'ABCD-EFGH', verificationUri: 'https://x/', verificationUriComplete: 'https://x/?c', expiresAt: 1 },
    'Waiting for code ABCD-EFGH',
    ['open-sign-in-page:Open verification page', 'cancel-sign-in:Cancel sign-in'],
  ],
  [{ kind: 'signed-in', accessTokenExpiresAt: 1 }, 'Signed in', ['sign-out:Sign out']],
  [{ kind: 'refreshing', accessTokenExpiresAt: 1 }, 'Signed in (renewing)', ['sign-out:Sign out']],
  [{ kind: 'reconnecting', accessTokenExpiresAt: 1, retryAt: 2, message: 'Cannot reach IAM Identity Center.' }, "Can't refresh, retrying", ['sign-out:Sign out']],
  [{ kind: 'expired' }, 'Session expired', ['sign-in:Sign in again']],
  [{ kind: 'error', code: 'network', message: 'x' }, 'Sign-in failed', ['sign-in:Try again']],
];

describe('session presentation: the words and actions every surface shows for a state', () => {
  it.each(states)('%o reads "%s" and offers %o', (state, label, actions) => {
    expect(sessionStatusLabel(state)).toBe(label);
    expect(sessionActions(state).map((action) => `${action.kind}:${action.label}`)).toEqual(actions);
    expect(`${primarySessionAction(state).kind}:${primarySessionAction(state).label}`).toBe(actions[0]);
  });
});
