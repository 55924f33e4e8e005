// The polling rules of the device authorization grant (RFC 8628 §3.5, as the AWS CLI applies them,
// docs/aws-wire.md §1.4): wait `interval` seconds (5 when absent) between CreateToken attempts, add 5 s on
// slow_down, keep going on authorization_pending, stop on expired_token, access_denied, cancel, or
// when the device code's own lifetime is over. Pure: the flow feeds outcomes in and sleeps as told.

export const defaultPollIntervalSeconds = 5;
export const slowDownIncrementSeconds = 5;

export type PollOutcome =
  | 'authorization-pending'
  | 'slow-down'
  | 'expired-token'
  | 'access-denied'
  | 'cancelled';

export interface PollState {
  readonly intervalSeconds: number;
  /** When the device code expires (epoch ms). */
  readonly expiresAt: number;
}

export type PollDecision =
  | { readonly action: 'wait'; readonly intervalSeconds: number; readonly delayMs: number }
  | { readonly action: 'stop'; readonly reason: 'expired' | 'denied' | 'cancelled' };

/** The interval to start with: the service's value when it is a positive number, else 5 s. */
export function initialPollInterval(interval: number | undefined): number {
  return interval !== undefined && Number.isFinite(interval) && interval > 0 ? interval : defaultPollIntervalSeconds;
}

/** What to do after a CreateToken attempt that did not return a token. */
export function decideNextPoll(state: PollState, outcome: PollOutcome, now: number): PollDecision {
  switch (outcome) {
    case 'expired-token':
      return { action: 'stop', reason: 'expired' };
    case 'access-denied':
      return { action: 'stop', reason: 'denied' };
    case 'cancelled':
      return { action: 'stop', reason: 'cancelled' };
    case 'authorization-pending':
    case 'slow-down': {
      const intervalSeconds = outcome === 'slow-down' ? state.intervalSeconds + slowDownIncrementSeconds : state.intervalSeconds;
      const delayMs = intervalSeconds * 1000;
      // Polling past the code's lifetime can only produce expired_token; stop locally instead.
      if (now + delayMs > state.expiresAt) return { action: 'stop', reason: 'expired' };
      return { action: 'wait', intervalSeconds, delayMs };
    }
  }
}
