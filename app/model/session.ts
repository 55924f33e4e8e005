// The sign-in state of one instance, as the UI sees it. Never holds a token: only what the user
// needs to act (a link, a user code, expiry times). Times are epoch milliseconds.
import type { ErrorCode } from '../ipc/result';

export type SessionState =
  | { readonly kind: 'signed-out' }
  /** The browser was asked to open the authorize page; the URL is shown as a fallback link. */
  | { readonly kind: 'awaiting-browser'; readonly authorizeUrl: string }
  | {
      readonly kind: 'awaiting-device-code';
      readonly userCode: string;
      readonly verificationUri: string;
      readonly verificationUriComplete: string;
      readonly expiresAt: number;
    }
  | {
      readonly kind: 'signed-in';
      readonly accessTokenExpiresAt: number;
      /** When the whole sign-in session (the refresh token) ends, if the service told us. */
      readonly sessionExpiresAt?: number;
    }
  | { readonly kind: 'refreshing'; readonly accessTokenExpiresAt: number }
  /** The refresh token was rejected or ran out: one click signs in again. */
  | { readonly kind: 'expired' }
  | { readonly kind: 'error'; readonly code: ErrorCode; readonly message: string };

export type SessionKind = SessionState['kind'];

/** A sign-in is waiting for the user (in a browser or with a device code). */
export function isAwaitingUser(state: SessionState): boolean {
  return state.kind === 'awaiting-browser' || state.kind === 'awaiting-device-code';
}

/** The instance can hand out an access token without asking the user. */
export function hasUsableSession(state: SessionState): boolean {
  return state.kind === 'signed-in' || state.kind === 'refreshing';
}
