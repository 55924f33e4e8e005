// Builds the AWS SDK clients for one instance. The region is always set (required even with an
// explicit endpoint, docs/aws-wire.md §1.1), and so is the endpoint: the resolved one from
// endpoints.ts, which for AWS is exactly what the SDK's own ruleset would pick.
import { SSOClient } from '@aws-sdk/client-sso';
import { SSOOIDCClient } from '@aws-sdk/client-sso-oidc';
import type { RequestHandlerFactory, SdkRequestHandler } from './request-handler';

export interface SdkClientOptions {
  readonly region: string;
  /** The origin to call (endpoints.ts). */
  readonly endpoint: string;
  /** SDK attempts per call (standard retry mode); 3 by default, 1 in tests that count requests. */
  readonly maxAttempts?: number | undefined;
  /** How long a call may wait; without limits a server that never answers hangs a refresh forever. */
  readonly timeouts?: SdkTimeouts | undefined;
  /** The HTTP layer (request-handler.ts); absent = the SDK's Node handler, no proxy. */
  readonly requestHandler?: RequestHandlerFactory | undefined;
}

export interface SdkTimeouts {
  /** Until the TCP (and TLS) connection is up. */
  readonly connectionMs: number;
  /** For the whole request and its answer. */
  readonly requestMs: number;
}

export const defaultSdkTimeouts: SdkTimeouts = { connectionMs: 5_000, requestMs: 15_000 };

export function createOidcSdkClient(options: SdkClientOptions): SSOOIDCClient {
  return new SSOOIDCClient(config(options));
}

export function createPortalSdkClient(options: SdkClientOptions): SSOClient {
  return new SSOClient(config(options));
}

function config(options: SdkClientOptions) {
  const timeouts = options.timeouts ?? defaultSdkTimeouts;
  return {
    region: options.region,
    endpoint: options.endpoint,
    ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
    requestHandler: options.requestHandler?.({ endpoint: options.endpoint, timeouts }) ?? nodeHandlerOptions(timeouts),
  };
}

/** The SDK's Node handler: throwOnRequestTimeout makes a breach an error (TimeoutError), not a warning. */
export function nodeHandlerOptions(timeouts: SdkTimeouts) {
  return {
    connectionTimeout: timeouts.connectionMs,
    requestTimeout: timeouts.requestMs,
    throwOnRequestTimeout: true,
  } as const satisfies SdkRequestHandler;
}
