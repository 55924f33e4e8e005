// Authorization code with PKCE, as AWS CLI 2.22+ signs in (docs/aws-wire.md §1.4; RFC 7636, RFC 8252):
// listen on the loopback, open /authorize in the user's browser, wait for the redirect, check
// `state`, exchange the code with the verifier and the same redirect URI (with its port).
import type { Browser } from '../ports/browser';
import type { Clock } from '../ports/clock';
import type { Logger } from '../ports/logger';
import { buildAuthorizeUrl } from './authorize-url';
import type { ClientRegistration } from './client-registration';
import { startLoopbackListener } from './loopback-listener';
import { ssoScopes, type OidcClient, type TokenGrant } from '../aws/oidc-client';
import { createPkcePair, createState } from './pkce';

export interface PkceFlowDeps {
  readonly oidc: OidcClient;
  readonly browser: Browser;
  readonly clock: Clock;
  readonly logger: Logger;
}

export interface PkceFlowOptions {
  readonly signal: AbortSignal;
  /** Called before the browser opens, so the UI can show the URL as a fallback link. */
  readonly onAuthorizeUrl: (authorizeUrl: string) => void;
  readonly timeoutMs?: number;
}

export async function runPkceFlow(deps: PkceFlowDeps, registration: ClientRegistration, options: PkceFlowOptions): Promise<TokenGrant> {
  const pkce = createPkcePair();
  const state = createState();
  const listener = await startLoopbackListener({
    expectedState: state,
    clock: deps.clock,
    signal: options.signal,
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  try {
    const authorizeUrl = buildAuthorizeUrl({
      oidcEndpoint: deps.oidc.endpoint,
      clientId: registration.clientId,
      redirectUri: listener.redirectUri,
      state,
      codeChallenge: pkce.challenge,
      scopes: ssoScopes,
    });
    options.onAuthorizeUrl(authorizeUrl);
    // Not awaited: a browser that fails to open leaves the fallback link, and the listener's
    // timeout still ends the flow.
    deps.browser.open(authorizeUrl).catch((error: unknown) => deps.logger.warn('Could not open the browser for sign-in', { error }));
    const code = await listener.code;
    return await deps.oidc.createTokenWithCode(
      registration,
      { code, redirectUri: listener.redirectUri, codeVerifier: pkce.verifier },
      options.signal,
    );
  } finally {
    await listener.close();
  }
}
