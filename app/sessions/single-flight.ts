// At most one run per key: a caller who asks while a run is in flight gets the same promise.
// Used so that concurrent callers share one refresh and one browser sign-in per instance.

export class SingleFlight<T> {
  readonly #running = new Map<string, Promise<T>>();

  run(key: string, start: () => Promise<T>): Promise<T> {
    const running = this.#running.get(key);
    if (running) return running;
    // Started on the next microtask, after the run is registered: `start` may fire listeners that
    // ask for the same key at once (a state change that wakes the portal listing), and they must
    // join this run instead of starting a second one.
    const promise = Promise.resolve()
      .then(start)
      .finally(() => {
        if (this.#running.get(key) === promise) this.#running.delete(key);
      });
    this.#running.set(key, promise);
    return promise;
  }

  /** The run in flight for this key, if any. */
  current(key: string): Promise<T> | undefined {
    return this.#running.get(key);
  }

  /** Resolves when every run in flight now has settled (whatever the outcome). */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.#running.values()]);
  }
}
