// The app's own settings (model/app-settings.ts) as the settings screen and main's features see
// them: read whole, changed a group at a time through LiveSettings (so a change lands on the newest
// file, after any other area's save), published once saved.
import { Emitter } from '../events/emitter';
import { AppError } from '../ipc/result';
import { AppSettingsPatchSchema, applyAppSettingsPatch, defaultAppSettings, type AppSettings, type AppSettingsPatch } from '../model/app-settings';
import type { LiveSettings } from '../settings/live-settings';

export class AppSettingsService {
  readonly #changed = new Emitter<AppSettings>();
  /** Fires with the new settings after each saved change (whoever changed the file). */
  readonly onDidChange = this.#changed.event;
  readonly #stop: () => void;

  constructor(private readonly settings: LiveSettings) {
    let last = settings.current.appSettings;
    this.#stop = settings.onDidChange((next) => {
      if (next.appSettings === last) return;
      last = next.appSettings;
      this.#changed.fire(next.appSettings ?? defaultAppSettings());
    });
  }

  get(): AppSettings {
    return this.settings.current.appSettings ?? defaultAppSettings();
  }

  /** Applies the patch over the newest settings; a value out of bounds is 'invalid-input', and nothing is saved. */
  async update(patch: AppSettingsPatch): Promise<AppSettings> {
    const parsed = AppSettingsPatchSchema.safeParse(patch);
    if (!parsed.success) throw new AppError('invalid-input', 'These settings are not valid.');
    const saved = await this.settings.update((current) => {
      const before = current.appSettings ?? defaultAppSettings();
      const after = applyAppSettingsPatch(before, parsed.data);
      return JSON.stringify(after) === JSON.stringify(before) ? current : { ...current, appSettings: after };
    });
    return saved.appSettings ?? defaultAppSettings();
  }

  dispose(): void {
    this.#stop();
    this.#changed.clear();
  }
}
