// Signing in and out of an instance. Progress and outcomes arrive as `instances-changed`
// (contract/instances.ts): the session state is part of each instance's view.
import { z } from 'zod';
import { SignInMethodSchema } from '../../model/instance';
import { defineEvents, defineRequests } from '../define';
import { InstanceIdSchema, InstanceRefSchema } from './instances';

export const sessionRequests = defineRequests({
  /** Starts a sign-in and returns at once; progress arrives as `instances-changed`. */
  'sessions:sign-in': { input: z.object({ instanceId: InstanceIdSchema, method: SignInMethodSchema.optional() }), output: z.void() },
  'sessions:cancel-sign-in': { input: InstanceRefSchema, output: z.void() },
  /** Opens the waiting sign-in page again: the authorize URL or the device verification link. */
  'sessions:open-sign-in-page': { input: InstanceRefSchema, output: z.void() },
  'sessions:sign-out': { input: InstanceRefSchema, output: z.void() },
});

export const sessionEvents = defineEvents({});
