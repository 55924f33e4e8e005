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

/** An Origin header of a page served from this machine over http. Browsers always send one on WebSocket upgrades. */
export function isLoopbackOrigin(origin: string | undefined): boolean {
  if (!origin) return false;
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' && loopbackHosts.has(url.hostname) && url.origin === origin;
  } catch {
    return false;
  }
}
