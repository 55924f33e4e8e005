// Whether a URL is a page of the AWS console in a partition: where an in-app console window may
// come back to after signing in again. Only the console itself (regional and multi-session hosts
// included), never the sign-in service or anything else on AWS's domains.
import { federationOrigin } from '../aws/endpoints';
import type { Partition } from '../model/regions';
import { parseUrl } from '../model/urls';

export function isConsolePageOf(partition: Partition, url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed || parsed.protocol !== 'https:' || parsed.port !== '' || parsed.username || parsed.password) return false;
  // console.<domain>, where signin.<domain> is the partition's federation host (endpoints.ts).
  const consoleHost = new URL(federationOrigin(partition)).hostname.replace(/^signin\./, 'console.');
  const host = parsed.hostname.toLowerCase();
  return host === consoleHost || host.endsWith(`.${consoleHost}`);
}
