import { describe, expect, it } from 'vitest';
import { SingleFlight } from './single-flight';

describe('SingleFlight', () => {
  it('shares one run among callers who ask while it is in flight', async () => {
    const flight = new SingleFlight<number>();
    let starts = 0;
    const start = async () => {
      starts += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return starts;
    };
    const answers = await Promise.all([flight.run('a', start), flight.run('a', start), flight.run('a', start)]);
    expect(answers).toEqual([1, 1, 1]);
    expect(starts).toBe(1);
  });

  // A refresh fires a state change synchronously; a listener that asks for a token in that same
  // step must join the refresh, not start a second one with the same (rotating) refresh token.
  it('lets a caller who asks from inside the start join the run', async () => {
    const flight = new SingleFlight<string>();
    let starts = 0;
    let inner: Promise<string> | undefined;
    const start = async (): Promise<string> => {
      starts += 1;
      inner ??= flight.run('a', start);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return 'done';
    };
    const outer = flight.run('a', start);
    expect(await outer).toBe('done');
    expect(await inner).toBe('done');
    expect(starts).toBe(1);
  });

  it('starts afresh once a run has settled, also after a failure', async () => {
    const flight = new SingleFlight<number>();
    await expect(flight.run('a', async () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(await flight.run('a', async () => 2)).toBe(2);
    expect(flight.current('a')).toBeUndefined();
  });
});
