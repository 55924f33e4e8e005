// The sign-in state of one instance, as the UI sees it. Never holds a token: only what the user
// needs to act (a link, a user code, expiry times). Times are epoch milliseconds. The schema, the
// one definition that the contract sends and the type derives from, is in session-schema.ts.
import type { SessionState } from './session-schema';

export type { SessionState } from './session-schema';

export type SessionKind = SessionState['kind'];

/** A sign-in is waiting for the user (in a browser or with a device code). */
export function isAwaitingUser(state: SessionState): boolean {
  return state.kind === 'awaiting-browser' || state.kind === 'awaiting-device-code';
}

/** The instance can hand out an access token without asking the user. */
export function hasUsableSession(state: SessionState): boolean {
  return state.kind === 'signed-in' || state.kind === 'refreshing';
}
