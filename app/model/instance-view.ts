// What the UI lists: an instance with its session state. Built in app/sessions, sent over IPC.
import type { Instance } from './instance';
import type { SessionState } from './session';

export interface InstanceView extends Instance {
  readonly session: SessionState;
  /** False when no keychain is reachable: the session lasts only until the app quits. */
  readonly remembered: boolean;
}
