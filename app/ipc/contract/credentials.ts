// Role credentials for a terminal or a tool. The page never receives them: it asks main to copy
// them in a format (main writes the system clipboard) and gets back only when they expire; the
// dialog's preview shows the key id masked and nothing of the secret key or the session token.
import { z } from 'zod';
import { ExportFormatSchema } from '../../model/export-format-schema';
import { RoleKeySchema } from '../../model/preferences-schema';
import { defineEvents, defineRequests } from '../define';

/** Every export format, plus the `~/.aws/credentials` snippet of the access-keys dialog. */
export const CopyFormatSchema = z.union([ExportFormatSchema, z.literal('credentials-file')]);
export type CopyFormat = z.infer<typeof CopyFormatSchema>;

export const CredentialsPreviewSchema = z.object({
  /** First four and last four characters, e.g. `ASIA…XYZ1`. */
  maskedAccessKeyId: z.string(),
  /** Epoch ms. */
  expiresAt: z.number(),
  /** The region the exports set (AWS_REGION, AWS_DEFAULT_REGION), when the role has one. */
  region: z.string().optional(),
  /** The section the credentials-file snippet writes, e.g. `111111111111_ReadOnly`. */
  profileName: z.string(),
  /** `credential_process = <helper> --instance URL --account ID --role NAME`, when the host knows the helper's command. Not secret. */
  credentialProcessLine: z.string().optional(),
});
export type CredentialsPreview = z.infer<typeof CredentialsPreviewSchema>;

export const credentialsRequests = defineRequests({
  /**
   * Main fetches the role's credentials, formats them (the user's `credentials.quickCopyFormat`
   * when no format is given) and writes the clipboard; answers the expiry only.
   */
  'credentials:copy': { input: RoleKeySchema.extend({ format: CopyFormatSchema.optional() }), output: z.object({ expiresAt: z.number() }) },
  /** What the dialog shows: a masked key id, the expiry and the region. Never a secret. */
  'credentials:preview': { input: RoleKeySchema, output: CredentialsPreviewSchema },
  /** Main writes the role's `credential_process` line to the clipboard ('not-found' when the host has no helper command). */
  'credentials:copy-process-line': { input: RoleKeySchema, output: z.void() },
});

export const credentialsEvents = defineEvents({});
