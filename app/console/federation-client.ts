// getSigninToken over HTTPS (docs/aws-wire.md §4): role credentials in, a sign-in token out. The
// request URL carries the credentials and the answer a token, so neither is ever logged or put in
// an error message; a refusal is reported in words the user can act on.
import { AppError } from '../ipc/result';
import { hostOf } from '../aws/endpoints';
import type { RoleCredentials } from '../aws/portal-client';
import { getSigninTokenUrl } from './sign-in-urls';

export type FetchFunction = (url: string, init: { readonly signal: AbortSignal; readonly redirect: 'error' }) => Promise<Pick<Response, 'status' | 'text'>>;

export interface FederationClientOptions {
  /** The federation origin (endpoints.ts), the emulator's with SSO_TRAY_AWS_ENDPOINT. */
  readonly origin: string;
  readonly fetch?: FetchFunction;
  /** How long to wait for the answer (default 15 s). */
  readonly timeoutMs?: number;
}

/** Refusals of credentials the emulator and AWS answer with a short plain-text reason. */
const shortReason = /^[^<>\n]{1,200}$/;

export async function fetchSigninToken(options: FederationClientOptions, credentials: RoleCredentials, sessionSeconds?: number): Promise<string> {
  const fetchUrl = options.fetch ?? ((url, init) => fetch(url, init));
  const host = hostOf(options.origin);
  let response: Pick<Response, 'status' | 'text'>;
  try {
    response = await fetchUrl(getSigninTokenUrl(options.origin, credentials, sessionSeconds), { signal: AbortSignal.timeout(options.timeoutMs ?? 15_000), redirect: 'error' });
  } catch (error) {
    // The error's text could repeat the URL (and with it the credentials): only its kind is kept.
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    throw timedOut ? new AppError('timed-out', `AWS sign-in at ${host} did not answer in time.`) : new AppError('network', `Cannot reach AWS sign-in at ${host}.`);
  }
  const body = await response.text().catch(() => '');
  if (response.status === 200) {
    const token = readToken(body);
    if (token) return token;
    throw new AppError('service-unavailable', `AWS sign-in at ${host} answered without a sign-in token.`);
  }
  if (response.status >= 500) throw new AppError('service-unavailable', `AWS sign-in at ${host} failed (HTTP ${response.status}); try again shortly.`);
  if (response.status === 429) throw new AppError('throttled', `AWS sign-in at ${host} is busy (HTTP 429); try again shortly.`);
  const text = body.trim();
  const reason = shortReason.test(text) && !text.includes(credentials.sessionToken) && !text.includes(credentials.secretAccessKey) ? `: ${text}` : '';
  throw new AppError('access-denied', `AWS sign-in refused the role's credentials (HTTP ${response.status})${reason}.`);
}

function readToken(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { SigninToken?: unknown };
    return typeof parsed.SigninToken === 'string' && parsed.SigninToken.length > 0 ? parsed.SigninToken : undefined;
  } catch {
    return undefined;
  }
}
