import { describe, expect, it } from 'vitest';
import { AppError } from '../ipc/result';
import type { SessionState } from '../model/session';
import type { SessionTokens } from './session-secrets';
import { restoredState, stateAfterCancelledSignIn, stateAfterFailedRefresh } from './session-states';

const now = 1_700_000_000_000;
const fresh: SessionTokens = { accessToken: 'a', issuedAt: now - 1000, expiresAt: now + 60_000 };
const stale: SessionTokens = { ...fresh, expiresAt: now + 10_000 };
const refreshable: SessionTokens = { ...stale, refreshToken: 'r' };

describe('restoredState', () => {
  it.each<[string, SessionTokens, SessionState]>([
    ['a fresh token', fresh, { kind: 'signed-in', accessTokenExpiresAt: now + 60_000 }],
    ['a stale token with a refresh token', refreshable, { kind: 'refreshing', accessTokenExpiresAt: now + 10_000 }],
    ['a stale token alone', stale, { kind: 'expired' }],
    ['a fresh token with its sign-in time', { ...fresh, signedInAt: now - 5000 }, { kind: 'signed-in', accessTokenExpiresAt: now + 60_000, signedInAt: now - 5000 }],
    ['a stale refreshable token with its sign-in time', { ...refreshable, signedInAt: now - 5000 }, { kind: 'refreshing', accessTokenExpiresAt: now + 10_000, signedInAt: now - 5000 }],
  ])('%s', (_name, tokens, expected) => {
    expect(restoredState(tokens, now)).toEqual(expected);
  });
});

describe('stateAfterCancelledSignIn', () => {
  it.each<[string, SessionTokens | undefined, SessionState, SessionState]>([
    ['no tokens, was signed out', undefined, { kind: 'signed-out' }, { kind: 'signed-out' }],
    ['no tokens, was expired', undefined, { kind: 'expired' }, { kind: 'expired' }],
    ['no tokens, was in error', undefined, { kind: 'error', code: 'network', message: 'm' }, { kind: 'signed-out' }],
    ['a refreshable session', refreshable, { kind: 'signed-in', accessTokenExpiresAt: 0 }, { kind: 'signed-in', accessTokenExpiresAt: now + 10_000 }],
    ['a stale token alone', stale, { kind: 'expired' }, { kind: 'expired' }],
  ])('%s', (_name, tokens, before, expected) => {
    expect(stateAfterCancelledSignIn(tokens, before, now)).toEqual(expected);
  });
});

describe('stateAfterFailedRefresh', () => {
  const error = new AppError('network', 'Cannot reach IAM Identity Center at h. Check your connection or VPN.');
  it('stays signed in while the access token lasts', () => {
    expect(stateAfterFailedRefresh(fresh, error, now, now + 5_000)).toEqual({ kind: 'signed-in', accessTokenExpiresAt: now + 60_000 });
  });
  // Temporary trouble is not a failed sign-in: a quiet "retrying" with the next attempt's time.
  it('shows that it is retrying once the token is (nearly) gone', () => {
    expect(stateAfterFailedRefresh(refreshable, error, now, now + 5_000)).toEqual({
      kind: 'reconnecting',
      accessTokenExpiresAt: refreshable.expiresAt,
      retryAt: now + 5_000,
      message: error.message,
    });
  });
});
