import { describe, expect, it } from 'vitest';
import { AdaptiveRateLimiter } from '../aws/adaptive-rate-limiter';
import { PortalError } from '../aws/portal-errors';
import type { AccessTokenProvider, AccessTokenRequest } from '../sessions/access-token-provider';
import { FakeClock } from '../testing/fake-clock';
import { createPortalCall } from './portal-calls';

/** Tokens t1, t2, ...: a request naming the current one as rejected gets the next. */
function tokens(): AccessTokenProvider & { requests: AccessTokenRequest[] } {
  let current = 1;
  const requests: AccessTokenRequest[] = [];
  return {
    requests,
    async getAccessToken(_instanceId, request) {
      requests.push(request);
      if (request.rejectedToken === `t${current}`) current += 1;
      return `t${current}`;
    },
    onDidSignOut: () => () => {},
  };
}

const fail = (kind: ConstructorParameters<typeof PortalError>[0]) => new PortalError(kind, 'network', kind);

function setup() {
  const clock = new FakeClock(0);
  const provider = tokens();
  const limiter = new AdaptiveRateLimiter(clock, { ratePerSecond: 1_000 });
  const call = createPortalCall({ clock, tokens: provider, limiter, random: () => 0.5, policy: { transientAttempts: 3, maxThrottles: 2, backoffMs: 100 } }, 'i-1');
  return { clock, provider, limiter, call };
}

async function run<T>(clock: FakeClock, promise: Promise<T>): Promise<T> {
  let settled = false;
  void promise.then(() => (settled = true), () => (settled = true));
  for (let step = 0; step < 1_000 && !settled; step += 1) await clock.advance(10);
  return promise;
}

describe('portal calls', () => {
  it('refreshes once when the service refuses a token, then answers with the new one', async () => {
    const { clock, provider, call } = setup();
    const used: string[] = [];
    const answer = await run(clock, call(async (token) => {
      used.push(token);
      if (token === 't1') throw fail('unauthorized');
      return 'ok';
    }));
    expect(answer).toBe('ok');
    expect(used).toEqual(['t1', 't2']);
    expect(provider.requests.map((request) => request.rejectedToken)).toEqual([undefined, 't1']);
  });

  it('gives up after a second refusal: the session is over, not the token', async () => {
    const { clock, call } = setup();
    await expect(run(clock, call(async () => Promise.reject(fail('unauthorized'))))).rejects.toMatchObject({ kind: 'unauthorized' });
  });

  it('retries transient trouble with backoff, a bounded number of times', async () => {
    const { clock, call } = setup();
    let attempts = 0;
    await expect(run(clock, call(async () => {
      attempts += 1;
      throw fail('server');
    }))).rejects.toMatchObject({ kind: 'server' });
    expect(attempts).toBe(3);
  });

  it('tells the limiter about each 429 and waits its turn again, within a bound', async () => {
    const { clock, call, limiter } = setup();
    let attempts = 0;
    const answer = await run(clock, call(async () => {
      attempts += 1;
      if (attempts <= 2) throw fail('throttled');
      return 'through';
    }));
    expect(answer).toBe('through');
    expect(limiter.throttles).toBe(2);
    await expect(run(clock, call(async () => Promise.reject(fail('throttled'))))).rejects.toMatchObject({ kind: 'throttled' });
  });

  it('passes a permanent answer straight back', async () => {
    const { clock, call } = setup();
    let attempts = 0;
    await expect(run(clock, call(async () => {
      attempts += 1;
      throw fail('not-found');
    }))).rejects.toMatchObject({ kind: 'not-found' });
    expect(attempts).toBe(1);
  });
});
