// The console federation endpoint (docs/aws-wire.md §4): `/federation?Action=getSigninToken` trades role
// credentials this emulator issued for a 15-minute, single-use sign-in token, and
// `Action=login` shows which account and role the "console" opened. Also `/oauth?Action=logout`.
import type { Context, EmulatorRequest } from './context';
import { PageError, PlainError } from './errors';
import { newSigninToken } from './ids';
import { consoleLoggedOutPage, signedInPage } from './pages';
import { htmlReply, jsonReply, redirectReply, type Reply } from './reply';

/** AWS: "The URL / SigninToken is valid for 15 minutes after it is issued". */
export const SIGNIN_TOKEN_SECONDS = 15 * 60;

/** Which federation operation a request is, from its Action parameter (case-insensitive). */
export function federationAction(url: URL): 'GetSigninToken' | 'Login' | undefined {
  const action = (url.searchParams.get('Action') ?? '').toLowerCase();
  if (action === 'getsignintoken') return 'GetSigninToken';
  if (action === 'login') return 'Login';
  return undefined;
}

export function getSigninToken(context: Context, request: EmulatorRequest): Reply {
  const query = request.url.searchParams;
  const sessionText = query.get('Session');
  if (!sessionText) throw new PlainError(400, 'The Session parameter is missing');
  let session: unknown;
  try {
    session = JSON.parse(sessionText);
  } catch {
    throw new PlainError(400, 'The Session parameter is not valid JSON');
  }
  const { sessionId, sessionKey, sessionToken } = (typeof session === 'object' && session !== null ? session : {}) as Record<string, unknown>;
  if (typeof sessionId !== 'string' || typeof sessionKey !== 'string' || typeof sessionToken !== 'string') {
    throw new PlainError(400, 'Session must be JSON {"sessionId","sessionKey","sessionToken"} with string values');
  }
  let sessionDurationSeconds: number | undefined;
  const durationText = query.get('SessionDuration');
  if (durationText !== null) {
    sessionDurationSeconds = Number(durationText);
    if (!/^\d+$/.test(durationText) || sessionDurationSeconds < 900 || sessionDurationSeconds > 43200) {
      throw new PlainError(400, 'SessionDuration must be an integer from 900 to 43200 seconds');
    }
  }
  const credentials = context.state.credentials.get(sessionId);
  if (!credentials) throw new PlainError(400, 'Invalid credentials: the access key id was not issued by this emulator');
  if (credentials.secretAccessKey !== sessionKey || credentials.sessionToken !== sessionToken) {
    throw new PlainError(400, 'Invalid credentials: the secret key or session token does not match the access key id');
  }
  const nowMs = context.now();
  if (nowMs >= credentials.expiresAtMs) throw new PlainError(400, 'Invalid credentials: the credentials have expired');

  const signinToken = newSigninToken();
  context.state.signinTokens.set(signinToken, { credentials, expiresAtMs: nowMs + SIGNIN_TOKEN_SECONDS * 1000, sessionDurationSeconds, used: false });
  return jsonReply(200, { SigninToken: signinToken });
}

export function login(context: Context, request: EmulatorRequest): Reply {
  const query = request.url.searchParams;
  const token = query.get('SigninToken');
  if (!token) throw new PageError(400, 'Sign-in failed', 'The SigninToken parameter is missing.');
  const destination = query.get('Destination');
  if (!destination) throw new PageError(400, 'Sign-in failed', 'The Destination parameter is missing.');
  const entry = context.state.signinTokens.get(token);
  if (!entry) throw new PageError(400, 'Sign-in failed', 'Your request included an invalid sign-in token.');
  if (entry.used) throw new PageError(400, 'Sign-in failed', 'This sign-in token was already used; sign-in tokens are single use.');
  const nowMs = context.now();
  if (nowMs >= entry.expiresAtMs) throw new PageError(400, 'Sign-in failed', 'This sign-in token has expired; tokens are valid for 15 minutes.');
  entry.used = true;

  const { credentials } = entry;
  const sessionEndsMs = entry.sessionDurationSeconds !== undefined ? nowMs + entry.sessionDurationSeconds * 1000 : credentials.expiresAtMs;
  return htmlReply(
    200,
    signedInPage({
      accountId: credentials.accountId,
      accountName: credentials.accountName,
      roleName: credentials.roleName,
      userName: credentials.userName,
      startUrl: credentials.startUrl,
      destination,
      issuer: query.get('Issuer') ?? undefined,
      sessionExpiresAt: new Date(sessionEndsMs).toISOString(),
    }),
  );
}

/** `/oauth?Action=logout[&redirect_uri=...]`: some tools open it before switching roles. */
export function consoleLogout(_context: Context, request: EmulatorRequest): Reply {
  const query = request.url.searchParams;
  if ((query.get('Action') ?? '').toLowerCase() !== 'logout') throw new PageError(400, 'Unsupported action', 'Only Action=logout is emulated here.');
  const redirectUri = query.get('redirect_uri');
  if (redirectUri && /^https?:\/\//i.test(redirectUri) && URL.canParse(redirectUri)) return redirectReply(redirectUri);
  return htmlReply(200, consoleLoggedOutPage());
}
