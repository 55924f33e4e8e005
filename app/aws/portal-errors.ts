// Maps what the SSO portal SDK throws to the kinds the listing and role credentials branch on.
// Portal errors carry their text in `message` (unlike OIDC), docs/aws-wire.md §2.
import { AppError, type ErrorCode } from '../ipc/result';
import { redactText } from '../logging/redact';
import {
  isAbortError,
  isNetworkError,
  isProxyAuthenticationError,
  isTimeoutError,
  isUntrustedCertificateError,
  proxyAuthenticationMessage,
  untrustedCertificateMessage,
} from './network-errors';

export type PortalErrorKind =
  /** The access token was refused (expired on the server, or the session was revoked). */
  | 'unauthorized'
  | 'throttled'
  /** The account or role is no longer assigned to the user. */
  | 'not-found'
  | 'forbidden'
  | 'invalid-request'
  | 'server'
  | 'network'
  | 'timeout'
  /** The TLS chain ends at a CA this process does not trust: retrying will not help. */
  | 'untrusted-certificate'
  | 'proxy-authentication'
  | 'cancelled'
  | 'unknown';

export class PortalError extends AppError {
  constructor(
    readonly kind: PortalErrorKind,
    code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
  }

  /** Worth another attempt after a pause: the trouble is on the way, not in the request. */
  get isTransient(): boolean {
    return this.kind === 'server' || this.kind === 'network' || this.kind === 'timeout' || this.kind === 'unknown';
  }
}

const kindsByName: Readonly<Record<string, PortalErrorKind>> = {
  UnauthorizedException: 'unauthorized',
  TooManyRequestsException: 'throttled',
  ResourceNotFoundException: 'not-found',
  InvalidRequestException: 'invalid-request',
  ForbiddenException: 'forbidden',
};

export function classifyPortalError(error: unknown, host: string): PortalError {
  if (error instanceof PortalError) return error;
  const kind = kindOf(error);
  const [code, message] = describe(kind, host, detailOf(error));
  return new PortalError(kind, code, message, { cause: error });
}

function kindOf(error: unknown): PortalErrorKind {
  if (isAbortError(error)) return 'cancelled';
  if (isUntrustedCertificateError(error)) return 'untrusted-certificate';
  if (isProxyAuthenticationError(error)) return 'proxy-authentication';
  if (isTimeoutError(error)) return 'timeout';
  if (isNetworkError(error)) return 'network';
  if (typeof error !== 'object' || error === null) return 'unknown';
  const { name, $metadata } = error as { name?: unknown; $metadata?: { httpStatusCode?: number } };
  if (typeof name === 'string' && kindsByName[name]) return kindsByName[name];
  const status = $metadata?.httpStatusCode;
  if (status === 429) return 'throttled';
  if (status === 401) return 'unauthorized';
  if (status !== undefined && status >= 500) return 'server';
  if (name === 'SyntaxError') return 'server';
  return 'unknown';
}

function detailOf(error: unknown): string | undefined {
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  return typeof message === 'string' && message && message !== 'UnknownError' ? redactText(message).slice(0, 200) : undefined;
}

function describe(kind: PortalErrorKind, host: string, detail: string | undefined): [ErrorCode, string] {
  switch (kind) {
    case 'unauthorized':
      return ['token-expired', 'IAM Identity Center no longer accepts this sign-in. Sign in again.'];
    case 'throttled':
      return ['throttled', 'IAM Identity Center is receiving too many requests. The app slows down and tries again.'];
    case 'not-found':
      return ['not-found', 'This account or permission set is no longer assigned to you.'];
    case 'forbidden':
      return ['access-denied', `IAM Identity Center refused the request${detail ? ` (${detail})` : ''}.`];
    case 'invalid-request':
      return ['invalid-input', `IAM Identity Center could not use the request${detail ? ` (${detail})` : ''}.`];
    case 'server':
      return ['service-unavailable', `IAM Identity Center at ${host} had a problem answering. The app tries again.`];
    case 'network':
      return ['network', `Cannot reach IAM Identity Center at ${host}. Check your connection or VPN.`];
    case 'timeout':
      return ['network', `IAM Identity Center at ${host} did not answer in time.`];
    case 'untrusted-certificate':
      return ['network', untrustedCertificateMessage(host)];
    case 'proxy-authentication':
      return ['network', proxyAuthenticationMessage(host)];
    case 'cancelled':
      return ['cancelled', 'The request was cancelled.'];
    case 'unknown':
      return ['service-unavailable', `IAM Identity Center at ${host} gave an unexpected answer.`];
  }
}
