// The token bucket on its own, then AWS-like throttling under a real burst from the SDK.
import { ListAccountRolesCommand, TooManyRequestsException } from '@aws-sdk/client-sso';
import { describe, expect, it } from 'vitest';
import { loadOrganisation, startEmulator } from './index';
import { RateLimiter, TokenBucket } from './rate-limit';
import { deviceSignIn, portalClient } from './testing';

describe('TokenBucket', () => {
  it('allows a burst of `capacity`, then refills at the rate', () => {
    const bucket = new TokenBucket(20, 20, 0);
    const burst = Array.from({ length: 25 }, () => bucket.tryTake(0));
    expect(burst.filter(Boolean)).toHaveLength(20);
    expect(bucket.tryTake(49)).toBe(false); // 0.98 of a token
    expect(bucket.tryTake(50)).toBe(true); // one token after 1/20 s
    expect(bucket.tryTake(50)).toBe(false);
    expect(Array.from({ length: 30 }, () => bucket.tryTake(10_000)).filter(Boolean)).toHaveLength(20); // never above capacity
  });

  it('ignores a clock that goes backwards', () => {
    const bucket = new TokenBucket(1, 1, 1000);
    expect(bucket.tryTake(1000)).toBe(true);
    expect(bucket.tryTake(0)).toBe(false);
    expect(bucket.tryTake(1999)).toBe(false);
    expect(bucket.tryTake(2000)).toBe(true);
  });
});

describe('RateLimiter', () => {
  it('keeps one bucket per operation and treats 0 as unlimited', () => {
    let now = 0;
    const limiter = new RateLimiter(() => now);
    expect([1, 2, 3].map(() => limiter.allow('A', 2))).toEqual([true, true, false]);
    expect(limiter.allow('B', 2)).toBe(true);
    expect(Array.from({ length: 100 }, () => limiter.allow('C', 0)).every(Boolean)).toBe(true);
    now = 500;
    expect(limiter.allow('A', 2)).toBe(true);
  });
});

describe('throttling under the default 20 requests/s', () => {
  it('answers all but one second’s worth of a 100-call burst with 429, and the admin counts agree (in process and over HTTP)', async () => {
    // The bucket's clock is frozen: on real time a slow machine would refill it mid-burst and
    // the split between throttled and answered calls would depend on its speed.
    const emulator = await startEmulator({ org: loadOrganisation('e2e/fixtures/sample-org.json'), rateLimitClock: () => 0 });
    try {
      const { tokens } = await deviceSignIn(emulator);
      emulator.admin.resetCounts();
      const client = portalClient(emulator.endpoint, { maxAttempts: 1 });
      const results = await Promise.allSettled(
        Array.from({ length: 100 }, () => client.send(new ListAccountRolesCommand({ accessToken: tokens.accessToken, accountId: '111111111111' }))),
      );
      const throttled = results.filter((result) => result.status === 'rejected' && result.reason instanceof TooManyRequestsException).length;
      const succeeded = results.filter((result) => result.status === 'fulfilled').length;
      expect(succeeded).toBe(20);
      expect(throttled).toBe(80);

      expect(emulator.admin.counts().ListAccountRoles).toEqual({ requests: 100, throttled, faults: 0 });
      const overHttp = (await (await fetch(`${emulator.endpoint}/_emulator/counts`)).json()) as Record<string, unknown>;
      expect(overHttp.ListAccountRoles).toEqual({ requests: 100, throttled, faults: 0 });

      await fetch(`${emulator.endpoint}/_emulator/counts/reset`, { method: 'POST' });
      expect(emulator.admin.counts().ListAccountRoles).toEqual({ requests: 0, throttled: 0, faults: 0 });
    } finally {
      await emulator.close();
    }
  });
});
