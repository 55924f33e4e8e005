// SSO_TRAY_AWS_ENDPOINT points every AWS call (OIDC, portal, federation) at one origin: the local
// IAM Identity Center emulator in demos and e2e tests. Unset in normal use.
import { isLoopbackHttpUrl, parseUrl } from '../model/urls';

export const awsEndpointVariable = 'SSO_TRAY_AWS_ENDPOINT';

/**
 * Returns the endpoint's origin, or undefined when unset. Anything other than https or loopback
 * http is a configuration error: tokens must never travel in clear text across a network.
 */
export function readAwsEndpoint(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const raw = env[awsEndpointVariable]?.trim();
  if (!raw) return undefined;
  const url = parseUrl(raw);
  if (!url || !(url.protocol === 'https:' || isLoopbackHttpUrl(raw))) {
    throw new Error(`${awsEndpointVariable} must be an https URL or http on 127.0.0.1/localhost.`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`${awsEndpointVariable} must be an origin only, like http://127.0.0.1:4566.`);
  }
  return url.origin;
}
