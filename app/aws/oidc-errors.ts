// Maps what the SSO OIDC SDK throws to our error kinds and user-facing messages. The SDK picks the
// exception class from the x-amzn-errortype header, and the real service sends no `message`, so
// e.message is "UnknownError": the text to use is `error_description` (docs/aws-wire.md §1.3).
import { AppError, type ErrorCode } from '../ipc/result';
import { redactText } from '../logging/redact';
import { quoteText } from '../model/display-text';
import {
  isAbortError,
  isNetworkError,
  isProxyAuthenticationError,
  isTimeoutError,
  isUntrustedCertificateError,
  proxyAuthenticationMessage,
  untrustedCertificateMessage,
} from './network-errors';

export type OidcErrorKind =
  | 'authorization-pending'
  | 'slow-down'
  | 'expired-token'
  | 'access-denied'
  | 'invalid-grant'
  | 'invalid-client'
  | 'invalid-request'
  | 'unauthorized-client'
  | 'rejected'
  | 'throttled'
  | 'server'
  | 'network'
  /** The service accepted the connection but did not answer in time (sdk-clients.ts timeouts). */
  | 'timeout'
  /** The TLS chain ends at a CA this process does not trust (a TLS-inspecting proxy, usually). */
  | 'untrusted-certificate'
  /** A proxy on the way refused the request until it gets credentials. */
  | 'proxy-authentication'
  | 'cancelled'
  | 'unknown';

const kindsByExceptionName: Readonly<Record<string, OidcErrorKind>> = {
  AuthorizationPendingException: 'authorization-pending',
  SlowDownException: 'slow-down',
  ExpiredTokenException: 'expired-token',
  AccessDeniedException: 'access-denied',
  InvalidGrantException: 'invalid-grant',
  InvalidClientException: 'invalid-client',
  InvalidRequestException: 'invalid-request',
  InvalidRequestRegionException: 'invalid-request',
  UnauthorizedClientException: 'unauthorized-client',
  InvalidScopeException: 'rejected',
  InvalidClientMetadataException: 'rejected',
  InvalidRedirectUriException: 'rejected',
  UnsupportedGrantTypeException: 'rejected',
  InternalServerException: 'server',
  TooManyRequestsException: 'throttled',
  ThrottlingException: 'throttled',
};

/** The OAuth `error` values, for bodies the SDK could not type (name "Unknown"). */
const kindsByOAuthError: Readonly<Record<string, OidcErrorKind>> = {
  authorization_pending: 'authorization-pending',
  slow_down: 'slow-down',
  expired_token: 'expired-token',
  access_denied: 'access-denied',
  invalid_grant: 'invalid-grant',
  invalid_client: 'invalid-client',
  invalid_request: 'invalid-request',
  unauthorized_client: 'unauthorized-client',
  server_error: 'server',
};

/** An OIDC failure with a kind the flows branch on and a message fit for the user. */
export class OidcError extends AppError {
  constructor(
    readonly kind: OidcErrorKind,
    code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
  }
}

export function classifyOidcError(error: unknown, host: string): OidcError {
  if (error instanceof OidcError) return error;
  const kind = kindOf(error);
  const description = descriptionOf(error);
  const [code, message] = describe(kind, host, description);
  return new OidcError(kind, code, message, { cause: error });
}

function kindOf(error: unknown): OidcErrorKind {
  if (isAbortError(error)) return 'cancelled';
  if (isUntrustedCertificateError(error)) return 'untrusted-certificate';
  if (isProxyAuthenticationError(error)) return 'proxy-authentication';
  if (isTimeoutError(error)) return 'timeout';
  if (isNetworkError(error)) return 'network';
  if (typeof error !== 'object' || error === null) return 'unknown';
  const { name, error: oauthError, $metadata } = error as { name?: unknown; error?: unknown; $metadata?: { httpStatusCode?: number } };
  if (typeof name === 'string' && kindsByExceptionName[name]) return kindsByExceptionName[name];
  if (typeof oauthError === 'string' && kindsByOAuthError[oauthError]) return kindsByOAuthError[oauthError];
  const status = $metadata?.httpStatusCode;
  if (status === 429) return 'throttled';
  if (status !== undefined && status >= 500) return 'server';
  // A non-JSON answer (a captive portal, a proxy page) parses as SyntaxError.
  if (name === 'SyntaxError') return 'server';
  return 'unknown';
}

/** Longest server text quoted in a message, in UTF-16 units (a server may send megabytes). */
export const serverTextMaxLength = 200;

function descriptionOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { error_description: description, message } = error as { error_description?: unknown; message?: unknown };
  const text = typeof description === 'string' && description ? description : message !== 'UnknownError' ? message : undefined;
  if (typeof text !== 'string' || !text) return undefined;
  // Cut before redacting (a regex over megabytes is slow), dropping a word the cut went through, so
  // a token cut short cannot slip under the redactor's length; then clean and cut to size.
  const window = serverTextMaxLength * 8;
  const head = text.length > window ? text.slice(0, window).replace(/[A-Za-z0-9+/_=.-]+$/, '') : text;
  return quoteText(redactText(head), serverTextMaxLength) || undefined;
}

function describe(kind: OidcErrorKind, host: string, description: string | undefined): [ErrorCode, string] {
  const detail = description ? ` (${description})` : '';
  switch (kind) {
    case 'network':
      return ['network', `Cannot reach IAM Identity Center at ${host}. Check your connection or VPN.`];
    case 'timeout':
      return ['network', `IAM Identity Center at ${host} did not answer in time. Check your connection or VPN, then try again.`];
    case 'untrusted-certificate':
      return ['network', untrustedCertificateMessage(host)];
    case 'proxy-authentication':
      return ['network', proxyAuthenticationMessage(host)];
    case 'server':
      return ['service-unavailable', `IAM Identity Center at ${host} had a problem answering. Try again in a minute.`];
    case 'throttled':
      return ['throttled', 'IAM Identity Center is receiving too many requests. Try again in a moment.'];
    case 'cancelled':
      return ['cancelled', 'The sign-in was cancelled.'];
    case 'access-denied':
      return ['access-denied', 'The sign-in was denied. Sign in again and choose Allow to give SSO Tray access.'];
    case 'expired-token':
      return ['timed-out', 'The sign-in request expired before it was approved. Sign in again.'];
    case 'invalid-grant':
      return ['token-expired', 'Your IAM Identity Center session has ended. Sign in again.'];
    case 'invalid-client':
      return ['sign-in-failed', `IAM Identity Center no longer accepts this app's registration${detail}. Sign in again.`];
    case 'authorization-pending':
    case 'slow-down':
      return ['sign-in-failed', 'The sign-in has not been approved yet.'];
    case 'invalid-request':
    case 'unauthorized-client':
    case 'rejected':
    case 'unknown':
      return ['sign-in-failed', `IAM Identity Center refused the sign-in${detail}. Check the start URL and region.`];
  }
}
