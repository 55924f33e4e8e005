// Which URLs the app may hand to the system browser. Everything the app opens (sign-in pages,
// device verification, console federation links) is on an AWS host; the local emulator is the one
// exception, and only when the app was started against it.
import { isLoopbackHttpUrl, parseUrl } from '../model/urls';

export interface ExternalUrlPolicy {
  /** https hosts allowed, as exact names or as suffixes after a dot ("awsapps.com" allows "d-1.awsapps.com"). */
  readonly httpsHostSuffixes: readonly string[];
  /** Exact origins allowed as well; the emulator's, when SSO_TRAY_AWS_ENDPOINT is set. */
  readonly extraOrigins: readonly string[];
}

/**
 * AWS's sign-in, portal, OIDC and console hosts in the commercial, China and GovCloud partitions.
 * https://docs.aws.amazon.com/singlesignon/latest/userguide/howtochangeURL.html
 */
export const awsHostSuffixes: readonly string[] = [
  'awsapps.com', // access portals: d-xxxxxxxxxx.awsapps.com/start
  'app.aws', // newer access portals: ssoins-xxxx.portal.<region>.app.aws
  'amazonaws.com', // oidc.<region>, device.sso.<region>, portal.sso.<region>
  'aws.amazon.com', // signin.aws.amazon.com/federation, console.aws.amazon.com
  'awsapps.cn',
  'amazonaws.com.cn', // China: oidc.cn-north-1.amazonaws.com.cn (app/aws/endpoints.ts dnsSuffix)
  'amazonaws.cn',
  'amazonaws-us-gov.com',
];

export function createExternalUrlPolicy(options: { readonly awsEndpoint?: string } = {}): ExternalUrlPolicy {
  const endpoint = options.awsEndpoint ? parseUrl(options.awsEndpoint) : undefined;
  return {
    httpsHostSuffixes: awsHostSuffixes,
    extraOrigins: endpoint && endpoint.origin !== 'null' ? [endpoint.origin] : [],
  };
}

export type ExternalUrlDecision =
  | { readonly allowed: true; readonly url: string }
  | { readonly allowed: false; readonly reason: string };

/** Decides whether `url` may open in the system browser; the reason never repeats the URL. */
export function decideExternalUrl(url: unknown, policy: ExternalUrlPolicy): ExternalUrlDecision {
  const parsed = typeof url === 'string' ? parseUrl(url) : undefined;
  if (!parsed) return { allowed: false, reason: 'not a URL' };
  if (parsed.username || parsed.password) return { allowed: false, reason: 'URL carries credentials' };
  if (policy.extraOrigins.includes(parsed.origin)) {
    // An extra origin over plain http is acceptable only on this machine.
    if (parsed.protocol === 'https:' || isLoopbackHttpUrl(parsed.href)) return { allowed: true, url: parsed.href };
    return { allowed: false, reason: 'plain http outside this machine' };
  }
  if (parsed.protocol !== 'https:') return { allowed: false, reason: `scheme ${parsed.protocol} is not allowed` };
  const host = parsed.hostname.toLowerCase();
  const allowedHost = policy.httpsHostSuffixes.some((suffix) => host === suffix || host.endsWith(`.${suffix}`));
  return allowedHost ? { allowed: true, url: parsed.href } : { allowed: false, reason: 'host is not an AWS host' };
}

/** The part of a URL that is safe to log: sign-in and federation URLs carry tokens in the query. */
export function describeUrlForLog(url: unknown): string {
  const parsed = typeof url === 'string' ? parseUrl(url) : undefined;
  if (!parsed) return '(not a URL)';
  return parsed.origin === 'null' ? `${parsed.protocol}(opaque)` : parsed.origin;
}
