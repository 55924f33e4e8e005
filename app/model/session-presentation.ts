// How a session state reads and what it lets the user do, written once for every surface: the
// tray menu, the renderer's instance card, and later the quick switcher. Exhaustive over
// SessionState, so a new state is a compile error here until it has words and actions.
import { assertNever } from '../ipc/result';
import type { SessionState } from './session';

export type SessionActionKind = 'sign-in' | 'sign-out' | 'open-sign-in-page' | 'cancel-sign-in';

export interface SessionAction {
  readonly kind: SessionActionKind;
  readonly label: string;
}

/** The state in a few words. */
export function sessionStatusLabel(state: SessionState): string {
  switch (state.kind) {
    case 'signed-out':
      return 'Signed out';
    case 'starting-sign-in':
      return 'Starting sign-in';
    case 'awaiting-browser':
      return 'Waiting for the browser';
    case 'awaiting-device-code':
      return `Waiting for code ${state.userCode}`;
    case 'signed-in':
      return 'Signed in';
    case 'refreshing':
      return 'Signed in (renewing)';
    case 'reconnecting':
      return "Can't refresh, retrying";
    case 'expired':
      return 'Session expired';
    case 'error':
      return 'Sign-in failed';
    default:
      return assertNever(state);
  }
}

/** What the user can do in this state, the main action first. */
export function sessionActions(state: SessionState): readonly SessionAction[] {
  switch (state.kind) {
    case 'signed-out':
      return [{ kind: 'sign-in', label: 'Sign in' }];
    case 'starting-sign-in':
      return [cancelSignIn];
    case 'awaiting-browser':
      return [{ kind: 'open-sign-in-page', label: 'Open the sign-in page again' }, cancelSignIn];
    case 'awaiting-device-code':
      return [{ kind: 'open-sign-in-page', label: 'Open verification page' }, cancelSignIn];
    // Temporary trouble (reconnecting) does not invite a new sign-in: the session comes back by itself.
    case 'signed-in':
    case 'refreshing':
    case 'reconnecting':
      return [{ kind: 'sign-out', label: 'Sign out' }];
    case 'expired':
      return [{ kind: 'sign-in', label: 'Sign in again' }];
    case 'error':
      return [{ kind: 'sign-in', label: 'Try again' }];
    default:
      return assertNever(state);
  }
}

/** The first action: the one a card's main button offers. */
export function primarySessionAction(state: SessionState): SessionAction {
  const [first] = sessionActions(state);
  if (!first) throw new Error(`No action for session state ${state.kind}`);
  return first;
}

const cancelSignIn: SessionAction = { kind: 'cancel-sign-in', label: 'Cancel sign-in' };
