// A Clock for tests: time moves only when the test says so, and every sleep wakes exactly at its
// deadline. Share one with the emulator (`now: () => clock.now()`) and a simulated day of token
// refreshes runs in seconds. Test tooling only; never used by the app.
import type { Clock } from '../ports/clock';

interface Timer {
  readonly at: number;
  readonly sequence: number;
  readonly resolve: () => void;
}

export class FakeClock implements Clock {
  #now: number;
  #sequence = 0;
  #timers: Timer[] = [];

  constructor(start = Date.parse('2026-11-22T08:00:00Z')) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (ms <= 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const timer: Timer = {
        at: this.#now + ms,
        sequence: (this.#sequence += 1),
        resolve: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = () => {
        this.#timers = this.#timers.filter((candidate) => candidate !== timer);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#timers.push(timer);
    });
  }

  /** Timers waiting now (for assertions such as "the listener's timeout was cancelled"). */
  get pendingTimers(): number {
    return this.#timers.length;
  }

  /**
   * Moves time forward without waking anyone, like a laptop resuming from sleep: timers that are
   * now overdue fire on the next advance().
   */
  jump(ms: number): void {
    this.#now += ms;
  }

  /**
   * Moves time forward by `ms`, waking due sleepers in deadline order at their own deadlines, and
   * lets the event loop run after each so that what they start can register the next sleep.
   */
  async advance(ms: number): Promise<void> {
    const target = this.#now + ms;
    for (;;) {
      const next = this.#timers
        .filter((timer) => timer.at <= target)
        .sort((a, b) => a.at - b.at || a.sequence - b.sequence)[0];
      if (!next) break;
      this.#timers = this.#timers.filter((timer) => timer !== next);
      this.#now = Math.max(this.#now, next.at);
      next.resolve();
      await yieldToEventLoop();
    }
    this.#now = target;
    await yieldToEventLoop();
  }
}

/** Lets pending promise callbacks and I/O callbacks that are already due run. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
