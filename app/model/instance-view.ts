// What the UI lists: an instance with its session state. Built in app/sessions, sent over IPC.
import { z } from 'zod';
import { InstanceSchema } from './instance';
import { SessionStateSchema } from './session-schema';

export const InstanceViewSchema = InstanceSchema.extend({
  session: SessionStateSchema,
  /** False when no keychain is reachable: the session lasts only until the app quits. */
  remembered: z.boolean(),
});
export type InstanceView = Readonly<z.infer<typeof InstanceViewSchema>>;
