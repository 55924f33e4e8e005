// Builds the browser URL for the authorization-code flow the way AWS CLI 2.22+ does (docs/aws-wire.md
// §1.4): the base is scheme+host[:port] of the OIDC endpoint (any path is dropped), the parameters
// come in the CLI's order, `scopes` is plural and space-joined, and spaces encode as %20.

export interface AuthorizeParams {
  /** The OIDC endpoint, e.g. https://oidc.eu-west-1.amazonaws.com (a path prefix is ignored). */
  readonly oidcEndpoint: string;
  readonly clientId: string;
  /** With the loopback port, e.g. http://127.0.0.1:49152/oauth/callback. */
  readonly redirectUri: string;
  readonly state: string;
  readonly codeChallenge: string;
  readonly scopes: readonly string[];
}

export function buildAuthorizeUrl(params: AuthorizeParams): string {
  const origin = new URL(params.oidcEndpoint).origin;
  const query = [
    ['response_type', 'code'],
    ['client_id', params.clientId],
    ['redirect_uri', params.redirectUri],
    ['state', params.state],
    ['code_challenge_method', 'S256'],
    ['scopes', params.scopes.join(' ')],
  ]
    .map(([key, value]) => `${key}=${encodeURIComponent(value ?? '')}`)
    .join('&');
  // The challenge is base64url, so it needs no encoding; the CLI appends it as is.
  return `${origin}/authorize?${query}&code_challenge=${params.codeChallenge}`;
}
