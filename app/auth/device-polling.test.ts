import { describe, expect, it } from 'vitest';
import { decideNextPoll, initialPollInterval, type PollOutcome } from './device-polling';

const now = 1_000_000;
const state = { intervalSeconds: 5, expiresAt: now + 600_000 };

describe('decideNextPoll (RFC 8628 §3.5)', () => {
  it.each<[PollOutcome, { intervalSeconds: number; expiresAt: number }, ReturnType<typeof decideNextPoll>]>([
    ['authorization-pending', state, { action: 'wait', intervalSeconds: 5, delayMs: 5000 }],
    ['slow-down', state, { action: 'wait', intervalSeconds: 10, delayMs: 10_000 }],
    ['slow-down', { ...state, intervalSeconds: 10 }, { action: 'wait', intervalSeconds: 15, delayMs: 15_000 }],
    ['authorization-pending', { ...state, intervalSeconds: 1 }, { action: 'wait', intervalSeconds: 1, delayMs: 1000 }],
    ['expired-token', state, { action: 'stop', reason: 'expired' }],
    ['access-denied', state, { action: 'stop', reason: 'denied' }],
    ['cancelled', state, { action: 'stop', reason: 'cancelled' }],
    ['authorization-pending', { ...state, expiresAt: now + 4_000 }, { action: 'stop', reason: 'expired' }],
    ['slow-down', { ...state, expiresAt: now + 8_000 }, { action: 'stop', reason: 'expired' }],
    ['authorization-pending', { ...state, expiresAt: now + 5_000 }, { action: 'wait', intervalSeconds: 5, delayMs: 5000 }],
  ])('%s with %o → %o', (outcome, current, expected) => {
    expect(decideNextPoll(current, outcome, now)).toEqual(expected);
  });
});

describe('initialPollInterval', () => {
  it.each([
    [undefined, 5],
    [0, 5],
    [-1, 5],
    [Number.NaN, 5],
    // An interval that would never poll again is no interval.
    [Number.POSITIVE_INFINITY, 5],
    [1, 1],
    [7, 7],
  ])('%s → %s', (interval, expected) => {
    expect(initialPollInterval(interval)).toBe(expected);
  });
});
