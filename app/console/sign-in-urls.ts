// The URLs of a console sign-in, pure: the console destination for a partition and region, the
// federation calls (getSigninToken, then login), the console's logout chained before a login, and
// the access portal's own console shortcut. Facts: docs/aws-wire.md §4, docs/console.md.
import type { RoleCredentials } from '../aws/portal-client';
import { consolePathOf } from '../model/console-destinations';
import { maxConsoleSessionSeconds, minConsoleSessionSeconds } from '../model/console-session-limits';
import type { Partition } from '../model/regions';

/** The console host of a region: regional in the aws partition, one host in GovCloud and China. */
export function consoleOrigin(partition: Partition, region: string): string {
  switch (partition) {
    case 'aws':
      return `https://${region}.console.aws.amazon.com`;
    case 'aws-us-gov':
      return 'https://console.amazonaws-us-gov.com';
    case 'aws-cn':
      return 'https://console.amazonaws.cn';
  }
}

/**
 * The console page a destination names in `region` (the region goes in the query, where the
 * console reads it, unless a typed path already carries one). Throws on a path that could leave
 * the console host; its message is meant for the user.
 */
export function consoleDestinationUrl(partition: Partition, region: string, destination = 'home'): string {
  const checked = consolePathOf(destination);
  if (!checked.ok) throw new RangeError(`That console destination is not allowed: ${checked.reason}.`);
  const origin = consoleOrigin(partition, region);
  const url = new URL(checked.path, origin);
  // The path check above already rules this out; kept so no later change can send a token elsewhere.
  if (url.origin !== origin) throw new RangeError('That console destination is not allowed: it names another host.');
  if (!url.searchParams.has('region')) url.searchParams.set('region', region);
  return url.href;
}

/** Step 1: trade the role credentials for a sign-in token (the answer is JSON `{SigninToken}`). */
export function getSigninTokenUrl(federationOrigin: string, credentials: RoleCredentials, sessionSeconds?: number): string {
  const session = JSON.stringify({ sessionId: credentials.accessKeyId, sessionKey: credentials.secretAccessKey, sessionToken: credentials.sessionToken });
  const query = [['Action', 'getSigninToken'], ...(sessionSeconds === undefined ? [] : [['SessionDuration', String(sessionSeconds)]]), ['Session', session]];
  return `${federationOrigin}/federation?${encodeQuery(query)}`;
}

export interface LoginParts {
  /** Where the console sends the user back when the session has ended: the instance's start URL. */
  readonly issuer: string;
  readonly destination: string;
  readonly signinToken: string;
}

/** Step 2: the URL that signs the browser in; valid 15 minutes, once. */
export function loginUrl(federationOrigin: string, parts: LoginParts): string {
  return `${federationOrigin}/federation?${encodeQuery([['Action', 'login'], ['Issuer', parts.issuer], ['Destination', parts.destination], ['SigninToken', parts.signinToken]])}`;
}

/**
 * Where the console's logout lives. In the aws partition the chained form needs the `us-east-1.`
 * host (docs/aws-wire.md §4); the emulator serves it at its own origin.
 */
export function logoutOrigin(partition: Partition, awsEndpoint?: string): string {
  if (awsEndpoint) return awsEndpoint.replace(/\/+$/, '');
  switch (partition) {
    case 'aws':
      return 'https://us-east-1.signin.aws.amazon.com';
    case 'aws-us-gov':
      return 'https://signin.amazonaws-us-gov.com';
    case 'aws-cn':
      return 'https://signin.amazonaws.cn';
  }
}

/** Log out of whatever console session the browser has, then follow `next` (the login URL). */
export function logOutFirstUrl(origin: string, next: string): string {
  return `${origin}/oauth?${encodeQuery([['Action', 'logout'], ['redirect_uri', next]])}`;
}

/**
 * The access portal's console shortcut, which signs in through the portal (and so works with the
 * console's own multi-session mode): `<start URL>/#/console?account_id=&role_name=&destination=`.
 */
export function portalShortcutUrl(startUrl: string, accountId: string, roleName: string, destination: string): string {
  const base = startUrl.replace(/\/+$/, '');
  return `${base}/#/console?${encodeQuery([['account_id', accountId], ['role_name', roleName], ['destination', destination]])}`;
}

export type SessionLength =
  | { readonly ok: true; readonly seconds: number | undefined }
  | { readonly ok: false; readonly message: string };

/**
 * The console session's length: the one asked for this click, else the setting for the role's
 * scope, else none (the console session then ends with the credentials). AWS takes 900 to 43,200 s;
 * the app also refuses a length the role credentials would not last, rather than open a console
 * that AWS cuts short.
 */
export function sessionLength(options: { readonly requested?: number | undefined; readonly configured?: number | undefined; readonly credentialsExpireAt: number; readonly now: number }): SessionLength {
  const seconds = options.requested ?? options.configured;
  if (seconds === undefined) return { ok: true, seconds: undefined };
  const source = options.requested !== undefined ? 'The console session length' : 'The console session length in the settings';
  if (!Number.isInteger(seconds) || seconds < minConsoleSessionSeconds || seconds > maxConsoleSessionSeconds) {
    return { ok: false, message: `${source} must be a whole number of seconds from ${minConsoleSessionSeconds} (15 minutes) to ${maxConsoleSessionSeconds} (12 hours); it is ${seconds}.` };
  }
  const left = Math.floor((options.credentialsExpireAt - options.now) / 1000);
  if (seconds > left) {
    return { ok: false, message: `${source} (${describeSeconds(seconds)}) is longer than the role's credentials last (${describeSeconds(Math.max(left, 0))} left); choose ${describeSeconds(Math.max(left, 0))} or less.` };
  }
  return { ok: true, seconds };
}

/** "1 h 30 min", "15 min", "45 s": lengths in messages. */
export function describeSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  return [hours ? `${hours} h` : '', minutes ? `${minutes} min` : ''].filter(Boolean).join(' ') || `${seconds} s`;
}

/** RFC 3986 query encoding (encodeURIComponent): `+` is `%2B`, never a space. */
function encodeQuery(pairs: readonly (readonly string[])[]): string {
  return pairs.map(([key = '', value = '']) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&');
}
