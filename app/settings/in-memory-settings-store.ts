// Settings kept in memory: for tests and for a dev web host that should not touch the user's files.
import { defaultSettings, type Settings } from './settings-schema';
import type { SettingsLoadResult, SettingsStore } from './settings-store';

export class InMemorySettingsStore implements SettingsStore {
  #settings: Settings;

  constructor(initial: Settings = defaultSettings()) {
    this.#settings = initial;
  }

  async load(): Promise<SettingsLoadResult> {
    return { settings: this.#settings };
  }

  async save(settings: Settings): Promise<void> {
    this.#settings = settings;
  }

  get current(): Settings {
    return this.#settings;
  }
}
