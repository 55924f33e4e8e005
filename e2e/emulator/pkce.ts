// PKCE (RFC 7636) and loopback redirect matching (RFC 8252 §7.3) for the authorization-code grant.
import { createHash, timingSafeEqual } from 'node:crypto';

/** base64url(sha256(verifier)) without padding: the S256 challenge (RFC 7636 §4.2). */
export function s256Challenge(codeVerifier: string): string {
  return createHash('sha256').update(codeVerifier, 'ascii').digest('base64url');
}

/** RFC 7636 §4.1: 43-128 characters of [A-Za-z0-9-._~]. */
export function isValidCodeVerifier(codeVerifier: string): boolean {
  return /^[A-Za-z0-9\-._~]{43,128}$/.test(codeVerifier);
}

/** An S256 challenge is 43 base64url characters. */
export function isValidCodeChallenge(codeChallenge: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(codeChallenge);
}

export function verifyS256(codeVerifier: string, codeChallenge: string): boolean {
  if (!isValidCodeVerifier(codeVerifier)) return false;
  const expected = Buffer.from(s256Challenge(codeVerifier));
  const given = Buffer.from(codeChallenge);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

/**
 * True when `requested` may be used with the registered URI. Loopback http URIs match whatever
 * the port (RFC 8252 §7.3): the AWS CLI registers `http://127.0.0.1/oauth/callback` and then
 * listens on a random port (docs/aws-wire.md §1.4). Anything else must match exactly.
 */
export function redirectUriMatches(registered: string, requested: string): boolean {
  if (registered === requested) return true;
  const a = parseUrl(registered);
  const b = parseUrl(requested);
  if (!a || !b) return false;
  if (a.protocol !== 'http:' || b.protocol !== 'http:' || !LOOPBACK_HOSTS.has(a.hostname) || a.hostname !== b.hostname) return false;
  return a.pathname === b.pathname && a.search === b.search && b.hash === '' && b.username === '' && b.password === '';
}

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}
