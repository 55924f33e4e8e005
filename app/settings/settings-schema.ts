// The settings file: non-secret preferences and the list of instances. Versioned; older files are
// brought up to date by the step table in settings-migrations.ts. No token ever goes in here.
import { z } from 'zod';
import { partitions } from '../model/regions';

export const currentSettingsVersion = 1;

export const InstanceRecord = z.object({
  id: z.string().min(1).max(64).regex(/^[A-Za-z0-9-]+$/),
  startUrl: z.string().url().startsWith('https://'),
  region: z.string().min(1),
  partition: z.enum(partitions),
  displayName: z.string().min(1).max(200),
  signInMethod: z.enum(['browser', 'device-code']),
});

export const Settings = z.object({
  version: z.literal(currentSettingsVersion),
  instances: z.array(InstanceRecord),
});

export type Settings = z.infer<typeof Settings>;

export function defaultSettings(): Settings {
  return { version: currentSettingsVersion, instances: [] };
}
