// One interactive sign-in for one instance: get a client registration (reused while valid, and for
// PKCE only one with the authorization_code grant), run the chosen flow, and register afresh once
// if the service no longer knows the client (InvalidClientException). In the browser flow the
// service cannot tell us that: /authorize shows its error in the browser and the app only sees the
// user give up (cancel or timeout), so a reused registration that no session still needs is
// dropped then, and the next attempt registers a fresh client.
import { isRegistrationReusable, type ClientRegistration } from '../auth/client-registration';
import { runDeviceCodeFlow } from '../auth/device-code-flow';
import type { DeviceAuthorization, OidcClient, TokenGrant } from '../aws/oidc-client';
import { OidcError } from '../aws/oidc-errors';
import { runPkceFlow } from '../auth/pkce-flow';
import { AppError, assertNever } from '../ipc/result';
import type { Instance, SignInMethod } from '../model/instance';
import type { Browser } from '../ports/browser';
import type { Clock } from '../ports/clock';
import type { Logger } from '../ports/logger';
import type { SessionSecrets } from './session-secrets';

export interface SignInRunnerDeps {
  readonly secrets: SessionSecrets;
  readonly browser: Browser;
  readonly clock: Clock;
  readonly logger: Logger;
}

export interface SignInRequest {
  readonly instance: Instance;
  readonly method: SignInMethod;
  readonly oidc: OidcClient;
  readonly signal: AbortSignal;
  /** A session from before this attempt still refreshes with the stored registration: keep it. */
  readonly registrationInUse: boolean;
  readonly onAuthorizeUrl: (authorizeUrl: string) => void;
  readonly onDeviceCode: (authorization: DeviceAuthorization) => void;
}

export async function runSignIn(deps: SignInRunnerDeps, request: SignInRequest): Promise<TokenGrant> {
  const first = await obtainRegistration(deps, request, false);
  try {
    return await runFlow(deps, request, first.registration);
  } catch (error) {
    if (first.reused && !request.registrationInUse && request.method === 'browser' && isAbandoned(error)) {
      await deps.secrets.deleteRegistration(request.instance.id).catch(() => undefined);
    }
    if (!(error instanceof OidcError && error.kind === 'invalid-client')) throw error;
    deps.logger.info('The client registration was refused; registering again', { instanceId: request.instance.id });
    const fresh = await obtainRegistration(deps, request, true);
    return await runFlow(deps, request, fresh.registration);
  }
}

/** The user stopped waiting for the browser: possibly because it showed an error we cannot see. */
function isAbandoned(error: unknown): boolean {
  return error instanceof AppError && (error.code === 'timed-out' || error.code === 'cancelled');
}

async function obtainRegistration(
  deps: SignInRunnerDeps,
  request: SignInRequest,
  forceNew: boolean,
): Promise<{ readonly registration: ClientRegistration; readonly reused: boolean }> {
  const { instance, method, oidc, signal } = request;
  if (!forceNew) {
    const stored = await deps.secrets.loadRegistration(instance.id).catch((error: unknown) => {
      deps.logger.warn('Could not read the client registration', { instanceId: instance.id, error });
      return undefined;
    });
    const need = { method, region: instance.region, startUrl: instance.startUrl, issuer: oidc.endpoint, now: deps.clock.now() };
    if (stored && isRegistrationReusable(stored, need)) return { registration: stored, reused: true };
  }
  const registration = await oidc.registerClient(method, instance.startUrl, signal);
  await deps.secrets.saveRegistration(instance.id, registration).catch((error: unknown) => {
    // The sign-in can still finish; the next one registers again.
    deps.logger.warn('Could not store the client registration', { instanceId: instance.id, error });
  });
  return { registration, reused: false };
}

function runFlow(deps: SignInRunnerDeps, request: SignInRequest, registration: ClientRegistration): Promise<TokenGrant> {
  switch (request.method) {
    case 'browser':
      return runPkceFlow(
        { oidc: request.oidc, browser: deps.browser, clock: deps.clock, logger: deps.logger },
        registration,
        { signal: request.signal, onAuthorizeUrl: request.onAuthorizeUrl },
      );
    case 'device-code':
      return runDeviceCodeFlow({ oidc: request.oidc, clock: deps.clock }, registration, {
        signal: request.signal,
        startUrl: request.instance.startUrl,
        onDeviceCode: request.onDeviceCode,
      });
    default:
      return assertNever(request.method);
  }
}
