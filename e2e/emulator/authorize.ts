// `GET /authorize` and its consent form (`POST /authorize`): the browser half of the
// authorization-code + PKCE flow (docs/aws-wire.md §1.4, RFC 6749 §4.1, RFC 7636). Problems with the
// client or redirect_uri get an error page (RFC 6749 §4.1.2.1: never redirect to an unverified
// URI); every later problem, and Deny, is reported to the client through the redirect.
import type { Context, EmulatorRequest } from './context';
import { parseFormBody } from './context';
import type { InstanceIndex } from './directory';
import { PageError } from './errors';
import { newAuthorizationCode, newRequestId } from './ids';
import { authorizeConsentPage } from './pages';
import { isValidCodeChallenge, redirectUriMatches } from './pkce';
import { htmlReply, redirectReply, type Reply } from './reply';
import { AUTHORIZATION_CODE_GRANT, allowsGrant, type AuthorizeRequest } from './state';

export function authorizePage(context: Context, request: EmulatorRequest): Reply {
  const query = request.url.searchParams;
  const clientId = query.get('client_id') ?? '';
  const redirectUri = query.get('redirect_uri') ?? '';
  const state = query.get('state') ?? undefined;
  const registration = context.state.registrations.get(clientId);
  if (!registration) throw new PageError(400, 'Unknown client', `No client is registered with client_id "${clientId}".`);
  if (context.now() >= registration.expiresAtMs) throw new PageError(400, 'Client expired', 'The client registration has expired; register again.');
  if (!registration.redirectUris.some((registered) => redirectUriMatches(registered, redirectUri))) {
    throw new PageError(400, 'Invalid redirect_uri', `redirect_uri "${redirectUri}" is not registered for this client.`);
  }

  const fail = (error: string, description: string) => redirectReply(withParams(redirectUri, { error, error_description: description, state }));
  if (query.get('response_type') !== 'code') return fail('unsupported_response_type', 'response_type must be code');
  if (!allowsGrant(registration, AUTHORIZATION_CODE_GRANT)) return fail('unauthorized_client', 'the client is not registered for the authorization_code grant');
  if (query.get('code_challenge_method') !== 'S256') return fail('invalid_request', 'code_challenge_method must be S256');
  const codeChallenge = query.get('code_challenge') ?? '';
  if (!isValidCodeChallenge(codeChallenge)) return fail('invalid_request', 'code_challenge must be 43 base64url characters');

  // The CLI sends `scopes` (plural, space-separated; docs/aws-wire.md §1.4); standard OAuth says `scope`.
  const scopes = (query.get('scopes') ?? query.get('scope') ?? '').split(' ').filter(Boolean);
  const instance = registration.instance ?? context.directory.first;
  const settings = context.settings();
  const pending: AuthorizeRequest = {
    requestId: newRequestId(),
    clientId,
    redirectUri,
    state,
    codeChallenge,
    scopes,
    instance,
    expiresAtMs: context.now() + settings.lifetimes.deviceCodeSeconds * 1000,
  };
  const autoUser = settings.autoApproveUser;
  if (autoUser !== undefined && instance.users.has(autoUser)) return approve(context, pending, autoUser);

  context.state.authorizeRequests.set(pending.requestId, pending);
  return htmlReply(200, authorizeConsentPage(pending.requestId, registration.clientName, instance.startUrl, scopes, usersOf(instance)));
}

export function answerConsent(context: Context, request: EmulatorRequest): Reply {
  const form = parseFormBody(request);
  const requestId = form.get('request_id') ?? '';
  const pending = context.state.authorizeRequests.get(requestId);
  if (!pending || context.now() >= pending.expiresAtMs) {
    throw new PageError(400, 'Request expired', 'This sign-in request has expired or was already answered. Start the sign-in again from the application.');
  }
  const decision = form.get('decision');
  if (decision === 'deny') {
    context.state.authorizeRequests.delete(requestId);
    return redirectReply(withParams(pending.redirectUri, { error: 'access_denied', error_description: 'The user denied the request', state: pending.state }));
  }
  if (decision !== 'allow') throw new PageError(400, 'Invalid answer', 'Choose Allow or Deny.');
  const userName = form.get('user') ?? '';
  if (!pending.instance.users.has(userName)) throw new PageError(400, 'Unknown user', `Pick a user of ${pending.instance.startUrl}.`);
  context.state.authorizeRequests.delete(requestId);
  return approve(context, pending, userName);
}

function approve(context: Context, pending: AuthorizeRequest, userName: string): Reply {
  const code = newAuthorizationCode();
  context.state.authorizationCodes.set(code, {
    clientId: pending.clientId,
    redirectUri: pending.redirectUri,
    codeChallenge: pending.codeChallenge,
    userName,
    instance: pending.instance,
    scopes: pending.scopes,
    expiresAtMs: context.now() + context.settings().lifetimes.deviceCodeSeconds * 1000,
  });
  return redirectReply(withParams(pending.redirectUri, { code, state: pending.state }));
}

/** Adds query parameters to the client's redirect URI, keeping any it already has. */
function withParams(uri: string, params: Record<string, string | undefined>): string {
  const url = new URL(uri);
  for (const [key, value] of Object.entries(params)) if (value !== undefined) url.searchParams.append(key, value);
  return url.toString();
}

export function usersOf(instance: InstanceIndex): { userName: string; displayName: string }[] {
  return [...instance.users.values()].map(({ userName, displayName }) => ({ userName, displayName }));
}
