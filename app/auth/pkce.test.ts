import { describe, expect, it } from 'vitest';
import { codeChallengeS256, createCodeVerifier, createPkcePair, createState } from './pkce';

describe('PKCE (RFC 7636)', () => {
  it('computes the S256 challenge of the RFC 7636 Appendix B example', () => {
    expect(codeChallengeS256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('makes 64-character verifiers from the unreserved set, different each time', () => {
    const verifiers = Array.from({ length: 50 }, () => createCodeVerifier());
    for (const verifier of verifiers) expect(verifier).toMatch(/^[A-Za-z0-9\-._~]{64}$/);
    expect(new Set(verifiers).size).toBe(50);
  });

  it('pairs a verifier with its 43-character unpadded challenge', () => {
    const pair = createPkcePair();
    expect(pair.challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(pair.challenge).toBe(codeChallengeS256(pair.verifier));
  });

  it('uses a random UUID as state', () => {
    expect(createState()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
