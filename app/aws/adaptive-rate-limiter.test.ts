import { describe, expect, it } from 'vitest';
import { FakeClock } from '../testing/fake-clock';
import { AdaptiveRateLimiter } from './adaptive-rate-limiter';

/** Runs the clock in 10 ms steps until every promise has settled (or a step budget runs out). */
async function settle(clock: FakeClock, promises: readonly Promise<unknown>[], maxSteps = 100_000): Promise<void> {
  let done = false;
  void Promise.allSettled(promises).then(() => (done = true));
  for (let step = 0; step < maxSteps && !done; step += 1) await clock.advance(10);
  if (!done) throw new Error('Calls did not finish');
}

describe('AdaptiveRateLimiter', () => {
  it('paces calls at its rate instead of bursting', async () => {
    const clock = new FakeClock(0);
    const limiter = new AdaptiveRateLimiter(clock, { ratePerSecond: 20 });
    const startedAt: number[] = [];
    const calls = Array.from({ length: 41 }, () => limiter.run(async () => startedAt.push(clock.now())));
    await settle(clock, calls);
    expect(startedAt).toHaveLength(41);
    // At 20 per second the slots are 50 ms apart: the 2nd to the 41st call span 39 slots. (The
    // first call's body runs once the test first moves the clock, so it is left out.)
    expect(startedAt.at(-1)! - startedAt[1]!).toBeGreaterThanOrEqual(1_950);
    expect(startedAt.at(-1)! - startedAt[1]!).toBeLessThan(2_050);
    for (let index = 2; index < startedAt.length; index += 1) expect(startedAt[index]! - startedAt[index - 1]!).toBeGreaterThanOrEqual(50);
  });

  it('never has more calls in flight than its concurrency', async () => {
    const clock = new FakeClock(0);
    const limiter = new AdaptiveRateLimiter(clock, { ratePerSecond: 1_000, maxConcurrency: 3 });
    let inFlight = 0;
    let most = 0;
    const calls = Array.from({ length: 12 }, () =>
      limiter.run(async () => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await clock.sleep(100);
        inFlight -= 1;
      }),
    );
    await settle(clock, calls);
    expect(most).toBe(3);
  });

  it('lets interactive calls go before queued background ones', async () => {
    const clock = new FakeClock(0);
    const limiter = new AdaptiveRateLimiter(clock, { ratePerSecond: 10, maxConcurrency: 1 });
    const order: string[] = [];
    const background = Array.from({ length: 5 }, (_, index) => limiter.run(async () => order.push(`background-${index}`), { priority: 'background' }));
    const interactive = limiter.run(async () => order.push('interactive'), { priority: 'interactive' });
    await settle(clock, [...background, interactive]);
    // The first background call already had its slot; the interactive one is next.
    expect(order.slice(0, 2)).toEqual(['background-0', 'interactive']);
  });

  it('cuts the rate and pauses on a 429, then wins it back with successes, up to its ceiling', async () => {
    const clock = new FakeClock(0);
    const limiter = new AdaptiveRateLimiter(clock, { ratePerSecond: 20, decreaseFactor: 0.5, increaseStep: 1, pauseAfterThrottleMs: 1_000 });
    limiter.throttled();
    expect(limiter.rate).toBe(10);
    expect(limiter.throttles).toBe(1);
    const startedAt: number[] = [];
    await settle(clock, [limiter.run(async () => startedAt.push(clock.now()))]);
    expect(startedAt[0]).toBeGreaterThanOrEqual(1_000);
    for (let index = 0; index < 30; index += 1) limiter.succeeded();
    expect(limiter.rate).toBe(20);
  });

  it('never goes below its minimum rate', () => {
    const clock = new FakeClock(0);
    const limiter = new AdaptiveRateLimiter(clock, { ratePerSecond: 20, minRatePerSecond: 2, pauseAfterThrottleMs: 1_000 });
    for (let index = 0; index < 50; index += 1) {
      limiter.throttled();
      clock.jump(1_000);
    }
    expect(limiter.rate).toBe(2);
  });

  it('counts the 429s of one burst as one cut', () => {
    const clock = new FakeClock(0);
    const limiter = new AdaptiveRateLimiter(clock, { ratePerSecond: 20, decreaseFactor: 0.5, pauseAfterThrottleMs: 1_000 });
    for (let index = 0; index < 8; index += 1) limiter.throttled();
    expect(limiter.rate).toBe(10);
    expect(limiter.throttles).toBe(8);
    clock.jump(1_000);
    limiter.throttled();
    expect(limiter.rate).toBe(5);
  });

  it('is back at its ceiling after about a hundred successes from its floor', () => {
    const clock = new FakeClock(0);
    const limiter = new AdaptiveRateLimiter(clock, { ratePerSecond: 20, minRatePerSecond: 1, increaseStep: 0.1, pauseAfterThrottleMs: 1_000 });
    for (let index = 0; index < 60; index += 1) {
      limiter.throttled();
      clock.jump(1_000);
    }
    expect(limiter.rate).toBe(1);
    let successes = 0;
    while (limiter.rate < 20) {
      limiter.succeeded();
      successes += 1;
    }
    expect(successes).toBeLessThanOrEqual(100);
  });

  it('drops a waiting call whose signal aborts, and serves the rest', async () => {
    const clock = new FakeClock(0);
    const limiter = new AdaptiveRateLimiter(clock, { ratePerSecond: 1, maxConcurrency: 1 });
    const controller = new AbortController();
    const first = limiter.run(async () => 'first');
    const cancelled = limiter.run(async () => 'cancelled', { signal: controller.signal });
    const third = limiter.run(async () => 'third');
    controller.abort(new Error('stop'));
    await expect(cancelled).rejects.toThrow('stop');
    await settle(clock, [first, third]);
    expect(await third).toBe('third');
  });
});

describe('AdaptiveRateLimiter and a shared signal', () => {
  it('leaves no abort listener behind on a signal that thousands of calls share', async () => {
    const clock = new FakeClock(0);
    const limiter = new AdaptiveRateLimiter(clock, { ratePerSecond: 100_000, maxConcurrency: 50 });
    const controller = new AbortController();
    let listeners = 0;
    const add = controller.signal.addEventListener.bind(controller.signal);
    const remove = controller.signal.removeEventListener.bind(controller.signal);
    controller.signal.addEventListener = ((...args: Parameters<typeof add>) => {
      listeners += 1;
      add(...args);
    }) as typeof add;
    controller.signal.removeEventListener = ((...args: Parameters<typeof remove>) => {
      listeners -= 1;
      remove(...args);
    }) as typeof remove;
    const calls = Array.from({ length: 2_000 }, () => limiter.run(async () => undefined, { signal: controller.signal }));
    await settle(clock, calls);
    expect(listeners).toBe(0);
  });
});

describe('AdaptiveRateLimiter on a busy machine', () => {
  it('makes up a late start with the next slots, by no more than its catch-up allowance', async () => {
    const clock = new FakeClock(0);
    const limiter = new AdaptiveRateLimiter(clock, { ratePerSecond: 20, catchUpMs: 250 });
    const startedAt: number[] = [];
    await settle(clock, [limiter.run(async () => startedAt.push(clock.now()))]);
    // The machine stalls for a second: the next calls may come closer together, but only
    // 250 ms worth of slots (5 at 20/s) are made up.
    clock.jump(1_000);
    const calls = Array.from({ length: 10 }, () => limiter.run(async () => startedAt.push(clock.now())));
    await settle(clock, calls);
    const afterStall = startedAt.slice(1);
    const span = afterStall.at(-1)! - afterStall[0]!;
    // (The first call of a batch runs once the test moves the clock, 10 ms late.)
    expect(span).toBeGreaterThanOrEqual(9 * 50 - 250 - 10);
    expect(span).toBeLessThan(9 * 50);
  });
});
