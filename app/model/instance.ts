// An IAM Identity Center instance the user added. Non-secret: it lives in the settings file.
import type { Partition } from './regions';

/** Browser = authorization code with PKCE (RFC 7636, the AWS CLI default since 2.22); device code = RFC 8628. */
export type SignInMethod = 'browser' | 'device-code';

export interface Instance {
  /** Stable, opaque, safe in a keychain account name (a UUID). */
  readonly id: string;
  /** Normalised (see checkStartUrl). */
  readonly startUrl: string;
  readonly region: string;
  readonly partition: Partition;
  readonly displayName: string;
  readonly signInMethod: SignInMethod;
}

/** A readable default name: the alias or directory ID from the start URL. */
export function defaultDisplayName(startUrl: string): string {
  const match = /^https:\/\/([^./]+)\.(?:awsapps\.com|awsapps\.cn|portal\.)/.exec(startUrl);
  if (match?.[1] && match[1] !== 'start') return match[1];
  const directory = /\/directory\/([^/]+)$/.exec(startUrl);
  return directory?.[1] ?? startUrl.replace(/^https:\/\//, '');
}
