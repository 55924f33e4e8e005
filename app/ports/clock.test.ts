import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { maxTimerDelayMs, systemClock } from './clock';

const day = 24 * 3600_000;

// Vitest's fake timers behave like Node's: a delay over 2^31-1 ms is cut to 1 ms.
describe('systemClock.sleep', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: Date.parse('2026-12-01T00:00:00Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('wakes after 40 days, not at once', async () => {
    let woke = false;
    void systemClock.sleep(40 * day).then(() => (woke = true));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(woke).toBe(false);
    await vi.advanceTimersByTimeAsync(40 * day - 2_000);
    expect(woke).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(woke).toBe(true);
  });

  it('wakes exactly at a delay just past the 32-bit limit', async () => {
    let wokeAt: number | undefined;
    const start = Date.now();
    void systemClock.sleep(maxTimerDelayMs + 5).then(() => (wokeAt = Date.now()));
    await vi.advanceTimersByTimeAsync(maxTimerDelayMs + 10);
    expect(wokeAt).toBe(start + maxTimerDelayMs + 5);
  });

  it('rejects with the reason when aborted during a later step of a long sleep', async () => {
    const controller = new AbortController();
    const sleeping = systemClock.sleep(60 * day, controller.signal);
    await vi.advanceTimersByTimeAsync(30 * day);
    controller.abort(new Error('stop'));
    await expect(sleeping).rejects.toThrow('stop');
  });
});
