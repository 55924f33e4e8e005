// Something the app tells the user once and keeps until dismissed (a banner or a tray badge), for
// example that a session expired or that sign-ins will not be remembered.
import { z } from 'zod';

export const NoticeSchema = z.object({
  /** Stable per subject (for example `session-expired:<instanceId>`), so a repeat does not pile up. */
  id: z.string(),
  kind: z.enum(['session-expired', 'keychain-unavailable', 'settings-reset', 'sign-in-requested']),
  level: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  instanceId: z.string().optional(),
  action: z.object({ kind: z.literal('sign-in'), instanceId: z.string() }).optional(),
  createdAt: z.number(),
});
export type Notice = Readonly<z.infer<typeof NoticeSchema>>;
export type NoticeKind = Notice['kind'];
export type NoticeAction = NonNullable<Notice['action']>;
