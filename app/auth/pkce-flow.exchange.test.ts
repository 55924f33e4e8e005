// What the PKCE sign-in sends where: the /authorize URL to the UI and the browser, the code with
// its verifier and the same redirect URI to CreateToken, and when it gives up.
import { describe, expect, it } from 'vitest';
import type { AuthorizationCodeExchange, OidcClient, TokenGrant } from '../aws/oidc-client';
import { OidcError } from '../aws/oidc-errors';
import type { Browser } from '../ports/browser';
import type { Logger } from '../ports/logger';
import { silentLogger } from '../ports/logger';
import { FakeClock, yieldToEventLoop } from '../testing/fake-clock';
import type { ClientRegistration } from './client-registration';
import { codeChallengeS256 } from './pkce';
import { runPkceFlow, type PkceFlowDeps } from './pkce-flow';

const registration = { clientId: 'client-1', clientSecret: 'secret' } as ClientRegistration;
const grant = { accessToken: 'access' } as TokenGrant;

interface Exchange {
  readonly clientId: string;
  readonly exchange: AuthorizationCodeExchange;
  readonly signal: AbortSignal | undefined;
}

function recordingOidc(exchanges: Exchange[], answer: () => Promise<TokenGrant> = async () => grant): OidcClient {
  return {
    endpoint: 'https://oidc.eu-west-1.amazonaws.com/some/path',
    createTokenWithCode: (client: ClientRegistration, exchange: AuthorizationCodeExchange, signal?: AbortSignal) => {
      exchanges.push({ clientId: client.clientId, exchange, signal });
      return answer();
    },
  } as unknown as OidcClient;
}

/** A browser that records what it opened and then, like the user, comes back with a code. */
function returningBrowser(opened: string[], code = 'the-code'): Browser {
  return {
    open: async (url) => {
      opened.push(url);
      const { searchParams } = new URL(url);
      await fetch(`${searchParams.get('redirect_uri')}?code=${code}&state=${searchParams.get('state')}`);
    },
  };
}

const isClosed = (redirectUri: string) => fetch(redirectUri).then(() => false, () => true);

describe('runPkceFlow: what it sends', () => {
  it('shows and opens one /authorize URL, then exchanges the code with its verifier and the same redirect URI', async () => {
    const exchanges: Exchange[] = [];
    const opened: string[] = [];
    const shown: string[] = [];
    const controller = new AbortController();
    const deps: PkceFlowDeps = { oidc: recordingOidc(exchanges), browser: returningBrowser(opened), clock: new FakeClock(), logger: silentLogger };
    const result = await runPkceFlow(deps, registration, {
      signal: controller.signal,
      onAuthorizeUrl: (url) => shown.push(`${opened.length} ${url}`),
    });
    expect(result).toBe(grant);
    expect(shown).toEqual([`0 ${opened[0]}`]);
    const authorize = new URL(opened[0] ?? '');
    expect(authorize.origin + authorize.pathname).toBe('https://oidc.eu-west-1.amazonaws.com/authorize');
    expect(authorize.searchParams.get('client_id')).toBe('client-1');
    expect(authorize.searchParams.get('scopes')).toBe('sso:account:access');
    const redirectUri = authorize.searchParams.get('redirect_uri') ?? '';
    expect(redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/oauth\/callback$/);
    expect(authorize.searchParams.get('state')).toMatch(/^[0-9a-f-]{36}$/);
    expect(exchanges).toHaveLength(1);
    const [{ clientId, exchange, signal }] = exchanges as [Exchange];
    expect({ clientId, code: exchange.code, redirectUri: exchange.redirectUri, signal }).toEqual({ clientId: 'client-1', code: 'the-code', redirectUri, signal: controller.signal });
    expect(codeChallengeS256(exchange.codeVerifier)).toBe(authorize.searchParams.get('code_challenge'));
    expect(await isClosed(redirectUri)).toBe(true);
  });

  it('logs a browser that would not open and still completes from the link the UI shows', async () => {
    const warnings: unknown[] = [];
    const logger: Logger = { ...silentLogger, warn: (message, details) => warnings.push({ message, details }) };
    const failure = new Error('no browser');
    let link = '';
    const deps: PkceFlowDeps = { oidc: recordingOidc([]), browser: { open: () => Promise.reject(failure) }, clock: new FakeClock(), logger };
    const flow = runPkceFlow(deps, registration, { signal: new AbortController().signal, onAuthorizeUrl: (url) => (link = url) });
    await yieldToEventLoop();
    expect(warnings).toEqual([{ message: 'Could not open the browser for sign-in', details: { error: failure } }]);
    const { searchParams } = new URL(link);
    await fetch(`${searchParams.get('redirect_uri')}?code=c&state=${searchParams.get('state')}`);
    await expect(flow).resolves.toBe(grant);
  });

  it.each([
    ['the default 10 minutes', undefined, 10],
    ['a shorter wait it was given', 3 * 60_000, 3],
  ])('gives up after %s', async (_name, timeoutMs, minutes) => {
    const clock = new FakeClock();
    let link = '';
    const deps: PkceFlowDeps = { oidc: recordingOidc([]), browser: { open: async () => undefined }, clock, logger: silentLogger };
    const flow = runPkceFlow(deps, registration, {
      signal: new AbortController().signal,
      onAuthorizeUrl: (url) => (link = url),
      ...(timeoutMs ? { timeoutMs } : {}),
    }).catch((error: unknown) => error);
    await yieldToEventLoop();
    await clock.advance(minutes * 60_000 - 1);
    expect(await isClosed(new URL(link).searchParams.get('redirect_uri') ?? '')).toBe(false);
    await clock.advance(1);
    expect(await flow).toMatchObject({ code: 'timed-out', message: `No answer came back from the browser within ${minutes} minutes. Sign in again.` });
  });

  it('stops listening when the user cancels', async () => {
    const controller = new AbortController();
    let link = '';
    const deps: PkceFlowDeps = { oidc: recordingOidc([]), browser: { open: async () => undefined }, clock: new FakeClock(), logger: silentLogger };
    const flow = runPkceFlow(deps, registration, { signal: controller.signal, onAuthorizeUrl: (url) => (link = url) }).catch((error: unknown) => error);
    await yieldToEventLoop();
    controller.abort();
    expect(await flow).toMatchObject({ code: 'cancelled' });
    expect(await isClosed(new URL(link).searchParams.get('redirect_uri') ?? '')).toBe(true);
  });

  it('stops listening when showing the link fails, and passes that failure on', async () => {
    const failure = new Error('the window is gone');
    let redirectUri = '';
    const deps: PkceFlowDeps = { oidc: recordingOidc([]), browser: { open: async () => undefined }, clock: new FakeClock(), logger: silentLogger };
    const flow = runPkceFlow(deps, registration, {
      signal: new AbortController().signal,
      onAuthorizeUrl: (url) => {
        redirectUri = new URL(url).searchParams.get('redirect_uri') ?? '';
        throw failure;
      },
    });
    await expect(flow).rejects.toBe(failure);
    expect(await isClosed(redirectUri)).toBe(true);
  });

  it('passes a refused exchange on as is', async () => {
    const refusal = new OidcError('invalid-grant', 'sign-in-failed', 'The code was refused.');
    const deps: PkceFlowDeps = { oidc: recordingOidc([], () => Promise.reject(refusal)), browser: returningBrowser([]), clock: new FakeClock(), logger: silentLogger };
    await expect(runPkceFlow(deps, registration, { signal: new AbortController().signal, onAuthorizeUrl: () => undefined })).rejects.toBe(refusal);
  });
});
