// Bookkeeping for the requests the page sends on the user's behalf: which are in flight (so a
// button cannot send twice) and the last error of each (so the UI can show it where it happened).
// A key names one action on one subject, e.g. `sessions:sign-in#<instanceId>`.
import type { RequestChannel } from '../../../app/ipc/contract';
import type { ErrorCode } from '../../../app/ipc/result';

export type ActionKey = string;

export interface ActionError {
  readonly code: ErrorCode;
  readonly message: string;
  /** Increases with every error, so the most recent of several can be picked. */
  readonly sequence: number;
}

export function actionKey(channel: RequestChannel, subject?: string): ActionKey {
  return subject === undefined ? channel : `${channel}#${subject}`;
}

/** The key of the newest error among the actions on one subject (a card shows only that one). */
export function latestErrorKeyFor(errors: Readonly<Record<ActionKey, ActionError>>, subject: string): ActionKey | undefined {
  let latest: [ActionKey, ActionError] | undefined;
  for (const [key, error] of Object.entries(errors)) {
    if (!key.endsWith(`#${subject}`)) continue;
    if (!latest || error.sequence > latest[1].sequence) latest = [key, error];
  }
  return latest?.[0];
}

/** A copy of `record` without `key` (or the same object when the key is absent, so selectors stay stable). */
export function without<T>(record: Readonly<Record<string, T>>, key: string): Readonly<Record<string, T>> {
  if (!(key in record)) return record;
  const { [key]: _removed, ...rest } = record;
  return rest;
}
