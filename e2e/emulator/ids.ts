// Random secrets and identifiers, shaped and sized like AWS's so clients meet realistic values:
// long tokens (the Windows Credential Manager caps an entry at 2,560 bytes, docs/architecture.md "Secrets"),
// ASIA-prefixed temporary access key ids, XXXX-XXXX user codes.
import { randomBytes, randomInt, randomUUID } from 'node:crypto';

const token = (prefix: string, bytes: number) => `${prefix}${randomBytes(bytes).toString('base64url')}`;

/** ~1,000 characters like real `aoa...` access tokens. */
export const newAccessToken = () => token('aoa', 750);
/** ~1,200 characters like real `aor...` refresh tokens. */
export const newRefreshToken = () => token('aor', 900);
export const newClientId = () => randomBytes(24).toString('base64url');
/** Real client secrets are long JWT-like strings (about 1,300 characters). */
export const newClientSecret = () => `eyJraWQiOiJrZXktZW11bGF0b3IiLCJhbGciOiJIUzM4NCJ9.${randomBytes(900).toString('base64url')}.${randomBytes(48).toString('base64url')}`;
export const newDeviceCode = () => randomBytes(96).toString('base64url');
export const newAuthorizationCode = () => token('', 48);
export const newRequestId = () => randomUUID();
export const newSigninToken = () => randomBytes(300).toString('base64url');

// Letters without vowels or look-alikes, like AWS's codes (e.g. "BXQN-KWFT"): no accidental words.
const USER_CODE_ALPHABET = 'BCDFGHJKLMNPQRSTVWXZ';

export function newUserCode(): string {
  const pick = () => Array.from({ length: 4 }, () => USER_CODE_ALPHABET[randomInt(USER_CODE_ALPHABET.length)]).join('');
  return `${pick()}-${pick()}`;
}

/** Case- and space-insensitive, so a person typing "bxqn kwft" still matches. */
export function normaliseUserCode(value: string): string {
  const compact = value.toUpperCase().replace(/[^A-Z]/g, '');
  return compact.length === 8 ? `${compact.slice(0, 4)}-${compact.slice(4)}` : value.toUpperCase().trim();
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Temporary (STS-style) access key ids start with ASIA and have 20 characters. */
export function newAccessKeyId(): string {
  return `ASIA${Array.from(randomBytes(16), (byte) => BASE32[byte % 32]).join('')}`;
}

export const newSecretAccessKey = () => randomBytes(30).toString('base64');
/** Session tokens start with IQoJb3JpZ2luX2Vj ("origin_ec" in base64) and run to about 1,000 characters. */
export const newSessionToken = () => `IQoJb3JpZ2luX2VjE${randomBytes(720).toString('base64')}`;
