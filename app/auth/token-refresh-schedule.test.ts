import { describe, expect, it } from 'vitest';
import { isTokenFresh, refreshAt, refreshAtWhenShared, refreshRetryDelay } from './token-refresh-schedule';

const t0 = 1_700_000_000_000;
const minute = 60_000;
const hour = 60 * minute;

describe('refreshAt', () => {
  it.each([
    // [life, random, expected offset from issue]
    [60_000, 0, 45_000],
    [60_000, 0.5, 48_000],
    [60_000, 0.999_999, 51_000],
    [hour, 0, 45 * minute],
    [hour, 0.999_999, 51 * minute],
    [8 * hour, 0.5, 6.4 * hour],
    // 20 minutes: 85 % would leave 3 minutes; the 5-minute lead wins.
    [20 * minute, 0.999_999, 15 * minute],
    [30 * minute, 0.999_999, 25 * minute],
    [10 * minute, 0.999_999, 8.5 * minute],
    [0, 0.5, 0],
    // A token that came already expired (a clock step between request and answer) refreshes at once.
    [-minute, 0.5, 0],
  ])('a token living %i ms with random %s refreshes %i ms after issue', (life, random, offset) => {
    expect(refreshAt({ issuedAt: t0, expiresAt: t0 + life }, () => random)).toBe(t0 + offset);
  });

  it('always lands between 75 % and 85 % of the life for random values in [0, 1)', () => {
    for (const random of [0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.999]) {
      const at = refreshAt({ issuedAt: t0, expiresAt: t0 + hour }, () => random);
      expect(at).toBeGreaterThanOrEqual(t0 + 0.75 * hour);
      expect(at).toBeLessThanOrEqual(t0 + 0.85 * hour);
    }
  });
});

describe('isTokenFresh', () => {
  it.each([
    [t0 + minute, t0, true],
    [t0 + 31_000, t0, true],
    [t0 + 30_000, t0, false],
    [t0, t0, false],
    [t0 - 1, t0, false],
  ])('expiring at %i, now %i → %s', (expiresAt, now, fresh) => {
    expect(isTokenFresh(expiresAt, now)).toBe(fresh);
  });
});

describe('refreshRetryDelay', () => {
  it.each([
    [0, 5_000],
    [1, 10_000],
    [3, 40_000],
    [10, 300_000],
  ])('attempt %i waits about %i ms', (attempt, base) => {
    expect(refreshRetryDelay(attempt, () => 0.5)).toBe(base);
    expect(refreshRetryDelay(attempt, () => 0)).toBe(base * 0.8);
  });
});

describe('refreshAtWhenShared', () => {
  const hour = { issuedAt: 0, expiresAt: 60 * 60_000 };
  it('refreshes a one-hour token with 20 minutes left, before botocore would (15 minutes)', () => {
    for (const random of [() => 0, () => 0.5, () => 0.999]) expect(refreshAtWhenShared(hour, random)).toBe(40 * 60_000);
  });

  it('keeps the usual schedule for a token too short to leave 20 minutes and half its life', () => {
    const short = { issuedAt: 0, expiresAt: 30 * 60_000 };
    expect(refreshAtWhenShared(short, () => 0)).toBe(refreshAt(short, () => 0));
  });

  it('measures the life from the issue time, not from the epoch', () => {
    const short = { issuedAt: t0, expiresAt: t0 + 30 * minute };
    expect(refreshAtWhenShared(short, () => 0)).toBe(t0 + 22.5 * minute);
  });

  it('takes the 20-minute lead from a token living exactly 40 minutes (half its life)', () => {
    expect(refreshAtWhenShared({ issuedAt: 0, expiresAt: 40 * 60_000 }, () => 0)).toBe(20 * 60_000);
  });

  it('is never later than the usual schedule', () => {
    const long = { issuedAt: 0, expiresAt: 8 * 60 * 60_000 };
    expect(refreshAtWhenShared(long, () => 0)).toBe(refreshAt(long, () => 0));
  });
});
