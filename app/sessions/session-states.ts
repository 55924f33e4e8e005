// Which state a session shows after the events that do not come with a new token. Pure.
import { isTokenFresh } from '../auth/token-refresh-schedule';
import type { AppError } from '../ipc/result';
import type { SessionState } from '../model/session';
import type { SessionTokens } from './session-secrets';

/** At start-up, from what the keychain held. */
export function restoredState(tokens: SessionTokens, now: number): SessionState {
  if (isTokenFresh(tokens.expiresAt, now)) return { kind: 'signed-in', accessTokenExpiresAt: tokens.expiresAt };
  // A stale access token with a refresh token is refreshed at once; without one the session is over.
  return tokens.refreshToken ? { kind: 'refreshing', accessTokenExpiresAt: tokens.expiresAt } : { kind: 'expired' };
}

/** A cancelled sign-in goes back to what there was before it. */
export function stateAfterCancelledSignIn(tokens: SessionTokens | undefined, before: SessionState, now: number): SessionState {
  if (tokens && (tokens.refreshToken || isTokenFresh(tokens.expiresAt, now))) {
    return { kind: 'signed-in', accessTokenExpiresAt: tokens.expiresAt };
  }
  return before.kind === 'expired' ? before : { kind: 'signed-out' };
}

/**
 * A refresh that failed for a temporary reason: still signed in while the token lasts, then a
 * quiet "retrying" until the next attempt. Never a failed sign-in: nothing the user did went wrong.
 */
export function stateAfterFailedRefresh(tokens: SessionTokens | undefined, error: AppError, now: number, retryAt: number): SessionState {
  if (tokens && isTokenFresh(tokens.expiresAt, now)) return { kind: 'signed-in', accessTokenExpiresAt: tokens.expiresAt };
  return { kind: 'reconnecting', accessTokenExpiresAt: tokens?.expiresAt ?? 0, retryAt, message: error.message };
}
