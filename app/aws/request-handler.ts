// The HTTP layer under the AWS SDK clients, as a port: the Node hosts (CLI, dev web host) use the
// SDK's Node handler with the proxy and CA rules of app/net/node-request-handler.ts; Electron's
// main passes a handler over its own network stack (main/net/), so the system proxy, PAC files
// and the OS trust store apply as in the user's browser. app/ never knows which.
import type { SSOClientConfig } from '@aws-sdk/client-sso';
import type { SdkTimeouts } from './sdk-clients';

/** What one SDK client talks to: one origin, with the limits every call must keep. */
export interface RequestTarget {
  /** The origin the client calls (endpoints.ts), e.g. `https://oidc.eu-west-1.amazonaws.com`. */
  readonly endpoint: string;
  readonly timeouts: SdkTimeouts;
}

/** A Smithy HttpHandler, or the SDK's Node handler options (the SDK builds the handler from them). */
export type SdkRequestHandler = NonNullable<SSOClientConfig['requestHandler']>;

/** Called once per SDK client (per region and origin, aws-clients.ts). */
export type RequestHandlerFactory = (target: RequestTarget) => SdkRequestHandler;
