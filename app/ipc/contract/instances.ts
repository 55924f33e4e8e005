// The user's list of IAM Identity Center instances, each with its session state. Nothing here
// carries a token: sessions cross as SessionState (links, user codes, expiry times only).
import { z } from 'zod';
import { SignInMethodSchema } from '../../model/instance';
import { InstanceViewSchema } from '../../model/instance-view';
import { defineEvents, defineRequests } from '../define';

export const InstanceIdSchema = z.string().min(1).max(64);
export const InstanceRefSchema = z.object({ instanceId: InstanceIdSchema });

export const instanceRequests = defineRequests({
  'instances:list': { input: z.void(), output: z.array(InstanceViewSchema) },
  'instances:add': {
    input: z.object({
      startUrl: z.string().max(2048),
      region: z.string().max(64),
      displayName: z.string().max(200).optional(),
      signInMethod: SignInMethodSchema.optional(),
    }),
    output: InstanceViewSchema,
  },
  'instances:update': {
    input: z.object({ instanceId: InstanceIdSchema, displayName: z.string().max(200).optional(), signInMethod: SignInMethodSchema.optional() }),
    output: InstanceViewSchema,
  },
  /** Signs out (portal logout, secrets deleted) and removes the instance. */
  'instances:remove': { input: InstanceRefSchema, output: z.void() },
});

export const instanceEvents = defineEvents({
  /** The full list of instances with their session state, after any change. */
  'instances-changed': z.array(InstanceViewSchema),
});
