// The local socket's protocol: JSON lines, one request and one answer per line, matched by id.
// Only a short allow-list of operations exists (no general access to the core): credentials for
// a role, the account list, and sign-in/out. Every request carries the token the app wrote to a
// user-only file, so a process that can open the socket but not read that file gets nothing.
import { z } from 'zod';
import { SignInMethodSchema } from '../model/instance';
import { PortalAccountSchema } from '../model/portal';
import type { RoleCredentialsAnswer } from './response-line';

/** One line at most this long (a 5,000-account listing is a few MB); longer input closes the connection. */
export const maxRequestLineBytes = 64 * 1024;

const StartUrl = z.string().max(2048).optional();

export const localOperations = {
  'role-credentials': {
    input: z.object({ instance: StartUrl, account: z.string().min(1).max(200), role: z.string().min(1).max(128) }),
    output: z.object({ accessKeyId: z.string(), secretAccessKey: z.string(), sessionToken: z.string(), expiration: z.number(), accountId: z.string(), startUrl: z.string() }),
  },
  accounts: {
    input: z.object({ instance: StartUrl, refresh: z.boolean() }),
    output: z.object({ instance: z.object({ startUrl: z.string(), region: z.string(), displayName: z.string() }), accounts: z.array(PortalAccountSchema) }),
  },
  'sign-in': {
    input: z.object({ instance: StartUrl, region: z.string().max(64).optional(), method: SignInMethodSchema.optional(), shareTokenCache: z.boolean().optional() }),
    output: z.object({ startUrl: z.string(), region: z.string(), displayName: z.string() }),
  },
  'sign-out': {
    input: z.object({ instance: StartUrl }),
    output: z.object({ startUrl: z.string(), region: z.string(), displayName: z.string() }),
  },
} as const;

export type LocalOperation = keyof typeof localOperations;
export type OperationInput<O extends LocalOperation> = z.infer<(typeof localOperations)[O]['input']>;
export type OperationOutput<O extends LocalOperation> = z.infer<(typeof localOperations)[O]['output']>;

export const RequestLineSchema = z.object({
  id: z.number().int().nonnegative(),
  token: z.string().min(1).max(200),
  op: z.string().max(64),
  input: z.unknown(),
});

export type { ResponseLine } from './response-line';

// The CLI reads the credentials answer by hand (response-line.ts, no zod on its hot path); this
// fails to compile when the two drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type AssertTrue<T extends true> = T;
export type RoleAnswerInStep = AssertTrue<Same<RoleCredentialsAnswer, z.infer<(typeof localOperations)['role-credentials']['output']>>>;

export function isLocalOperation(value: string): value is LocalOperation {
  return Object.hasOwn(localOperations, value);
}
