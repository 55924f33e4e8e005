// Where a console window may go on its own: the AWS Management Console and the sign-in service
// that federates into it, in each partition. Everything else a console page links to (docs,
// marketing, the access portal) opens in the default browser, where the user's own session is.
import { parseUrl } from '../../app/model/urls';

/**
 * Hosts allowed as exact names or as suffixes after a dot: `console.aws.amazon.com` allows
 * `eu-west-1.console.aws.amazon.com` and the multi-session `<account>-<id>.<region>.console...`.
 * https://docs.aws.amazon.com/general/latest/gr/mgmt-console.html
 */
export const consoleHostSuffixes: readonly string[] = [
  'console.aws.amazon.com',
  'signin.aws.amazon.com', // /federation, and the regional <region>.signin.aws.amazon.com
  'console.amazonaws.cn',
  'signin.amazonaws.cn',
  'console.amazonaws-us-gov.com',
  'signin.amazonaws-us-gov.com',
];

/** True for an https console or sign-in page on the default port, with no credentials in the URL. */
export function isConsoleUrl(url: string | undefined): boolean {
  const parsed = parseUrl(url);
  if (!parsed || parsed.protocol !== 'https:' || parsed.port !== '') return false;
  if (parsed.username || parsed.password) return false;
  const host = parsed.hostname.toLowerCase();
  return consoleHostSuffixes.some((suffix) => host === suffix || host.endsWith(`.${suffix}`));
}
