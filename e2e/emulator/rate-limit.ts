// Throttling like AWS's: token buckets keyed by what shares a quota. The portal's four operations
// share one bucket per IAM Identity Center instance (AWS documents a collective 20 TPS), every
// other operation has its own bucket (server.ts picks the key). It runs on real (monotonic) time
// even when the emulator has a fake clock, because a frozen fake clock would never refill a bucket.

/** A classic token bucket: `capacity` tokens, refilled at `ratePerSecond`. Pure: time is passed in. */
export class TokenBucket {
  private tokens: number;
  private updatedAtMs: number;

  constructor(
    readonly ratePerSecond: number,
    readonly capacity: number,
    nowMs: number,
  ) {
    this.tokens = capacity;
    this.updatedAtMs = nowMs;
  }

  /** Takes one token if there is one; false means "throttle this request". */
  tryTake(nowMs: number): boolean {
    const elapsedMs = Math.max(0, nowMs - this.updatedAtMs);
    this.tokens = Math.min(this.capacity, this.tokens + (elapsedMs * this.ratePerSecond) / 1000);
    this.updatedAtMs = Math.max(this.updatedAtMs, nowMs);
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** The bucket key of an instance's collective portal quota; operation names (the other keys) have no space. */
export function portalQuotaKey(startUrl: string | undefined): string {
  return `portal ${startUrl ?? '(no session)'}`;
}

/** One bucket per key (an operation, or an instance's portal quota); the burst capacity is one second's worth. */
export class RateLimiter {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(private readonly monotonicNowMs: () => number = () => performance.now()) {}

  /** True when the request may proceed; `ratePerSecond` 0 means unlimited. */
  allow(key: string, ratePerSecond: number): boolean {
    if (ratePerSecond <= 0) return true;
    let bucket = this.buckets.get(key);
    if (!bucket || bucket.ratePerSecond !== ratePerSecond) {
      bucket = new TokenBucket(ratePerSecond, Math.max(1, ratePerSecond), this.monotonicNowMs());
      this.buckets.set(key, bucket);
    }
    return bucket.tryTake(this.monotonicNowMs());
  }

  reset(): void {
    this.buckets.clear();
  }
}
