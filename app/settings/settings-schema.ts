// The settings file: non-secret preferences and the list of instances. Versioned; older files are
// brought up to date by the step table in settings-migrations.ts. No token ever goes in here.
import { z } from 'zod';
import { InstanceSchema } from '../model/instance';

export const currentSettingsVersion = 1;

export const Settings = z.object({
  version: z.literal(currentSettingsVersion),
  instances: z.array(InstanceSchema),
});

export type Settings = z.infer<typeof Settings>;

export function defaultSettings(): Settings {
  return { version: currentSettingsVersion, instances: [] };
}
