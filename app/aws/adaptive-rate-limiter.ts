// One rate limiter per IAM Identity Center instance, shared by every caller of its portal (the
// listing, the background sweep, role credentials, the CLI helper). IAM Identity Center allows
// about 20 requests per second per instance, collectively (docs/aws-wire.md §2), so calls are
// paced at that rate with bounded concurrency instead of bursting into 429s. The rate adapts as
// TCP's congestion control does (AIMD): a 429 cuts it and pauses briefly, each success adds a
// little back, up to the ceiling. Interactive calls (role credentials) go before background ones.
import type { Clock } from '../ports/clock';

export type CallPriority = 'interactive' | 'background';

export interface RateLimiterOptions {
  /** The ceiling and the starting rate, in requests per second. */
  readonly ratePerSecond: number;
  /** The rate never falls below this. */
  readonly minRatePerSecond: number;
  readonly maxConcurrency: number;
  /** On a 429: rate × this. */
  readonly decreaseFactor: number;
  /** On a success: rate + at least this (recovery from a cut takes a few seconds of traffic). */
  readonly increaseStep: number;
  /** After a 429 nothing is sent for this long, so the service's own bucket can refill. */
  readonly pauseAfterThrottleMs: number;
  /** How much lateness later slots may make up (a small burst, well inside the service's). */
  readonly catchUpMs: number;
}

export const defaultRateLimiterOptions: RateLimiterOptions = {
  ratePerSecond: 20,
  minRatePerSecond: 1,
  maxConcurrency: 8,
  decreaseFactor: 0.7,
  increaseStep: 0.1,
  pauseAfterThrottleMs: 1_000,
  catchUpMs: 250,
};

interface Waiter {
  readonly resolve: () => void;
  readonly reject: (reason: unknown) => void;
  /** Removes the waiter's abort listener: a long listing shares one signal across thousands of calls. */
  readonly release: () => void;
}

export class AdaptiveRateLimiter {
  readonly #options: RateLimiterOptions;
  #rate: number;
  /** When the next call may start (epoch ms on the clock): the pacing. */
  #nextSlotAt = 0;
  #inFlight = 0;
  readonly #queues: Record<CallPriority, Waiter[]> = { interactive: [], background: [] };
  #pumping = false;
  #throttles = 0;
  #lastCutAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly clock: Clock,
    options: Partial<RateLimiterOptions> = {},
  ) {
    this.#options = { ...defaultRateLimiterOptions, ...options };
    this.#rate = this.#options.ratePerSecond;
  }

  /** Requests per second the limiter is pacing at now. */
  get rate(): number {
    return this.#rate;
  }

  /** 429s reported since the limiter was made. */
  get throttles(): number {
    return this.#throttles;
  }

  /** Waits for a slot (pace and concurrency), runs `call`, frees the slot. */
  async run<T>(call: () => Promise<T>, options: { readonly priority?: CallPriority; readonly signal?: AbortSignal } = {}): Promise<T> {
    await this.#acquire(options.priority ?? 'background', options.signal);
    try {
      return await call();
    } finally {
      this.#inFlight -= 1;
      void this.#pump();
    }
  }

  /**
   * The service answered 429: pause, and slow down. The 429s of one burst (the calls already in
   * flight) count as one signal, as in TCP: one cut per pause, or eight calls in flight would cut
   * the rate eight times for one overshoot.
   */
  throttled(): void {
    this.#throttles += 1;
    const now = this.clock.now();
    if (now >= this.#lastCutAt + this.#options.pauseAfterThrottleMs) {
      this.#rate = Math.max(this.#options.minRatePerSecond, this.#rate * this.#options.decreaseFactor);
      this.#lastCutAt = now;
    }
    this.#nextSlotAt = Math.max(this.#nextSlotAt, now + this.#options.pauseAfterThrottleMs);
  }

  /** A call went through: win back some of the rate (5 % of it, at least `increaseStep`). */
  succeeded(): void {
    this.#rate = Math.min(this.#options.ratePerSecond, this.#rate + Math.max(this.#options.increaseStep, this.#rate * 0.05));
  }

  #acquire(priority: CallPriority, signal: AbortSignal | undefined): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        const queue = this.#queues[priority];
        const index = queue.indexOf(waiter);
        if (index >= 0) {
          queue.splice(index, 1);
          reject(signal?.reason);
        }
      };
      const waiter: Waiter = { resolve, reject, release: () => signal?.removeEventListener('abort', onAbort) };
      this.#queues[priority].push(waiter);
      signal?.addEventListener('abort', onAbort, { once: true });
      void this.#pump();
    });
  }

  /** Hands out slots one by one at the current pace; one pump runs at a time. */
  async #pump(): Promise<void> {
    if (this.#pumping) return;
    this.#pumping = true;
    try {
      for (;;) {
        if (this.#inFlight >= this.#options.maxConcurrency) return;
        const queue = this.#queues.interactive.length > 0 ? this.#queues.interactive : this.#queues.background;
        if (queue.length === 0) return;
        const wait = this.#nextSlotAt - this.clock.now();
        if (wait > 0) {
          await this.clock.sleep(wait);
          continue;
        }
        const waiter = queue.shift();
        if (!waiter) continue;
        waiter.release();
        this.#inFlight += 1;
        // A slot handed out late (a busy machine woke the pump late) is made up by the next few, up
        // to catchUpMs: the service's own bucket allows a second's burst, and lost time adds up.
        this.#nextSlotAt = Math.max(this.#nextSlotAt, this.clock.now() - this.#options.catchUpMs) + 1000 / this.#rate;
        waiter.resolve();
      }
    } finally {
      this.#pumping = false;
    }
  }
}
