import { describe, expect, it } from 'vitest';
import type { OidcClient, TokenGrant } from '../aws/oidc-client';
import type { Browser } from '../ports/browser';
import { silentLogger } from '../ports/logger';
import { FakeClock } from '../testing/fake-clock';
import type { ClientRegistration } from './client-registration';
import { runPkceFlow } from './pkce-flow';

const registration = { clientId: 'client', clientSecret: 'secret' } as ClientRegistration;
const grant = { accessToken: 'access' } as TokenGrant;

/** The OIDC calls the flow makes after the redirect; records the code it was given. */
function fakeOidc(codes: string[]): OidcClient {
  return {
    endpoint: 'https://oidc.eu-west-1.amazonaws.com',
    createTokenWithCode: async (_registration: ClientRegistration, request: { code: string }) => {
      codes.push(request.code);
      return grant;
    },
  } as unknown as OidcClient;
}

describe('runPkceFlow', () => {
  it('a forged callback from another local process does not end the sign-in; the real one completes it', async () => {
    const statuses: number[] = [];
    let visit: Promise<void> = Promise.resolve();
    const visitCallbacks = async (authorizeUrl: string) => {
      const { searchParams } = new URL(authorizeUrl);
      const redirectUri = searchParams.get('redirect_uri') ?? '';
      // The other process can reach the port but cannot know the state.
      for (const query of ['?state=guess&error=access_denied', '?code=forged&state=guess', '?code=forged']) {
        statuses.push((await fetch(`${redirectUri}${query}`)).status);
      }
      statuses.push((await fetch(`${redirectUri}?code=real&state=${searchParams.get('state')}`)).status);
    };
    // The flow does not wait for the browser; the test waits for the visit to finish before checking.
    const browser: Browser = {
      open: async (authorizeUrl) => {
        visit = visitCallbacks(authorizeUrl);
      },
    };
    const codes: string[] = [];
    const result = await runPkceFlow({ oidc: fakeOidc(codes), browser, clock: new FakeClock(), logger: silentLogger }, registration, {
      signal: new AbortController().signal,
      onAuthorizeUrl: () => undefined,
    });
    await visit;
    expect(result).toBe(grant);
    expect(codes).toEqual(['real']);
    expect(statuses).toEqual([400, 400, 400, 200]);
  });
});
