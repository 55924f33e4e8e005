// Which URLs the app may hand to the system browser. Everything the app opens (sign-in pages,
// device verification, console federation links) is on an AWS host named in aws-hosts.ts; the
// local emulator is the one exception, and only when the app was started against it.
import { isLoopbackHttpUrl, parseUrl } from '../model/urls';
import { isAwsHost } from './aws-hosts';

export interface ExternalUrlPolicy {
  /** Exact origins allowed as well; the emulator's, when SSO_TRAY_AWS_ENDPOINT is set. */
  readonly extraOrigins: readonly string[];
}

export function createExternalUrlPolicy(options: { readonly awsEndpoint?: string } = {}): ExternalUrlPolicy {
  const endpoint = options.awsEndpoint ? parseUrl(options.awsEndpoint) : undefined;
  return { extraOrigins: endpoint && endpoint.origin !== 'null' ? [endpoint.origin] : [] };
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
  // AWS serves these pages on 443 only; another port is another server.
  if (parsed.port !== '') return { allowed: false, reason: 'an AWS host on another port' };
  return isAwsHost(parsed.hostname) ? { allowed: true, url: parsed.href } : { allowed: false, reason: 'host is not an AWS sign-in, portal or console host' };
}

/** The part of a URL that is safe to log: sign-in and federation URLs carry tokens in the query. */
export function describeUrlForLog(url: unknown): string {
  const parsed = typeof url === 'string' ? parseUrl(url) : undefined;
  if (!parsed) return '(not a URL)';
  return parsed.origin === 'null' ? `${parsed.protocol}(opaque)` : parsed.origin;
}
