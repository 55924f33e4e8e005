// Console sign-in for a role: role credentials, then getSigninToken with the session length, then
// the login URL for the destination in the right region, built when the user clicks (it is valid
// 15 minutes) and never logged; and opening it the way the user chose, through the ConsoleOpener
// port. Facts: docs/aws-wire.md §4, docs/console.md.
import type { RoleCredentials } from '../aws/portal-client';
import { federationOrigin, type ServiceEndpoints } from '../aws/endpoints';
import type { ConsoleOpened, ConsoleSignInRequest, OpenConsoleRequest } from '../ipc/contract/console';
import { AppError } from '../ipc/result';
import { scopedValue, type AppSettings } from '../model/app-settings';
import type { ConsoleWay } from '../model/console-destinations';
import type { Instance } from '../model/instance';
import { accountKey, type Preferences } from '../model/preferences';
import { partitionLabel, partitionOfRegion } from '../model/regions';
import type { Clock } from '../ports/clock';
import type { ConsoleOpener, ConsoleRole, ConsoleSignIn, ConsoleWindowLabel } from '../ports/console-opener';
import type { Logger } from '../ports/logger';
import { fetchSigninToken, type FetchFunction } from './federation-client';
import { consoleDestinationUrl, logOutFirstUrl, logoutOrigin, loginUrl, portalShortcutUrl, sessionLength } from './sign-in-urls';
import { isConsolePageOf } from './console-pages';

/** The sign-in token, and so the URL, is valid this long after issue (docs/aws-wire.md §4). */
export const signInUrlLifetimeMs = 15 * 60_000;

export interface ConsoleSignInResult extends ConsoleSignIn {
  /** When the URL stops working (epoch ms): 15 minutes after it was made. */
  readonly expiresAt: number;
  /** The console page it lands on, without the token. */
  readonly destination: string;
  readonly region: string;
}

export interface ConsoleServiceDeps {
  readonly clock: Clock;
  readonly logger: Logger;
  instance(instanceId: string): Instance;
  endpointsFor(instance: Instance): ServiceEndpoints;
  roleCredentials(role: ConsoleRole): Promise<RoleCredentials>;
  /** Credentials AWS sign-in refused are not offered again. */
  forgetRoleCredentials(role: ConsoleRole): void;
  appSettings(): AppSettings;
  preferences(): Preferences;
  accountName(instanceId: string, accountId: string): string | undefined;
  recordUse(role: ConsoleRole): Promise<void>;
  /** Absent where the host cannot open consoles (the CLI prints the URL instead). */
  readonly opener?: ConsoleOpener | undefined;
  readonly fetch?: FetchFunction | undefined;
}

export class ConsoleService {
  constructor(private readonly deps: ConsoleServiceDeps) {}

  /** The region a console opens in: this click, the role's setting, the account's, the instance's. */
  region(instance: Instance, request: ConsoleSignInRequest): string {
    const role = { instanceId: instance.id, accountId: request.accountId, roleName: request.roleName };
    const regions = this.deps.appSettings().console.regions;
    const roleScope = `${role.instanceId}/${role.accountId}/${role.roleName}`;
    const region =
      request.region ??
      (Object.hasOwn(regions, roleScope) ? regions[roleScope] : undefined) ??
      this.deps.preferences().accounts[accountKey(role.instanceId, role.accountId)]?.defaultRegion ??
      scopedValue(regions, role) ??
      instance.region;
    if (partitionOfRegion(region) !== instance.partition) {
      throw new AppError('unknown-region', `${region} is not a region of ${partitionLabel(instance.partition)}, where this instance's accounts are.`);
    }
    return region;
  }

  /** A console sign-in URL for the role, made now; the caller opens it within 15 minutes. */
  async signIn(request: ConsoleSignInRequest): Promise<ConsoleSignInResult> {
    const instance = this.deps.instance(request.instanceId);
    const role = { instanceId: instance.id, accountId: request.accountId, roleName: request.roleName };
    const region = this.region(instance, request);
    const destination = this.#destination(instance, region, request.destination);
    return this.#signInTo(instance, role, destination, region, request.sessionSeconds);
  }

  /** Opens the role's console the way asked (or set); answers what was opened, never the URL. */
  async open(request: OpenConsoleRequest): Promise<ConsoleOpened> {
    const { opener } = this.deps;
    if (!opener) throw new AppError('internal', 'This program cannot open consoles; ask for the sign-in URL instead.');
    const instance = this.deps.instance(request.instanceId);
    const role = { instanceId: instance.id, accountId: request.accountId, roleName: request.roleName };
    const settings = this.deps.appSettings().console;
    const way: ConsoleWay = request.way ?? settings.openIn;
    const region = this.region(instance, request);
    const destination = this.#destination(instance, region, request.destination);
    let opened: ConsoleOpened;
    switch (way) {
      case 'app-window': {
        const existing = await opener.focusWindow(role);
        if (existing) {
          opened = { way, destination, region, partition: existing.partition, focused: true };
          break;
        }
        const signIn = await this.#signInTo(instance, role, destination, region, request.sessionSeconds);
        const window = await opener.openWindow({
          role,
          label: this.#label(role),
          url: signIn.url,
          sessionEndsAt: signIn.sessionEndsAt,
          signInAgain: (page) => this.#signInTo(instance, role, page && isConsolePageOf(instance.partition, page) ? page : destination, region, request.sessionSeconds),
        });
        opened = { way, destination, region, partition: window.partition, focused: false, sessionEndsAt: signIn.sessionEndsAt };
        break;
      }
      case 'browser': {
        const signIn = await this.#signInTo(instance, role, destination, region, request.sessionSeconds);
        const logOutFirst = request.logOutFirst ?? settings.logOutFirst;
        const url = logOutFirst ? logOutFirstUrl(this.#logoutOrigin(instance), signIn.url) : signIn.url;
        await opener.openBrowser(url, way);
        opened = { way, destination, region, focused: false, sessionEndsAt: signIn.sessionEndsAt };
        break;
      }
      case 'portal-link':
        // The portal signs the browser in itself: no credentials leave the app for this way.
        await opener.openBrowser(portalShortcutUrl(instance.startUrl, role.accountId, role.roleName, destination), way);
        opened = { way, destination, region, focused: false };
        break;
    }
    await this.deps.recordUse(role).catch((error: unknown) => this.deps.logger.warn('Could not record the role as recently used', { error }));
    this.deps.logger.info('Opened a console', { way, accountId: role.accountId, roleName: role.roleName, region, focused: opened.focused });
    return opened;
  }

  #destination(instance: Instance, region: string, destination: string | undefined): string {
    try {
      return consoleDestinationUrl(instance.partition, region, destination);
    } catch (error) {
      throw new AppError('invalid-input', error instanceof Error ? error.message : 'That console destination is not allowed.');
    }
  }

  async #signInTo(instance: Instance, role: ConsoleRole, destination: string, region: string, requestedSeconds: number | undefined): Promise<ConsoleSignInResult> {
    const credentials = await this.deps.roleCredentials(role);
    const now = this.deps.clock.now();
    const configured = scopedValue(this.deps.appSettings().console.sessionSeconds, role);
    const length = sessionLength({ requested: requestedSeconds, configured, credentialsExpireAt: credentials.expiration, now });
    if (!length.ok) throw new AppError('invalid-input', length.message);
    const origin = this.deps.endpointsFor(instance).federation;
    let signinToken: string;
    try {
      signinToken = await fetchSigninToken({ origin, fetch: this.deps.fetch }, credentials, length.seconds);
    } catch (error) {
      if (error instanceof AppError && error.code === 'access-denied') this.deps.forgetRoleCredentials(role);
      throw error;
    }
    const url = loginUrl(origin, { issuer: instance.startUrl, destination, signinToken });
    const sessionEndsAt = length.seconds === undefined ? credentials.expiration : now + length.seconds * 1000;
    return { url, expiresAt: now + signInUrlLifetimeMs, sessionEndsAt, destination, region };
  }

  #logoutOrigin(instance: Instance): string {
    const federation = this.deps.endpointsFor(instance).federation;
    // With SSO_TRAY_AWS_ENDPOINT the federation origin is the emulator's, which also serves logout.
    return federation === federationOrigin(instance.partition) ? logoutOrigin(instance.partition) : logoutOrigin(instance.partition, federation);
  }

  #label(role: ConsoleRole): ConsoleWindowLabel {
    const account = this.deps.preferences().accounts[accountKey(role.instanceId, role.accountId)];
    const accountLabel = account?.alias ?? this.deps.accountName(role.instanceId, role.accountId) ?? role.accountId;
    return { accountLabel, accountId: role.accountId, roleName: role.roleName, colour: account?.colour };
  }
}
