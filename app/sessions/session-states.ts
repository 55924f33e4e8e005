// Which state a session shows after the events that do not come with a new token. Pure.
import { isTokenFresh } from '../auth/token-refresh-schedule';
import type { AppError } from '../ipc/result';
import type { SessionState } from '../model/session';
import type { SessionTokens } from './session-secrets';

/** The sign-in time for a state, when it is known (tokens stored before it was recorded have none). */
export function signedInAtOf(tokens: SessionTokens): { signedInAt?: number } {
  return tokens.signedInAt !== undefined ? { signedInAt: tokens.signedInAt } : {};
}

/** A usable session from its tokens. */
export function signedInState(tokens: SessionTokens): SessionState {
  return { kind: 'signed-in', accessTokenExpiresAt: tokens.expiresAt, ...signedInAtOf(tokens) };
}

/** At start-up, from what the keychain held. */
export function restoredState(tokens: SessionTokens, now: number): SessionState {
  if (isTokenFresh(tokens.expiresAt, now)) return signedInState(tokens);
  // A stale access token with a refresh token is refreshed at once; without one the session is over.
  return tokens.refreshToken ? { kind: 'refreshing', accessTokenExpiresAt: tokens.expiresAt, ...signedInAtOf(tokens) } : { kind: 'expired' };
}

/** A cancelled sign-in goes back to what there was before it. */
export function stateAfterCancelledSignIn(tokens: SessionTokens | undefined, before: SessionState, now: number): SessionState {
  if (tokens && (tokens.refreshToken || isTokenFresh(tokens.expiresAt, now))) return signedInState(tokens);
  return before.kind === 'expired' ? before : { kind: 'signed-out' };
}

/**
 * A refresh that failed for a temporary reason: still signed in while the token lasts, then a
 * quiet "retrying" until the next attempt. Never a failed sign-in: nothing the user did went wrong.
 */
export function stateAfterFailedRefresh(tokens: SessionTokens | undefined, error: AppError, now: number, retryAt: number): SessionState {
  if (tokens && isTokenFresh(tokens.expiresAt, now)) return signedInState(tokens);
  return { kind: 'reconnecting', accessTokenExpiresAt: tokens?.expiresAt ?? 0, retryAt, message: error.message };
}
