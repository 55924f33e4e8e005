import { describe, expect, it } from 'vitest';
import { coarseTimeLeft } from './time-left';

const minutes = (count: number) => count * 60_000;

describe('coarseTimeLeft', () => {
  it.each<[number, string]>([
    [-1, 'expired'],
    [0, 'expired'],
    [30_000, 'under a minute'],
    [minutes(7) + 59_000, '7 min'],
    [minutes(14), '10 min'],
    [minutes(47), '45 min'],
    [minutes(60), '1 h'],
    [minutes(135), '2 h 15 min'],
    [minutes(149), '2 h 15 min'],
    [minutes(12 * 60 - 1), '11 h 45 min'],
  ])('%i ms → %s', (ms, text) => {
    expect(coarseTimeLeft(ms)).toBe(text);
  });
});
