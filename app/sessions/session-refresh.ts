// One refresh-token grant and what its outcome means for the session. A refresh that the service
// refuses (the refresh token or the client is no longer valid) ends the session: the user must sign
// in again. A refresh that could not reach the service, or was throttled, is retried later.
import { canRefreshWith, type ClientRegistration } from '../auth/client-registration';
import type { OidcClient, TokenGrant } from '../aws/oidc-client';
import { OidcError } from '../aws/oidc-errors';
import { AppError } from '../ipc/result';

export type RefreshOutcome =
  | { readonly kind: 'refreshed'; readonly grant: TokenGrant }
  | { readonly kind: 'session-ended'; readonly error: AppError; readonly registrationInvalid: boolean }
  | { readonly kind: 'transient'; readonly error: AppError };

export interface RefreshRequest {
  readonly oidc: OidcClient;
  readonly registration: ClientRegistration | undefined;
  readonly refreshToken: string | undefined;
  readonly now: number;
  readonly signal?: AbortSignal;
}

const sessionEnded = new AppError('token-expired', 'Your IAM Identity Center session has ended. Sign in again.');

export async function refreshSession(request: RefreshRequest): Promise<RefreshOutcome> {
  if (!request.refreshToken) return { kind: 'session-ended', error: sessionEnded, registrationInvalid: false };
  if (!canRefreshWith(request.registration, request.now)) {
    return { kind: 'session-ended', error: sessionEnded, registrationInvalid: true };
  }
  try {
    const grant = await request.oidc.refresh(request.registration, request.refreshToken, request.signal);
    return { kind: 'refreshed', grant };
  } catch (error) {
    return classifyRefreshFailure(error);
  }
}

/** Pure: which failures end the session and which are worth retrying. */
export function classifyRefreshFailure(error: unknown): Exclude<RefreshOutcome, { kind: 'refreshed' }> {
  if (!(error instanceof OidcError)) {
    const appError = error instanceof AppError ? error : new AppError('internal', 'The session could not be refreshed.', { cause: error });
    return { kind: 'transient', error: appError };
  }
  switch (error.kind) {
    case 'network':
    case 'server':
    case 'throttled':
    case 'cancelled':
      return { kind: 'transient', error };
    case 'invalid-client':
    case 'unauthorized-client':
      return { kind: 'session-ended', error: sessionEnded, registrationInvalid: true };
    case 'invalid-grant':
    case 'expired-token':
    case 'access-denied':
    case 'invalid-request':
    case 'rejected':
    case 'authorization-pending':
    case 'slow-down':
    case 'unknown':
      return { kind: 'session-ended', error: sessionEnded, registrationInvalid: false };
  }
}
