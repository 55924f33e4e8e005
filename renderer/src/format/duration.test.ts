// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount, formatCountdown, formatDuration } from './duration';

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;

describe('formatDuration', () => {
  it.each([
    [-5 * minute, 'less than a minute'],
    [0, 'less than a minute'],
    [59 * second, 'less than a minute'],
    [minute, '1 min'],
    [45 * minute + 59 * second, '45 min'],
    [hour, '1 h'],
    [7 * hour + 59 * minute, '7 h 59 min'],
    [24 * hour, '1 day'],
    [90 * hour, '3 days'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('formatCountdown', () => {
  it.each([
    [600 * second, '10:00'],
    [599 * second, '9:59'],
    [598_001, '9:59'],
    [5 * second, '0:05'],
    [1, '0:01'],
    [0, '0:00'],
    [-3 * second, '0:00'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatCountdown(ms)).toBe(text);
  });
});

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1_000, '1,000'],
    [5_000, '5,000'],
    [20_000, '20,000'],
    [1_234_567, '1,234,567'],
    [-1_000, '-1,000'],
    [1.5, '1.5'],
  ])('%d is written %s', (count, text) => {
    expect(formatCount(count)).toBe(text);
  });

  it('writes any whole number as Intl.NumberFormat("en") does (seeded)', () => {
    const english = new Intl.NumberFormat('en');
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -1_000_000, max: 10_000_000 }), fc.maxSafeInteger(), fc.constant(Number.MIN_SAFE_INTEGER)), (count) => formatCount(count) === english.format(count)),
      { seed: 9, numRuns: 2_000 },
    );
  });
});
