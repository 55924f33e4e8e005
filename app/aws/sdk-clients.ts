// Builds the AWS SDK clients for one instance. The region is always set (required even with an
// explicit endpoint, docs/aws-wire.md §1.1), and so is the endpoint: the resolved one from
// endpoints.ts, which for AWS is exactly what the SDK's own ruleset would pick.
import { SSOClient } from '@aws-sdk/client-sso';
import { SSOOIDCClient } from '@aws-sdk/client-sso-oidc';

export interface SdkClientOptions {
  readonly region: string;
  /** The origin to call (endpoints.ts). */
  readonly endpoint: string;
  /** SDK attempts per call (standard retry mode); 3 by default, 1 in tests that count requests. */
  readonly maxAttempts?: number | undefined;
}

export function createOidcSdkClient(options: SdkClientOptions): SSOOIDCClient {
  return new SSOOIDCClient(config(options));
}

export function createPortalSdkClient(options: SdkClientOptions): SSOClient {
  return new SSOClient(config(options));
}

function config(options: SdkClientOptions) {
  return {
    region: options.region,
    endpoint: options.endpoint,
    ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
  };
}
