// A minimal typed event source: services expose `onDidX(listener)` returning its own unsubscribe.

export type Listener<T> = (value: T) => void;

export class Emitter<T> {
  readonly #listeners = new Set<Listener<T>>();

  /** Subscribe; the returned function unsubscribes. */
  readonly event = (listener: Listener<T>): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  fire(value: T): void {
    for (const listener of [...this.#listeners]) listener(value);
  }

  clear(): void {
    this.#listeners.clear();
  }
}
