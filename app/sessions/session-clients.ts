// The AWS clients a session needs, one set per (region, endpoint), shared by all instances there.
import { hostOf, resolveEndpoints } from '../aws/endpoints';
import { OidcClient } from '../auth/oidc-client';
import { PortalLogout } from '../auth/portal-logout';
import type { Instance } from '../model/instance';
import type { Clock } from '../ports/clock';

const logoutTimeoutMs = 5_000;

export interface SessionClientOptions {
  readonly clock: Clock;
  /** One origin for OIDC and the portal (the emulator); absent in production. */
  readonly endpointOverride?: string | undefined;
  /** RegisterClient's clientName. */
  readonly clientName: string;
  /** SDK attempts per call; absent = the SDK default (3). */
  readonly maxAttempts?: number | undefined;
}

export class SessionClients {
  readonly #oidc = new Map<string, OidcClient>();
  readonly #portal = new Map<string, PortalLogout>();

  constructor(private readonly options: SessionClientOptions) {}

  oidcFor(instance: Instance): OidcClient {
    const endpoints = resolveEndpoints(instance.region, instance.partition, this.options.endpointOverride);
    return getOrCreate(this.#oidc, `${instance.region}|${endpoints.oidc}`, () =>
      new OidcClient({
        region: instance.region,
        endpoint: endpoints.oidc,
        endpointIsOverride: Boolean(this.options.endpointOverride),
        clientName: this.options.clientName,
        clock: this.options.clock,
        ...(this.options.maxAttempts ? { maxAttempts: this.options.maxAttempts } : {}),
      }),
    );
  }

  portalFor(instance: Instance): PortalLogout {
    const endpoints = resolveEndpoints(instance.region, instance.partition, this.options.endpointOverride);
    return getOrCreate(this.#portal, `${instance.region}|${endpoints.portal}`, () =>
      new PortalLogout({
        region: instance.region,
        ...(this.options.endpointOverride ? { endpoint: endpoints.portal } : {}),
        ...(this.options.maxAttempts ? { maxAttempts: this.options.maxAttempts } : {}),
      }),
    );
  }

  /** Portal Logout with a time limit: sign-out must not hang on an unreachable host. */
  async logout(instance: Instance, accessToken: string): Promise<{ ok: true } | { ok: false; error: unknown }> {
    const timeout = new AbortController();
    const stopWaiting = new AbortController();
    this.options.clock.sleep(logoutTimeoutMs, stopWaiting.signal).then(() => timeout.abort(), () => undefined);
    try {
      return await this.portalFor(instance).logout(accessToken, timeout.signal);
    } finally {
      stopWaiting.abort();
    }
  }

  /** For messages: the OIDC host an instance talks to. */
  oidcHost(instance: Instance): string {
    return hostOf(resolveEndpoints(instance.region, instance.partition, this.options.endpointOverride).oidc);
  }

  dispose(): void {
    for (const client of this.#oidc.values()) client.dispose();
    for (const client of this.#portal.values()) client.dispose();
    this.#oidc.clear();
    this.#portal.clear();
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
