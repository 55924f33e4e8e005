// The settings as they are now, shared by every area that keeps something in them (instances
// today; favourites, aliases and portal preferences next). Saves are serialised, and each change
// is applied to the newest value, so two areas saving at once cannot undo each other's edit.
import { Emitter } from '../events/emitter';
import type { Settings } from './settings-schema';
import type { SettingsStore } from './settings-store';

export class LiveSettings {
  #current: Settings;
  #queue: Promise<unknown> = Promise.resolve();
  readonly #changed = new Emitter<Settings>();
  readonly onDidChange = this.#changed.event;

  constructor(
    initial: Settings,
    private readonly store: SettingsStore,
  ) {
    this.#current = initial;
  }

  get current(): Settings {
    return this.#current;
  }

  /** Applies `change` to the newest settings, saves, then publishes; the file is written first. */
  update(change: (current: Settings) => Settings): Promise<Settings> {
    const run = this.#queue.then(async () => {
      const next = change(this.#current);
      await this.store.save(next);
      this.#current = next;
      this.#changed.fire(next);
      return next;
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }
}
