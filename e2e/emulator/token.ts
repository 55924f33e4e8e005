// SSO OIDC CreateToken (`POST /token`) for the device code (RFC 8628), refresh token (rotated on
// every use) and authorization code + PKCE (RFC 7636) grants. Error choices follow docs/aws-wire.md §1.3/§1.4.
import { z } from 'zod';
import { parseJsonBody, type Context, type EmulatorRequest } from './context';
import { OidcError } from './errors';
import { authenticateClient } from './oidc';
import { verifyS256 } from './pkce';
import { jsonReply, type Reply } from './reply';
import { AUTHORIZATION_CODE_GRANT, DEVICE_CODE_GRANT, REFRESH_TOKEN_GRANT, allowsGrant, issuesRefreshTokens, type IssuedTokens, type Registration } from './state';

const createTokenSchema = z.object({
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  grantType: z.string().min(1),
  deviceCode: z.string().optional(),
  code: z.string().optional(),
  refreshToken: z.string().optional(),
  redirectUri: z.string().optional(),
  codeVerifier: z.string().optional(),
  scope: z.array(z.string()).optional(),
});

type CreateTokenInput = z.infer<typeof createTokenSchema>;

/** A poll this much early is forgiven: timers and the network add jitter, a fake clock adds none. */
const POLL_TOLERANCE_MS = 50;
const SLOW_DOWN_STEP_SECONDS = 5;

export function createToken(context: Context, request: EmulatorRequest): Reply {
  if (request.url.searchParams.has('aws_iam')) throw new OidcError('InvalidRequestException', 'CreateTokenWithIAM is not emulated');
  const input = parseJsonBody(request, createTokenSchema);
  const registration = authenticateClient(context, input.clientId, input.clientSecret);
  const grant = GRANTS[input.grantType];
  if (!grant) throw new OidcError('UnsupportedGrantTypeException', `Unsupported grant type: ${input.grantType}`);
  if (!allowsGrant(registration, input.grantType)) throw new OidcError('UnauthorizedClientException', `This client is not registered for the ${input.grantType} grant`);
  const tokens = grant(context, registration, input);
  return jsonReply(200, { accessToken: tokens.accessToken, tokenType: 'Bearer', expiresIn: tokens.expiresIn, ...(tokens.refreshToken ? { refreshToken: tokens.refreshToken } : {}) });
}

type Grant = (context: Context, registration: Registration, input: CreateTokenInput) => IssuedTokens;

const GRANTS: Record<string, Grant | undefined> = {
  [DEVICE_CODE_GRANT]: deviceCodeGrant,
  [REFRESH_TOKEN_GRANT]: refreshTokenGrant,
  [AUTHORIZATION_CODE_GRANT]: authorizationCodeGrant,
};

function required(value: string | undefined, name: string): string {
  if (!value) throw new OidcError('InvalidRequestException', `${name} is required for this grant type`);
  return value;
}

function deviceCodeGrant(context: Context, registration: Registration, input: CreateTokenInput): IssuedTokens {
  const deviceCode = required(input.deviceCode, 'deviceCode');
  const device = context.state.devicesByCode.get(deviceCode);
  if (!device || device.clientId !== registration.clientId) throw new OidcError('InvalidGrantException', 'Invalid device code provided');
  if (device.status === 'redeemed') throw new OidcError('InvalidGrantException', 'Device code has already been used');
  const nowMs = context.now();
  if (nowMs >= device.expiresAtMs) throw new OidcError('ExpiredTokenException', 'Device code has expired');

  // RFC 8628 §3.5: polling faster than `interval` earns slow_down, and the interval grows by 5 s
  // for this and every later request, so a client that ignores slow_down keeps getting it.
  const previousPollMs = device.lastPolledAtMs;
  device.lastPolledAtMs = nowMs;
  if (previousPollMs !== undefined && nowMs - previousPollMs + POLL_TOLERANCE_MS < device.intervalSeconds * 1000) {
    device.intervalSeconds += SLOW_DOWN_STEP_SECONDS;
    throw new OidcError('SlowDownException', `Client is polling too fast; wait at least ${device.intervalSeconds} seconds between requests`);
  }

  switch (device.status) {
    case 'pending':
      throw new OidcError('AuthorizationPendingException', 'Authorization is still pending');
    case 'denied':
      throw new OidcError('AccessDeniedException', 'The user denied the authorization request');
    case 'approved': {
      device.status = 'redeemed';
      const settings = context.settings();
      const session = context.state.startSession(device.instance, device.userName ?? '', registration.clientId, settings, nowMs);
      return context.state.issueTokens(session, issuesRefreshTokens(registration), settings, nowMs);
    }
  }
}

function refreshTokenGrant(context: Context, registration: Registration, input: CreateTokenInput): IssuedTokens {
  const refreshToken = required(input.refreshToken, 'refreshToken');
  const nowMs = context.now();
  const session = context.state.redeemRefreshToken(refreshToken, registration.clientId, nowMs);
  switch (session) {
    case 'unknown':
    case 'other-client':
      throw new OidcError('InvalidGrantException', 'Invalid refresh token provided');
    case 'reused':
      throw new OidcError('InvalidGrantException', 'Refresh token has already been used (refresh tokens rotate on every use)');
    case 'revoked':
      throw new OidcError('InvalidGrantException', 'The session of this refresh token was signed out or revoked');
    case 'expired':
      throw new OidcError('InvalidGrantException', 'Refresh token has expired');
    default:
      // Always a new refresh token: the JS SDK drops the key from its cache file otherwise (docs/aws-wire.md §5.2).
      return context.state.issueTokens(session, true, context.settings(), nowMs);
  }
}

function authorizationCodeGrant(context: Context, registration: Registration, input: CreateTokenInput): IssuedTokens {
  const code = required(input.code, 'code');
  const redirectUri = required(input.redirectUri, 'redirectUri');
  const codeVerifier = required(input.codeVerifier, 'codeVerifier');
  const grant = context.state.authorizationCodes.get(code);
  if (!grant || grant.clientId !== registration.clientId) throw new OidcError('InvalidGrantException', 'Invalid authorization code provided');
  const nowMs = context.now();
  if (nowMs >= grant.expiresAtMs) throw new OidcError('ExpiredTokenException', 'Authorization code has expired');
  // RFC 6749 §4.1.3: the same redirect_uri, byte for byte, as the one sent to /authorize.
  if (redirectUri !== grant.redirectUri) throw new OidcError('InvalidGrantException', 'redirectUri does not match the one used at /authorize');
  if (!verifyS256(codeVerifier, grant.codeChallenge)) throw new OidcError('InvalidGrantException', 'codeVerifier does not match the code_challenge');
  context.state.authorizationCodes.delete(code);
  const settings = context.settings();
  const session = context.state.startSession(grant.instance, grant.userName, registration.clientId, settings, nowMs);
  return context.state.issueTokens(session, issuesRefreshTokens(registration), settings, nowMs);
}
