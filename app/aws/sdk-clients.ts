// Builds the AWS SDK clients for one instance. Region always set (contracts §1.1: required even
// with an endpoint override); endpoint set only when overridden, else the SDK's ruleset resolves
// the same regional default that resolveEndpoints names for messages.
import { SSOClient } from '@aws-sdk/client-sso';
import { SSOOIDCClient } from '@aws-sdk/client-sso-oidc';

export interface SdkClientOptions {
  readonly region: string;
  /** The override origin, if any. */
  readonly endpoint?: string;
  /** SDK attempts per call (standard retry mode); 3 by default, 1 in tests that count requests. */
  readonly maxAttempts?: number;
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
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
  };
}
