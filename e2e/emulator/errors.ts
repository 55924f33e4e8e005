// AWS error replies, in the shapes the SDK and the CLI parse (docs/aws-wire.md §1.3 and §2):
// the modelled status, `x-amzn-errortype: <ShortName>` (which the SDK uses to pick the exception
// class) and the service's body. Never a body `code` key: the SDK would read it before the header.
import { htmlReply, jsonReply, textReply, type Reply } from './reply';
import { errorPage } from './pages';

/** SSO OIDC exceptions: modelled HTTP status and the OAuth `error` value (docs/aws-wire.md §1.3 table). */
export const OIDC_ERRORS = {
  AccessDeniedException: { status: 400, error: 'access_denied' },
  AuthorizationPendingException: { status: 400, error: 'authorization_pending' },
  ExpiredTokenException: { status: 400, error: 'expired_token' },
  InternalServerException: { status: 500, error: 'server_error' },
  InvalidClientException: { status: 401, error: 'invalid_client' },
  InvalidClientMetadataException: { status: 400, error: 'invalid_client_metadata' },
  InvalidGrantException: { status: 400, error: 'invalid_grant' },
  InvalidRedirectUriException: { status: 400, error: 'invalid_redirect_uri' },
  InvalidRequestException: { status: 400, error: 'invalid_request' },
  InvalidScopeException: { status: 400, error: 'invalid_scope' },
  SlowDownException: { status: 400, error: 'slow_down' },
  UnauthorizedClientException: { status: 400, error: 'unauthorized_client' },
  UnsupportedGrantTypeException: { status: 400, error: 'unsupported_grant_type' },
  // Not in the OIDC model: the SDK throws SSOOIDCServiceException named so, and retries the 429.
  TooManyRequestsException: { status: 429, error: 'too_many_requests' },
} as const;

export type OidcErrorName = keyof typeof OIDC_ERRORS;

/** SSO portal exceptions and their statuses (docs/aws-wire.md §2). InternalServerException is not modelled there. */
export const PORTAL_ERRORS = {
  InvalidRequestException: 400,
  UnauthorizedException: 401,
  ResourceNotFoundException: 404,
  TooManyRequestsException: 429,
  InternalServerException: 500,
} as const;

export type PortalErrorName = keyof typeof PORTAL_ERRORS;

/** Thrown by OIDC handlers; the server turns it into the AWS error reply. */
export class OidcError extends Error {
  constructor(
    readonly type: OidcErrorName,
    readonly description: string,
  ) {
    super(`${type}: ${description}`);
  }
}

/** Thrown by portal handlers. */
export class PortalError extends Error {
  constructor(
    readonly type: PortalErrorName,
    message: string,
  ) {
    super(message);
  }
}

/** Thrown by browser-facing handlers (/device, /authorize, /federation login): an HTML error page. */
export class PageError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    message: string,
  ) {
    super(message);
  }
}

/** Thrown by plain HTTP handlers (getSigninToken, admin): a text or JSON message. */
export class PlainError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function oidcErrorReply(type: OidcErrorName, description: string): Reply {
  const { status, error } = OIDC_ERRORS[type];
  // The real service sends no `message` (docs/aws-wire.md §1.3 item 7): clients must read error_description.
  return jsonReply(status, { error, error_description: description }, { 'x-amzn-errortype': type });
}

export function portalErrorReply(type: PortalErrorName, message: string): Reply {
  return jsonReply(PORTAL_ERRORS[type], { message }, { 'x-amzn-errortype': type });
}

/** Which wire dialect a route speaks, so throttling and faults answer in the caller's format. */
export type Family = 'oidc' | 'portal' | 'page' | 'plain';

/** True for the errors handlers throw on purpose; anything else is an emulator bug worth logging. */
export function isDeliberate(error: unknown): boolean {
  return error instanceof OidcError || error instanceof PortalError || error instanceof PageError || error instanceof PlainError;
}

export function errorReplyFor(family: Family, error: unknown): Reply {
  if (error instanceof OidcError) return oidcErrorReply(error.type, error.description);
  if (error instanceof PortalError) return portalErrorReply(error.type, error.message);
  if (error instanceof PageError) return htmlReply(error.status, errorPage(error.title, error.message));
  if (error instanceof PlainError) return family === 'plain' ? textReply(error.status, error.message) : jsonReply(error.status, { message: error.message });
  return serverErrorReply(family, `Internal error: ${(error as Error)?.message ?? String(error)}`);
}

export function throttledReply(family: Family): Reply {
  const message = 'Rate exceeded';
  if (family === 'oidc') return oidcErrorReply('TooManyRequestsException', message);
  if (family === 'portal') return portalErrorReply('TooManyRequestsException', message);
  return textReply(429, message);
}

export function serverErrorReply(family: Family, message = 'Injected fault: internal server error'): Reply {
  if (family === 'oidc') return oidcErrorReply('InternalServerException', message);
  if (family === 'portal') return portalErrorReply('InternalServerException', message);
  return textReply(500, message);
}

/** The `x-amzn-errortype` a failing account (faults.failAccounts) answers with, by status. */
const FAILED_ACCOUNT_ERRORS: Record<number, string> = {
  400: 'InvalidRequestException',
  401: 'UnauthorizedException',
  // Seen from /federation/credentials in the field, though not in the model (docs/aws-wire.md §2).
  403: 'ForbiddenException',
  404: 'ResourceNotFoundException',
  429: 'TooManyRequestsException',
  500: 'InternalServerException',
  503: 'ServiceUnavailableException',
};

/** The portal-format answer of an account named in faults.failAccounts. */
export function failedAccountReply(status: number, accountId: string): Reply {
  const type = FAILED_ACCOUNT_ERRORS[status] ?? 'InternalServerException';
  return jsonReply(status, { message: `Injected fault: account ${accountId} fails` }, { 'x-amzn-errortype': type });
}
