// The sign-in sessions of all instances: their state, their tokens (in the SecretStore, cached in
// memory), refreshing ahead of expiry, and the rules that keep concurrent callers sane:
//   - one refresh per instance at a time (callers share it),
//   - at most one interactive sign-in per instance (every interactive caller awaits the same one),
//   - a session that can no longer be refreshed becomes `expired` and the user is told once.
// Async work that outlives a sign-out or a new sign-in is dropped by comparing `generation`.
import { AppError } from '../ipc/result';
import type { Instance, SignInMethod } from '../model/instance';
import type { InstanceView } from '../model/instance-view';
import type { SessionState } from '../model/session';
import type { InstanceList } from '../instances/instance-catalog';
import type { NoticeCenter } from '../notices/notice-center';
import type { Browser } from '../ports/browser';
import type { Clock } from '../ports/clock';
import type { Logger } from '../ports/logger';
import { Emitter } from '../events/emitter';
import { findForeignIssuer, isSameIssuer, issuerMismatchError } from '../auth/issuer-binding';
import { isTokenFresh, refreshRetryDelay } from '../auth/token-refresh-schedule';
import type { TokenGrant } from '../aws/oidc-client';
import type { AwsClients } from '../aws/aws-clients';
import { refreshSession } from './session-refresh';
import type { SessionSecrets } from './session-secrets';
import type { SharedTokenCache } from './shared-token-cache';
import { SharedSession } from './shared-session';
import { runSignIn } from './sign-in-runner';
import { SingleFlight } from './single-flight';
import { haltSlot, newSlot, scheduleOn, stopTimer, type Slot } from './session-slot';
import { SessionCustody } from './session-custody';
import type { AccessTokenProvider, AccessTokenRequest } from './access-token-provider';

export type { AccessTokenProvider, AccessTokenRequest } from './access-token-provider';
import { expiredNoticeId, sessionExpiredNotice, signInRequestedId } from './session-notices';
import { restoredState, signedInAtOf, signedInState, stateAfterCancelledSignIn, stateAfterFailedRefresh } from './session-states';

export interface SessionManagerDeps {
  readonly clock: Clock;
  readonly browser: Browser;
  readonly logger: Logger;
  readonly secrets: SessionSecrets;
  readonly notices: NoticeCenter;
  readonly clients: AwsClients;
  /** The one instance list; sessions follow it (a slot per instance, signed out before removal). */
  readonly instances: InstanceList;
  /** False when secrets live only in memory (no keychain). */
  readonly remembered: boolean;
  readonly random?: () => number;
  /** The AWS CLI's token cache, written for the instances the user shares (absent: never). */
  readonly sharedCache?: SharedTokenCache;
  /** Device code: open the verification page by itself (the setting signIn.openDevicePage); on when absent. */
  readonly openDevicePage?: () => boolean;
}

export class SessionManager implements AccessTokenProvider {
  readonly #slots = new Map<string, Slot>();
  readonly #refreshes = new SingleFlight<string>();
  readonly #changed = new Emitter<void>();
  readonly #signedOut = new Emitter<string>();
  readonly #random: () => number;
  readonly #shared: SharedSession;
  readonly #custody: SessionCustody;
  /** Any session state changed; read views() for the new list. */
  readonly onDidChange = this.#changed.event;
  readonly onDidSignOut = this.#signedOut.event;

  readonly #stopFollowing: readonly (() => void)[];

  constructor(private readonly deps: SessionManagerDeps) {
    this.#random = deps.random ?? Math.random;
    this.#shared = new SharedSession(deps.sharedCache, deps.secrets, deps.logger);
    this.#custody = new SessionCustody({ secrets: deps.secrets, shared: this.#shared, logger: deps.logger, notices: deps.notices, clock: deps.clock });
    this.#follow(deps.instances.list());
    this.#stopFollowing = [
      deps.instances.onDidChange((instances) => this.#follow(instances)),
      // Sign out before the instance leaves the list; if that fails, it stays in the list.
      deps.instances.onWillRemove(async (instance) => {
        if (this.#slots.has(instance.id)) await this.signOut(instance.id);
      }),
    ];
  }

  /** Loads stored sessions at start-up and schedules their refreshes. */
  async restore(): Promise<void> {
    for (const slot of [...this.#slots.values()]) {
      const instance = slot.instance;
      const tokens = await this.deps.secrets.loadTokens(instance.id).catch((error: unknown) => {
        this.deps.logger.warn('Could not read a stored session', { instanceId: instance.id, error });
        return undefined;
      });
      if (!tokens || slot.tokens) continue;
      if (!isSameIssuer(tokens.issuer, this.#issuer(slot))) {
        await this.#refuseForeignIssuer(slot, tokens.issuer);
        continue;
      }
      slot.tokens = tokens;
      const state = restoredState(tokens, this.deps.clock.now());
      if (state.kind === 'expired') {
        await this.#expire(slot, false);
      } else {
        this.#set(slot, state);
        this.#scheduleRefresh(slot);
      }
    }
  }

  /** Follows the instance list: a slot per instance, the instance's new name or method kept. */
  #follow(instances: readonly Instance[]): void {
    const ids = new Set(instances.map((instance) => instance.id));
    for (const instance of instances) {
      const slot = this.#slots.get(instance.id);
      if (slot) slot.instance = instance;
      else this.#slots.set(instance.id, newSlot(instance));
    }
    // Removed instances were signed out by onWillRemove; their slots go now.
    for (const id of [...this.#slots.keys()]) if (!ids.has(id)) this.#slots.delete(id);
  }

  view(instance: Instance): InstanceView {
    return { ...instance, session: this.#slots.get(instance.id)?.state ?? { kind: 'signed-out' }, remembered: this.deps.remembered };
  }

  async getAccessToken(instanceId: string, request: AccessTokenRequest): Promise<string> {
    const slot = this.#slot(instanceId);
    const tokens = slot.tokens;
    if (tokens && !isSameIssuer(tokens.issuer, this.#issuer(slot))) throw await this.#refuseForeignIssuer(slot, tokens.issuer);
    // A token the service refused is refreshed; if it was already replaced, the new one is the answer.
    const refused = request.rejectedToken !== undefined && request.rejectedToken === tokens?.accessToken;
    // A fresh token is the answer even while a sign-in finishes (the one it just stored, or the old one).
    if (tokens && !refused && isTokenFresh(tokens.expiresAt, this.deps.clock.now())) return tokens.accessToken;
    if (slot.signIn) {
      if (request.interactive) return slot.signIn.promise;
      throw new AppError('signed-out', `Finish signing in to ${slot.instance.displayName} first.`);
    }
    // While a refresh waits for its retry, callers get its error: fifty callers must not make fifty
    // attempts (and push the backoff out). Someone who asks on purpose may try at once.
    if (slot.state.kind === 'reconnecting' && !request.interactive && this.deps.clock.now() < slot.state.retryAt) {
      throw new AppError('network', slot.state.message);
    }
    if (tokens?.refreshToken) {
      try {
        return await this.#refreshes.run(instanceId, () => this.#refresh(slot));
      } catch (error) {
        // Only a session that has ended may lead to a new sign-in; a network problem would not be helped by one.
        if (!(error instanceof AppError && error.code === 'token-expired')) throw error;
      }
    }
    if (!request.interactive) {
      const expired = slot.state.kind === 'expired';
      throw new AppError(expired ? 'token-expired' : 'signed-out', expired ? `Your session for ${slot.instance.displayName} has ended. Sign in again.` : `Sign in to ${slot.instance.displayName} first.`);
    }
    return this.signIn(instanceId);
  }

  /** Starts a sign-in and returns at once; progress and the outcome arrive as state changes. */
  startSignIn(instanceId: string, method?: SignInMethod): void {
    this.signIn(instanceId, method).catch(() => undefined);
  }

  /** The one sign-in of this instance: joins the running one if there is one. */
  signIn(instanceId: string, method?: SignInMethod): Promise<string> {
    const slot = this.#slot(instanceId);
    if (slot.signIn) return slot.signIn.promise;
    const controller = new AbortController();
    slot.generation += 1;
    const generation = slot.generation;
    stopTimer(slot);
    const promise = this.#runSignIn(slot, method ?? slot.instance.signInMethod, controller.signal, generation).finally(() => {
      if (slot.signIn?.promise === promise) slot.signIn = undefined;
    });
    slot.signIn = { controller, promise };
    promise.catch(() => undefined);
    return promise;
  }

  cancelSignIn(instanceId: string): void {
    this.#slot(instanceId).signIn?.controller.abort();
  }

  /** Opens the waiting sign-in page again (the authorize URL or the device verification link). */
  async openSignInPage(instanceId: string): Promise<void> {
    const state = this.#slot(instanceId).state;
    if (state.kind === 'awaiting-browser') return this.deps.browser.open(state.authorizeUrl);
    if (state.kind === 'awaiting-device-code') return this.deps.browser.open(state.verificationUriComplete);
    throw new AppError('invalid-input', 'No sign-in is waiting for the browser.');
  }

  /** Portal Logout (best effort), then every stored secret of the instance goes. */
  async signOut(instanceId: string): Promise<void> {
    const slot = this.#slot(instanceId);
    haltSlot(slot);
    await Promise.allSettled([slot.signIn?.promise, this.#refreshes.current(instanceId)]);
    const stored = slot.tokens ?? (await this.deps.secrets.loadTokens(instanceId).catch(() => undefined));
    const accessToken = stored?.accessToken;
    // Logout carries the access token: only to the portal paired with the origin that issued it.
    if (accessToken && isSameIssuer(stored.issuer, this.#issuer(slot))) {
      const result = await this.deps.clients.portalFor(slot.instance).logout(accessToken);
      if (!result.ok) this.deps.logger.warn('Portal logout failed; signing out locally anyway', { instanceId, error: result.error });
    }
    slot.tokens = undefined;
    slot.retryAttempt = 0;
    this.deps.notices.remove(expiredNoticeId(instanceId));
    if (this.#shared.isOn(slot.instance)) await this.#shared.remove(slot.instance);
    try {
      // "Signed out" only once the keychain has let go: otherwise the refresh token would come
      // back at the next start while the UI said it was gone.
      await this.deps.secrets.deleteAll(instanceId);
      this.#set(slot, { kind: 'signed-out' });
    } catch (error) {
      const message = 'Signed out for now, but the keychain did not remove the saved sign-in, so it may come back after a restart. Sign out again to retry.';
      this.#set(slot, { kind: 'error', code: 'keychain-unavailable', message });
      throw new AppError('keychain-unavailable', message, { cause: error });
    } finally {
      this.#signedOut.fire(instanceId);
    }
  }

  /**
   * The user turned the token cache on or off for this instance: a signed-in session is written
   * (and refreshed early enough for the CLI from now on), or the file goes.
   */
  async syncSharedCache(instanceId: string): Promise<void> {
    const slot = this.#slot(instanceId);
    if (!this.#shared.isOn(slot.instance)) {
      await this.#shared.remove(slot.instance);
    } else if (slot.tokens) {
      await this.#shared.write(slot.instance, slot.tokens);
    }
    if (slot.tokens && !slot.signIn && !this.#refreshes.current(instanceId) && slot.state.kind !== 'reconnecting') this.#scheduleRefresh(slot);
  }

  /** Resolves when no refresh is in flight (tests and dispose use it). */
  whenRefreshesSettled(): Promise<void> {
    return this.#refreshes.settled();
  }

  async dispose(): Promise<void> {
    this.#stopFollowing.forEach((stop) => stop());
    for (const slot of this.#slots.values()) haltSlot(slot);
    await Promise.allSettled([...[...this.#slots.values()].map((slot) => slot.signIn?.promise), this.#refreshes.settled()]);
    this.#changed.clear();
    this.#signedOut.clear();
  }

  async #runSignIn(slot: Slot, method: SignInMethod, signal: AbortSignal, generation: number): Promise<string> {
    const restingState = stateAfterCancelledSignIn(slot.tokens, slot.state, this.deps.clock.now());
    // Registration and device authorization are network calls: the card says so and offers Cancel.
    this.#set(slot, { kind: 'starting-sign-in' });
    try {
      const grant = await runSignIn(this.deps, {
        instance: slot.instance,
        method,
        oidc: this.deps.clients.oidcFor(slot.instance),
        signal,
        registrationInUse: slot.tokens?.refreshToken !== undefined,
        onAuthorizeUrl: (authorizeUrl) => this.#set(slot, { kind: 'awaiting-browser', authorizeUrl }),
        onDeviceCode: (authorization) => {
          this.#set(slot, {
            kind: 'awaiting-device-code',
            userCode: authorization.userCode,
            verificationUri: authorization.verificationUri,
            verificationUriComplete: authorization.verificationUriComplete,
            expiresAt: authorization.expiresAt,
          });
          // As the AWS CLI does: the page opens with the code filled in; the card keeps the link as a fallback.
          if (this.deps.openDevicePage?.() ?? true) {
            this.deps.browser.open(authorization.verificationUriComplete).catch((error: unknown) => this.deps.logger.warn('Could not open the verification page', { error }));
          }
        },
      });
      if (slot.generation !== generation) throw new AppError('cancelled', 'The sign-in was cancelled.');
      await this.#accept(slot, grant, undefined, this.deps.clock.now());
      this.deps.notices.remove(expiredNoticeId(slot.instance.id));
      // A terminal's request to sign in is answered now.
      this.deps.notices.remove(signInRequestedId(slot.instance.id));
      return grant.accessToken;
    } catch (error) {
      const appError = error instanceof AppError ? error : new AppError('internal', 'The sign-in failed unexpectedly.', { cause: error });
      if (!(error instanceof AppError)) this.deps.logger.error('Sign-in failed', { instanceId: slot.instance.id, error });
      if (slot.generation === generation) {
        this.#set(slot, appError.code === 'cancelled' ? restingState : { kind: 'error', code: appError.code, message: appError.message });
        // A session from before the attempt keeps refreshing: the failed attempt did not end it.
        this.#scheduleRefresh(slot);
      }
      throw appError;
    }
  }

  async #refresh(slot: Slot): Promise<string> {
    const tokens = slot.tokens;
    const generation = slot.generation;
    const id = slot.instance.id;
    if (tokens) this.#set(slot, { kind: 'refreshing', accessTokenExpiresAt: tokens.expiresAt, ...signedInAtOf(tokens) });
    const controller = new AbortController();
    slot.refreshController = controller;
    const registration = await this.deps.secrets.loadRegistration(id).catch(() => undefined);
    const foreign = findForeignIssuer(this.#issuer(slot), [registration, tokens]);
    if (foreign) {
      if (slot.refreshController === controller) slot.refreshController = undefined;
      throw await this.#refuseForeignIssuer(slot, foreign.recorded);
    }
    // The AWS CLI (or an SDK) refreshed while we were not looking: its refresh token replaced ours.
    const adopted = await this.#shared.newerFromCli(slot.instance, tokens);
    if (slot.generation !== generation) throw new AppError('cancelled', 'The session changed while it was being refreshed.');
    if (adopted && isTokenFresh(adopted.expiresAt, this.deps.clock.now()) && this.#shared.refreshDue(slot.instance, adopted, this.#random) > this.deps.clock.now()) {
      if (slot.refreshController === controller) slot.refreshController = undefined;
      await this.#accept(slot, { ...adopted, issuer: adopted.issuer ?? this.#issuer(slot) }, adopted.refreshToken, tokens?.signedInAt);
      return adopted.accessToken;
    }
    const outcome = await refreshSession({
      oidc: this.deps.clients.oidcFor(slot.instance),
      registration,
      refreshToken: (adopted ?? tokens)?.refreshToken,
      now: this.deps.clock.now(),
      signal: controller.signal,
    });
    if (slot.refreshController === controller) slot.refreshController = undefined;
    if (slot.generation !== generation) throw new AppError('cancelled', 'The session changed while it was being refreshed.');
    switch (outcome.kind) {
      case 'refreshed':
        await this.#accept(slot, outcome.grant, (adopted ?? tokens)?.refreshToken, tokens?.signedInAt);
        return outcome.grant.accessToken;
      case 'session-ended':
        this.deps.logger.info('The session can no longer be refreshed', { instanceId: id, error: outcome.error.cause ?? outcome.error });
        await this.#expire(slot, outcome.registrationInvalid);
        throw outcome.error;
      case 'transient': {
        slot.retryAttempt += 1;
        this.deps.logger.warn('Refresh failed; will retry', { instanceId: id, attempt: slot.retryAttempt, error: outcome.error });
        const now = this.deps.clock.now();
        const retryAt = now + refreshRetryDelay(slot.retryAttempt - 1, this.#random);
        this.#set(slot, stateAfterFailedRefresh(tokens, outcome.error, now, retryAt));
        scheduleOn(slot, this.deps.clock, retryAt, () => this.#backgroundRefresh(slot));
        throw outcome.error;
      }
    }
  }

  async #accept(slot: Slot, grant: TokenGrant, previousRefreshToken: string | undefined, signedInAt: number | undefined): Promise<void> {
    this.#set(slot, signedInState(await this.#custody.keep(slot, grant, previousRefreshToken, signedInAt)));
    this.#scheduleRefresh(slot);
  }

  async #expire(slot: Slot, registrationInvalid: boolean): Promise<void> {
    await this.#custody.forget(slot, { registration: registrationInvalid });
    if (slot.state.kind === 'expired') return;
    this.#set(slot, { kind: 'expired' });
    this.deps.notices.add(sessionExpiredNotice(slot.instance, this.deps.clock.now()));
  }

  /** The OIDC origin this instance talks to now. */
  #issuer(slot: Slot): string {
    return this.deps.clients.endpointsFor(slot.instance).oidc;
  }

  /**
   * Stored secrets from another origin are never sent: they are dropped (memory and keychain) and
   * the card says why, so the user signs in again against the origin configured now.
   */
  async #refuseForeignIssuer(slot: Slot, recorded: string | undefined): Promise<AppError> {
    const error = issuerMismatchError(recorded, this.#issuer(slot));
    this.deps.logger.warn('A stored sign-in came from another origin; it was not sent', { instanceId: slot.instance.id });
    await this.#custody.forget(slot, { registration: true });
    this.#set(slot, { kind: 'error', code: error.code, message: error.message });
    return error;
  }

  #scheduleRefresh(slot: Slot): void {
    const tokens = slot.tokens;
    if (!tokens) return;
    if (tokens.refreshToken) {
      scheduleOn(slot, this.deps.clock, this.#shared.refreshDue(slot.instance, tokens, this.#random), () => this.#backgroundRefresh(slot));
    } else {
      // Without a refresh token the session simply ends with its access token.
      scheduleOn(slot, this.deps.clock, tokens.expiresAt, () => void this.#expire(slot, false));
    }
  }

  #backgroundRefresh(slot: Slot): void {
    // The state carries the outcome; nobody awaits a background refresh.
    this.#refreshes.run(slot.instance.id, () => this.#refresh(slot)).catch(() => undefined);
  }

  #set(slot: Slot, state: SessionState): void {
    slot.state = state;
    this.#changed.fire();
  }

  #slot(instanceId: string): Slot {
    const slot = this.#slots.get(instanceId);
    if (!slot) throw new AppError('not-found', 'This IAM Identity Center instance is no longer in the list.');
    return slot;
  }
}
