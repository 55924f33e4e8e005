// The AWS layer's client cache: one OIDC and one portal client per (region, origin), shared by
// every instance there and by every caller (sign-in, refresh, the portal listing, the CLI). This is
// where each instance's rate limiter lives, in front of its portal calls.
import type { Instance } from '../model/instance';
import type { Clock } from '../ports/clock';
import { resolveEndpoints, type ServiceEndpoints } from './endpoints';
import { OidcClient } from './oidc-client';
import { AdaptiveRateLimiter, type RateLimiterOptions } from './adaptive-rate-limiter';
import { PortalClient } from './portal-client';
import type { SdkTimeouts } from './sdk-clients';
import type { RequestHandlerFactory } from './request-handler';

export interface AwsClientOptions {
  readonly clock: Clock;
  /** The developer's override origin (the emulator); absent for real AWS. */
  readonly awsEndpoint?: string | undefined;
  /** RegisterClient's clientName. */
  readonly clientName: string;
  /** SDK attempts per call; absent = the SDK default (3). */
  readonly maxAttempts?: number | undefined;
  readonly timeouts?: SdkTimeouts | undefined;
  /** The portal's pace per instance (default: IAM Identity Center's 20 requests per second). */
  readonly rateLimit?: Partial<RateLimiterOptions> | undefined;
  /** The HTTP layer under every SDK client (request-handler.ts); absent = the SDK's Node handler. */
  readonly requestHandler?: RequestHandlerFactory | undefined;
}

export class AwsClients {
  readonly #oidc = new Map<string, OidcClient>();
  readonly #portal = new Map<string, PortalClient>();
  readonly #limiters = new Map<string, AdaptiveRateLimiter>();

  constructor(private readonly options: AwsClientOptions) {}

  endpointsFor(instance: Pick<Instance, 'region' | 'partition'>): ServiceEndpoints {
    return resolveEndpoints(instance.region, instance.partition, this.options.awsEndpoint);
  }

  oidcFor(instance: Instance): OidcClient {
    const endpoint = this.endpointsFor(instance).oidc;
    return getOrCreate(this.#oidc, `${instance.region}|${endpoint}`, () =>
      new OidcClient({ region: instance.region, endpoint, clientName: this.options.clientName, clock: this.options.clock, maxAttempts: this.options.maxAttempts, timeouts: this.options.timeouts, requestHandler: this.options.requestHandler }),
    );
  }

  portalFor(instance: Instance): PortalClient {
    const endpoint = this.endpointsFor(instance).portal;
    return getOrCreate(this.#portal, `${instance.region}|${endpoint}`, () =>
      new PortalClient({ region: instance.region, endpoint, maxAttempts: this.options.maxAttempts, timeouts: this.options.timeouts, requestHandler: this.options.requestHandler }, this.options.clock),
    );
  }

  /** The instance's one rate limiter: the quota is per instance, whoever calls. */
  limiterFor(instance: Pick<Instance, 'id'>): AdaptiveRateLimiter {
    return getOrCreate(this.#limiters, instance.id, () => new AdaptiveRateLimiter(this.options.clock, this.options.rateLimit));
  }

  dispose(): void {
    for (const client of this.#oidc.values()) client.dispose();
    for (const client of this.#portal.values()) client.dispose();
    this.#oidc.clear();
    this.#portal.clear();
    this.#limiters.clear();
  }
}

function getOrCreate<V>(cache: Map<string, V>, key: string, create: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = create();
    cache.set(key, value);
  }
  return value;
}
