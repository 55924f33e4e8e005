// PKCE values exactly as the AWS CLI makes them (docs/aws-wire.md §1.4, RFC 7636 §4.1–4.2):
// a 64-character verifier from the unreserved set, and the S256 challenge without padding.
import { createHash, randomInt, randomUUID } from 'node:crypto';

const unreserved = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~';

export interface PkcePair {
  readonly verifier: string;
  readonly challenge: string;
}

/** RFC 7636 §4.1: 43–128 characters of [A-Za-z0-9-._~]; the CLI uses 64. */
export function createCodeVerifier(length = 64): string {
  let verifier = '';
  for (let index = 0; index < length; index += 1) verifier += unreserved[randomInt(unreserved.length)];
  return verifier;
}

/** RFC 7636 §4.2: BASE64URL(SHA256(ASCII(verifier))), no `=` padding (43 characters). */
export function codeChallengeS256(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

export function createPkcePair(): PkcePair {
  const verifier = createCodeVerifier();
  return { verifier, challenge: codeChallengeS256(verifier) };
}

/** The `state` value: a random UUID, as the CLI sends (RFC 6749 §10.12 CSRF protection). */
export function createState(): string {
  return randomUUID();
}
