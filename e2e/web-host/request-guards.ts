// The web host's admission rules: loopback only, and a random token, compared in constant time.
import { randomBytes, timingSafeEqual } from 'node:crypto';

const loopbackHosts: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** 32 random bytes, URL-safe; printed once, in the URL the developer opens. */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokensMatch(expected: string, actual: string | null | undefined): boolean {
  if (typeof actual !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(actual);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A Host header naming this machine (defeats DNS rebinding: evil.example resolving to 127.0.0.1). */
export function isLoopbackHostHeader(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0];
  return name !== undefined && loopbackHosts.has(name.toLowerCase());
}

/**
 * The Origin header of this host's own page, exactly. Browsers send one on every WebSocket
 * upgrade; any other origin, even another port on this machine (a dev server, another tool's
 * page), is a page the developer did not open here.
 */
export function isOwnOrigin(origin: string | undefined, ownOrigin: string): boolean {
  return origin !== undefined && origin === ownOrigin;
}
