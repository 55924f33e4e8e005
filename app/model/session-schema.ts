// The sign-in state as a schema: the one definition, which the contract sends and the type derives
// from. Apart from session.ts so that the page, which needs only the type and the two predicates,
// loads no zod.
import { z } from 'zod';
import { errorCodes } from '../ipc/result';

export const SessionStateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('signed-out') }),
  /** A sign-in is talking to the service (registration, device authorization); it can be cancelled. */
  z.object({ kind: z.literal('starting-sign-in') }),
  /** The browser was asked to open the authorize page; the URL is shown as a fallback link. */
  z.object({ kind: z.literal('awaiting-browser'), authorizeUrl: z.string() }),
  z.object({
    kind: z.literal('awaiting-device-code'),
    userCode: z.string(),
    verificationUri: z.string(),
    verificationUriComplete: z.string(),
    expiresAt: z.number(),
  }),
  z.object({
    kind: z.literal('signed-in'),
    accessTokenExpiresAt: z.number(),
    /** When the whole sign-in session (the refresh token) ends, if the service told us. */
    sessionExpiresAt: z.number().optional(),
    /** When the user signed in (absent for a session stored before this was recorded). */
    signedInAt: z.number().optional(),
  }),
  z.object({ kind: z.literal('refreshing'), accessTokenExpiresAt: z.number(), signedInAt: z.number().optional() }),
  /**
   * The access token ran out while the service could not be reached (network, throttling, 5xx):
   * the session is not over, the app retries by itself at `retryAt`. Temporary trouble, shown quietly.
   */
  z.object({ kind: z.literal('reconnecting'), accessTokenExpiresAt: z.number(), retryAt: z.number(), message: z.string() }),
  /** The refresh token was rejected or ran out: one click signs in again. */
  z.object({ kind: z.literal('expired') }),
  z.object({ kind: z.literal('error'), code: z.enum(errorCodes), message: z.string() }),
]);
export type SessionState = Readonly<z.infer<typeof SessionStateSchema>>;
