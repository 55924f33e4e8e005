// Instances and their sign-in sessions, plus the app's notices. Nothing here carries a token or a
// secret: sessions cross as SessionState (links, user codes, expiry times only).
import { z } from 'zod';
import { errorCodes } from '../result';
import { partitions } from '../../model/regions';
import { defineEvents, defineRequests } from '../define';

const SignInMethod = z.enum(['browser', 'device-code']);
const InstanceId = z.string().min(1).max(64);

export const SessionStateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('signed-out') }),
  z.object({ kind: z.literal('awaiting-browser'), authorizeUrl: z.string() }),
  z.object({
    kind: z.literal('awaiting-device-code'),
    userCode: z.string(),
    verificationUri: z.string(),
    verificationUriComplete: z.string(),
    expiresAt: z.number(),
  }),
  z.object({ kind: z.literal('signed-in'), accessTokenExpiresAt: z.number(), sessionExpiresAt: z.number().optional() }),
  z.object({ kind: z.literal('refreshing'), accessTokenExpiresAt: z.number() }),
  z.object({ kind: z.literal('expired') }),
  z.object({ kind: z.literal('error'), code: z.enum(errorCodes), message: z.string() }),
]);

export const InstanceViewSchema = z.object({
  id: z.string(),
  startUrl: z.string(),
  region: z.string(),
  partition: z.enum(partitions),
  displayName: z.string(),
  signInMethod: SignInMethod,
  session: SessionStateSchema,
  remembered: z.boolean(),
});

export const NoticeSchema = z.object({
  id: z.string(),
  kind: z.enum(['session-expired', 'keychain-unavailable', 'settings-reset']),
  level: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  instanceId: z.string().optional(),
  action: z.object({ kind: z.literal('sign-in'), instanceId: z.string() }).optional(),
  createdAt: z.number(),
});

const InstanceRef = z.object({ instanceId: InstanceId });

export const sessionRequests = defineRequests({
  'instances:list': { input: z.void(), output: z.array(InstanceViewSchema) },
  'instances:add': {
    input: z.object({
      startUrl: z.string().max(2048),
      region: z.string().max(64),
      displayName: z.string().max(200).optional(),
      signInMethod: SignInMethod.optional(),
    }),
    output: InstanceViewSchema,
  },
  'instances:update': {
    input: z.object({ instanceId: InstanceId, displayName: z.string().max(200).optional(), signInMethod: SignInMethod.optional() }),
    output: InstanceViewSchema,
  },
  /** Signs out (portal logout, secrets deleted) and removes the instance. */
  'instances:remove': { input: InstanceRef, output: z.void() },
  /** Starts a sign-in and returns at once; progress arrives as `instances-changed`. */
  'sessions:sign-in': { input: z.object({ instanceId: InstanceId, method: SignInMethod.optional() }), output: z.void() },
  'sessions:cancel-sign-in': { input: InstanceRef, output: z.void() },
  /** Opens the waiting sign-in page again: the authorize URL or the device verification link. */
  'sessions:open-sign-in-page': { input: InstanceRef, output: z.void() },
  'sessions:sign-out': { input: InstanceRef, output: z.void() },
  'app:get-notices': { input: z.void(), output: z.array(NoticeSchema) },
  'app:dismiss-notice': { input: z.object({ noticeId: z.string().max(200) }), output: z.void() },
});

export const sessionEvents = defineEvents({
  /** The full list of instances with their session state, after any change. */
  'instances-changed': z.array(InstanceViewSchema),
  /** The full list of notices, after any change. */
  'notices-changed': z.array(NoticeSchema),
});
