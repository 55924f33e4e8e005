// One instance's session as the manager holds it, and its single timer (the next refresh, a retry
// or the end of a session without refresh token). A new timer always replaces the old one.
import type { Instance } from '../model/instance';
import type { SessionState } from '../model/session';
import type { Clock } from '../ports/clock';
import type { SessionTokens } from './session-secrets';

export interface Slot {
  instance: Instance;
  state: SessionState;
  tokens: SessionTokens | undefined;
  /** Bumped by sign-in, sign-out and dispose: async work of an older generation is dropped. */
  generation: number;
  signIn: { readonly controller: AbortController; readonly promise: Promise<string> } | undefined;
  refreshController: AbortController | undefined;
  timer: AbortController | undefined;
  retryAttempt: number;
}

export function newSlot(instance: Instance): Slot {
  return { instance, state: { kind: 'signed-out' }, tokens: undefined, generation: 0, signIn: undefined, refreshController: undefined, timer: undefined, retryAttempt: 0 };
}

/** Runs `action` at `at` (epoch ms) on the clock, unless the slot gets another timer first. */
export function scheduleOn(slot: Slot, clock: Clock, at: number, action: () => void): void {
  stopTimer(slot);
  const controller = new AbortController();
  slot.timer = controller;
  clock.sleep(Math.max(0, at - clock.now()), controller.signal).then(
    () => {
      if (slot.timer !== controller) return;
      slot.timer = undefined;
      action();
    },
    () => undefined,
  );
}

export function stopTimer(slot: Slot): void {
  slot.timer?.abort();
  slot.timer = undefined;
}

/** Stops everything the slot has running: its sign-in, its refresh, its timer; their late results are dropped. */
export function haltSlot(slot: Slot): void {
  slot.generation += 1;
  slot.signIn?.controller.abort();
  slot.refreshController?.abort();
  stopTimer(slot);
}
