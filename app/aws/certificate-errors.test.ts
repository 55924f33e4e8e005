// The TLS-trust and proxy failures of a corporate network, as the user reads them, from both the
// OIDC and the portal classifier, however the HTTP layer wraps the underlying error.
import { describe, expect, it } from 'vitest';
import { classifyOidcError } from './oidc-errors';
import { classifyPortalError } from './portal-errors';

const host = 'oidc.eu-west-1.amazonaws.com';
const tlsError = (code: string) => Object.assign(new Error(`TLS: ${code}`), { code });

describe('untrusted certificates', () => {
  it.each([
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', tlsError('UNABLE_TO_VERIFY_LEAF_SIGNATURE')],
    ['SELF_SIGNED_CERT_IN_CHAIN', tlsError('SELF_SIGNED_CERT_IN_CHAIN')],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', tlsError('DEPTH_ZERO_SELF_SIGNED_CERT')],
    ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', tlsError('UNABLE_TO_GET_ISSUER_CERT_LOCALLY')],
    ['Chromium ERR_CERT_AUTHORITY_INVALID (main/net)', tlsError('ERR_CERT_AUTHORITY_INVALID')],
    ['wrapped in a cause', new Error('request failed', { cause: tlsError('SELF_SIGNED_CERT_IN_CHAIN') })],
    ['inside an AggregateError', new AggregateError([new Error('ipv6'), tlsError('UNABLE_TO_VERIFY_LEAF_SIGNATURE')])],
  ])('%s: says "certificate not trusted" and how to fix it', (_name, error) => {
    for (const classified of [classifyOidcError(error, host), classifyPortalError(error, host)]) {
      expect(classified.kind).toBe('untrusted-certificate');
      expect(classified.code).toBe('network');
      expect(classified.message).toContain(`Cannot connect securely to ${host}: certificate not trusted.`);
      expect(classified.message).toContain("Add its CA certificate to your system's trust store");
      expect(classified.message).toContain('NODE_EXTRA_CA_CERTS');
    }
  });

  it.each(['CERT_HAS_EXPIRED', 'ECONNRESET', 'ERR_TLS_CERT_ALTNAME_INVALID'])('%s is not a trust problem', (code) => {
    expect(classifyOidcError(tlsError(code), host).kind).not.toBe('untrusted-certificate');
  });

  it('is not worth retrying on the portal: the same chain comes back', () => {
    expect(classifyPortalError(tlsError('SELF_SIGNED_CERT_IN_CHAIN'), host).isTransient).toBe(false);
  });
});

describe('a proxy that wants credentials', () => {
  const answer407 = Object.assign(new Error('UnknownError'), { name: 'Unknown', $metadata: { httpStatusCode: 407 } });

  it('says so, and where the credentials go', () => {
    for (const classified of [classifyOidcError(answer407, host), classifyPortalError(answer407, host)]) {
      expect(classified.kind).toBe('proxy-authentication');
      expect(classified.message).toBe(
        `The proxy on the way to ${host} asks for credentials (407). Put them in the proxy setting (for the command line: HTTPS_PROXY=http://USER:PASSWORD@HOST:PORT), then try again.`,
      );
    }
  });
});
