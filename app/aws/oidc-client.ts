// The SSO OIDC API (docs/aws-wire.md §1.2) in our own terms: registration, device authorization and the
// three CreateToken grants. Returns model types, throws OidcError. Requests go to the origin
// that endpoints.ts resolved for the instance.
import {
  CreateTokenCommand,
  RegisterClientCommand,
  StartDeviceAuthorizationCommand,
  type SSOOIDCClient,
} from '@aws-sdk/client-sso-oidc';
import type { Clock } from '../ports/clock';
import type { SignInMethod } from '../model/instance';
import { hostOf } from './endpoints';
import { createOidcSdkClient, type SdkTimeouts } from './sdk-clients';
import type { RequestHandlerFactory } from './request-handler';
import type { ClientRegistration } from '../auth/client-registration';
import { classifyOidcError, OidcError } from './oidc-errors';

/** The only scope the portal needs; asking for it is what makes the service issue a refresh token. */
export const ssoScopes: readonly string[] = ['sso:account:access'];
/** Registered without a port; the loopback redirect matches any port (RFC 8252 §7.3, docs/aws-wire.md §1.4). */
export const registeredRedirectUri = 'http://127.0.0.1/oauth/callback';

export interface DeviceAuthorization {
  readonly deviceCode: string;
  readonly userCode: string;
  readonly verificationUri: string;
  readonly verificationUriComplete: string;
  readonly expiresAt: number;
  readonly intervalSeconds: number | undefined;
}

export interface TokenGrant {
  /** The OIDC origin that issued the grant: its tokens go back to it (and its portal) only. */
  readonly issuer: string;
  readonly accessToken: string;
  readonly issuedAt: number;
  readonly expiresAt: number;
  readonly refreshToken?: string;
}

export interface AuthorizationCodeExchange {
  readonly code: string;
  readonly redirectUri: string;
  readonly codeVerifier: string;
}

export interface OidcClientOptions {
  readonly region: string;
  /** The OIDC origin (endpoints.ts); also the /authorize base. */
  readonly endpoint: string;
  readonly clientName: string;
  readonly clock: Clock;
  readonly maxAttempts?: number | undefined;
  readonly timeouts?: SdkTimeouts | undefined;
  readonly requestHandler?: RequestHandlerFactory | undefined;
}

export class OidcClient {
  readonly #sdk: SSOOIDCClient;
  readonly #host: string;

  constructor(private readonly options: OidcClientOptions) {
    this.#sdk = createOidcSdkClient({ region: options.region, endpoint: options.endpoint, maxAttempts: options.maxAttempts, timeouts: options.timeouts, requestHandler: options.requestHandler });
    this.#host = hostOf(options.endpoint);
  }

  get endpoint(): string {
    return this.options.endpoint;
  }

  async registerClient(method: SignInMethod, startUrl: string, signal?: AbortSignal): Promise<ClientRegistration> {
    // The PKCE client is registered exactly as the CLI registers it (docs/aws-wire.md §1.2); the device
    // client like the CLI's device flow, plus the scope so that a refresh token is issued.
    const grants =
      method === 'browser'
        ? { grantTypes: ['authorization_code', 'refresh_token'], redirectUris: [registeredRedirectUri], issuerUrl: startUrl }
        : {};
    const command = new RegisterClientCommand({ clientName: this.options.clientName, clientType: 'public', scopes: [...ssoScopes], ...grants });
    const output = await this.#guard((options) => this.#sdk.send(command, options), signal);
    const { clientId, clientSecret, clientSecretExpiresAt } = output;
    if (!clientId || !clientSecret) throw this.#malformed('RegisterClient');
    return {
      clientId,
      clientSecret,
      // Epoch seconds on the wire (docs/aws-wire.md §1.2); a missing value means "assume 90 days".
      expiresAt: toNumber(clientSecretExpiresAt) * 1000 || this.options.clock.now() + 90 * 24 * 3600_000,
      registeredFor: method,
      issuer: this.options.endpoint,
      region: this.options.region,
      startUrl,
    };
  }

  async startDeviceAuthorization(registration: ClientRegistration, startUrl: string, signal?: AbortSignal): Promise<DeviceAuthorization> {
    const now = this.options.clock.now();
    const output = await this.#guard(
      (options) =>
        this.#sdk.send(
          new StartDeviceAuthorizationCommand({ clientId: registration.clientId, clientSecret: registration.clientSecret, startUrl }),
          options,
        ),
      signal,
    );
    const { deviceCode, userCode, verificationUri, verificationUriComplete } = output;
    if (!deviceCode || !userCode || !verificationUri) throw this.#malformed('StartDeviceAuthorization');
    const interval = output.interval === undefined ? undefined : toNumber(output.interval);
    return {
      deviceCode,
      userCode,
      verificationUri,
      verificationUriComplete: verificationUriComplete ?? verificationUri,
      expiresAt: now + (toNumber(output.expiresIn) || 600) * 1000,
      intervalSeconds: interval,
    };
  }

  createTokenWithDeviceCode(registration: ClientRegistration, deviceCode: string, signal?: AbortSignal): Promise<TokenGrant> {
    return this.#createToken(registration, { grantType: 'urn:ietf:params:oauth:grant-type:device_code', deviceCode }, signal);
  }

  createTokenWithCode(registration: ClientRegistration, exchange: AuthorizationCodeExchange, signal?: AbortSignal): Promise<TokenGrant> {
    return this.#createToken(
      registration,
      {
        grantType: 'authorization_code',
        code: exchange.code,
        redirectUri: exchange.redirectUri,
        codeVerifier: exchange.codeVerifier,
        scope: [...ssoScopes],
      },
      signal,
    );
  }

  /** The refresh grant sends exactly the four keys the CLI and SDK send (docs/aws-wire.md §1.2). */
  refresh(registration: ClientRegistration, refreshToken: string, signal?: AbortSignal): Promise<TokenGrant> {
    return this.#createToken(registration, { grantType: 'refresh_token', refreshToken }, signal);
  }

  dispose(): void {
    this.#sdk.destroy();
  }

  async #createToken(
    registration: ClientRegistration,
    grant: { grantType: string; deviceCode?: string; code?: string; redirectUri?: string; codeVerifier?: string; refreshToken?: string; scope?: string[] },
    signal?: AbortSignal,
  ): Promise<TokenGrant> {
    const issuedAt = this.options.clock.now();
    const output = await this.#guard(
      (options) =>
        this.#sdk.send(new CreateTokenCommand({ clientId: registration.clientId, clientSecret: registration.clientSecret, ...grant }), options),
      signal,
    );
    if (!output.accessToken) throw this.#malformed('CreateToken');
    // The SDK does not check types: expiresIn may arrive as a string (docs/aws-wire.md §1.2).
    const expiresIn = toNumber(output.expiresIn) || 3600;
    return {
      issuer: this.options.endpoint,
      accessToken: output.accessToken,
      issuedAt,
      expiresAt: issuedAt + expiresIn * 1000,
      ...(output.refreshToken ? { refreshToken: output.refreshToken } : {}),
    };
  }

  async #guard<Output>(call: (options: { abortSignal?: AbortSignal }) => Promise<Output>, signal?: AbortSignal): Promise<Output> {
    try {
      return await call(signal ? { abortSignal: signal } : {});
    } catch (error) {
      throw classifyOidcError(error, this.#host);
    }
  }

  #malformed(operation: string): OidcError {
    return new OidcError('server', 'service-unavailable', `IAM Identity Center at ${this.#host} sent an incomplete ${operation} answer.`);
  }
}

function toNumber(value: unknown): number {
  const number = typeof value === 'string' ? Number(value) : typeof value === 'number' ? value : NaN;
  return Number.isFinite(number) ? number : 0;
}
