// The user's AWS files, for the settings screen: a preview (unified diff) of the config sync, the
// sync itself, and the credentials profiles the app keeps filled with a role. Nothing secret
// crosses: the diff hides secret values, and the page never sees the credentials it asks for.
import { z } from 'zod';
import { CredentialsProfileNameSchema, ProfileStyleSchema } from '../../model/app-settings';
import { RoleKeySchema } from '../../model/preferences-schema';
import { defineEvents, defineRequests } from '../define';

/** What the sync writes; each field absent means the setting (profiles.style, profiles.nameTemplate), roles absent means all. */
export const ConfigSyncOptionsSchema = z.object({
  style: ProfileStyleSchema.optional(),
  template: z.string().min(1).max(200).optional(),
  roles: z.array(RoleKeySchema).max(50_000).optional(),
});

const PlannedProfileSchema = z.object({ name: z.string(), role: RoleKeySchema });

export const ConfigSyncResultSchema = z.object({
  /** The config file (AWS_CONFIG_FILE or ~/.aws/config). */
  path: z.string(),
  /** Unified diff of the change ('' when the file is already up to date). */
  diff: z.string(),
  written: z.boolean(),
  profiles: z.array(PlannedProfileSchema),
});

export const ActiveProfileSchema = z.object({ profile: CredentialsProfileNameSchema, role: RoleKeySchema, expiresAt: z.number().optional() });

export const profileRequests = defineRequests({
  /** The diff a sync would write, without writing (the `--dry-run`). */
  'profiles:preview-sync': { input: ConfigSyncOptionsSchema, output: ConfigSyncResultSchema },
  /** Writes the app's sections of the config file; a file the app cannot change safely is 'aws-file-conflict', naming the line. */
  'profiles:sync': { input: ConfigSyncOptionsSchema, output: ConfigSyncResultSchema },
  /** Keeps `profile` in the credentials file filled with the role while the app runs; `role: null` removes it. */
  'profiles:set-active': { input: z.object({ profile: CredentialsProfileNameSchema, role: RoleKeySchema.nullable() }), output: z.void() },
  'profiles:get-active': { input: z.void(), output: z.array(ActiveProfileSchema) },
});

export const profileEvents = defineEvents({
  /**
   * A kept profile's renewal failed (`renewed: false`; the file keeps the last credentials and the
   * app retries each minute) or it holds fresh credentials again (`renewed: true`). No error text:
   * the notification says what the user can do, the log has the cause.
   */
  'profile-renewal': z.object({ profile: CredentialsProfileNameSchema, role: RoleKeySchema, renewed: z.boolean() }),
});
