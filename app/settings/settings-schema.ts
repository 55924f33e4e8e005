// The settings file: non-secret preferences and the list of instances. Versioned; older files are
// brought up to date by the step table in settings-migrations.ts. No token ever goes in here.
import { z } from 'zod';
import { InstanceSchema } from '../model/instance';

export const currentSettingsVersion = 1;

/** Preferences of the portal list. Optional as a whole: files from before it load unchanged. */
export const PortalPreferences = z.object({
  /** How often a signed-in instance's list refreshes by itself, in minutes (5 min to a day). */
  refreshIntervalMinutes: z.number().int().min(5).max(24 * 60).default(60),
});
export type PortalPreferences = z.infer<typeof PortalPreferences>;

export const Settings = z.object({
  version: z.literal(currentSettingsVersion),
  instances: z.array(InstanceSchema),
  portal: PortalPreferences.optional(),
});

export type Settings = z.infer<typeof Settings>;

export function defaultSettings(): Settings {
  return { version: currentSettingsVersion, instances: [] };
}
