// Sends one request on the user's behalf and keeps its bookkeeping in the store: marked pending
// while in flight (a second click is ignored), its error kept under its key until the same action
// succeeds or the user dismisses it.
import type { StoreApi } from 'zustand/vanilla';
import type { Result } from '../../../app/ipc/result';
import type { AppState } from './app-store';
import { without, type ActionKey } from './action-status';

/** Resolves with the Result, or undefined when the same action was already in flight. */
export type ActionRunner = <T>(key: ActionKey, send: () => Promise<Result<T>>) => Promise<Result<T> | undefined>;

export function createActionRunner(set: StoreApi<AppState>['setState'], get: StoreApi<AppState>['getState']): ActionRunner {
  let sequence = 0;
  return async (key, send) => {
    if (get().pending[key]) return undefined;
    set((state) => ({ pending: { ...state.pending, [key]: true }, errors: without(state.errors, key) }));
    const result = await send();
    set((state) => ({
      pending: without(state.pending, key),
      errors: result.ok ? state.errors : { ...state.errors, [key]: { code: result.code, message: result.message, sequence: ++sequence } },
    }));
    return result;
  };
}
