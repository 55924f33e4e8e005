/** Time as a dependency, so a whole sign-in or a simulated day runs in milliseconds under a fake clock. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms` (any length), or rejects with the signal's reason when it aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/**
 * setTimeout holds its delay in a signed 32-bit int: anything longer (about 24.8 days) fires at
 * once, which once turned a 40-day token into a refresh storm. Longer sleeps are chained in steps.
 */
export const maxTimerDelayMs = 2 ** 31 - 1;

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const deadline = Date.now() + Math.max(0, ms);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      const wait = () => {
        const remaining = deadline - Date.now();
        if (remaining <= 0) {
          signal?.removeEventListener('abort', onAbort);
          resolve();
          return;
        }
        timer = setTimeout(wait, Math.min(remaining, maxTimerDelayMs));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      timer = setTimeout(wait, Math.min(Math.max(0, ms), maxTimerDelayMs));
    }),
};
