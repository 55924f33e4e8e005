// One refresh-token grant and what its outcome means for the session. Only the service's own
// modelled answers that really end a session (InvalidGrant, ExpiredToken; InvalidClient for the
// registration) sign the user out and delete the refresh token. Anything else (a proxy's or WAF's
// 403/404, a 5xx, throttling, a reset, a hang, an answer we cannot read) is temporary: the token
// is kept and the refresh retried with backoff, since deleting it would force a needless sign-in.
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

function unexpectedAnswer(cause: OidcError): AppError {
  return new AppError('service-unavailable', 'IAM Identity Center gave an unexpected answer while renewing the session.', { cause });
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
    case 'invalid-client':
    case 'unauthorized-client':
      return { kind: 'session-ended', error: sessionEnded, registrationInvalid: true };
    case 'invalid-grant':
    case 'expired-token':
      return { kind: 'session-ended', error: sessionEnded, registrationInvalid: false };
    case 'network':
    case 'timeout':
    case 'untrusted-certificate':
    case 'proxy-authentication':
    case 'server':
    case 'throttled':
    case 'cancelled':
      // A trust store or proxy setting to fix is transient too: the token stays good meanwhile.
      return { kind: 'transient', error };
    case 'access-denied':
    case 'invalid-request':
    case 'rejected':
    case 'authorization-pending':
    case 'slow-down':
    case 'unknown':
      // Not an answer the service gives to end a session (a proxy page, an odd status): keep the token.
      return { kind: 'transient', error: unexpectedAnswer(error) };
  }
}
