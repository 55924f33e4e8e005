// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { formatCountdown, formatDuration } from './duration';

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
