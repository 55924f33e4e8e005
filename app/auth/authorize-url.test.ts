import { describe, expect, it } from 'vitest';
import { buildAuthorizeUrl } from './authorize-url';

const base = {
  clientId: 'client-1',
  redirectUri: 'http://127.0.0.1:49152/oauth/callback',
  state: '2f0b5b8e-1d61-4b34-9a55-3d1c5b0b7f1e',
  codeChallenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
  scopes: ['sso:account:access'],
};

describe('buildAuthorizeUrl (docs/aws-wire.md §1.4)', () => {
  it('uses the CLI parameter order, plural scopes and the unencoded challenge last', () => {
    expect(buildAuthorizeUrl({ ...base, oidcEndpoint: 'https://oidc.eu-west-1.amazonaws.com' })).toBe(
      'https://oidc.eu-west-1.amazonaws.com/authorize?response_type=code&client_id=client-1' +
        '&redirect_uri=http%3A%2F%2F127.0.0.1%3A49152%2Foauth%2Fcallback&state=2f0b5b8e-1d61-4b34-9a55-3d1c5b0b7f1e' +
        '&code_challenge_method=S256&scopes=sso%3Aaccount%3Aaccess&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('keeps scheme, host and port of an override but drops its path, like the CLI', () => {
    const url = new URL(buildAuthorizeUrl({ ...base, oidcEndpoint: 'http://127.0.0.1:9999/oidc' }));
    expect(url.origin + url.pathname).toBe('http://127.0.0.1:9999/authorize');
  });

  it('joins several scopes with %20', () => {
    expect(buildAuthorizeUrl({ ...base, oidcEndpoint: 'https://oidc.us-east-1.amazonaws.com', scopes: ['a', 'b'] })).toContain('&scopes=a%20b&');
  });
});
