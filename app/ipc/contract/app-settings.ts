// The settings screen: the app's own settings (model/app-settings.ts), read whole and changed a
// group at a time. Main keeps them in settings.json; every change is pushed as `settings-changed`.
import { z } from 'zod';
import { AppSettingsPatchSchema, AppSettingsSchema } from '../../model/app-settings';
import { defineEvents, defineRequests } from '../define';

export const appSettingsRequests = defineRequests({
  'settings:get': { input: z.void(), output: AppSettingsSchema },
  /** Merges each group given over the current one; answers the settings as saved. */
  'settings:update': { input: AppSettingsPatchSchema, output: AppSettingsSchema },
});

export const appSettingsEvents = defineEvents({
  'settings-changed': AppSettingsSchema,
});
