// Which origin each AWS API of an instance is called at: OIDC, the access portal and console
// federation. One resolved value per instance; the SDK clients are always given it, so nothing
// downstream needs to know whether it came from the partition's defaults or from the developer's
// override (the emulator serves all three APIs on one origin). Facts: docs/aws-wire.md §1.1, §2, §3, §4.
import type { Partition } from '../model/regions';

export interface ServiceEndpoints {
  /** SSO OIDC: client registration, device authorization, tokens; also the /authorize page. */
  readonly oidc: string;
  /** The access portal API: accounts, roles, role credentials, logout. */
  readonly portal: string;
  /** Console federation: getSigninToken and the login URL. */
  readonly federation: string;
}

export function dnsSuffix(partition: Partition): string {
  switch (partition) {
    case 'aws':
    case 'aws-us-gov':
      return 'amazonaws.com';
    case 'aws-cn':
      return 'amazonaws.com.cn';
  }
}

/** The sign-in (federation) host has its own name per partition, not the regional pattern. */
export function federationOrigin(partition: Partition): string {
  switch (partition) {
    case 'aws':
      return 'https://signin.aws.amazon.com';
    case 'aws-us-gov':
      return 'https://signin.amazonaws-us-gov.com';
    case 'aws-cn':
      return 'https://signin.amazonaws.cn';
  }
}

/**
 * The endpoints of an instance in `region`. `awsEndpoint` (a development override, already
 * checked to be an origin) replaces all three.
 */
export function resolveEndpoints(region: string, partition: Partition, awsEndpoint?: string): ServiceEndpoints {
  if (awsEndpoint) {
    // A trailing slash would give the SDK a double slash (`//client/register`, docs/aws-wire.md §3).
    const origin = awsEndpoint.replace(/\/+$/, '');
    return { oidc: origin, portal: origin, federation: origin };
  }
  const suffix = dnsSuffix(partition);
  return {
    oidc: `https://oidc.${region}.${suffix}`,
    portal: `https://portal.sso.${region}.${suffix}`,
    federation: federationOrigin(partition),
  };
}

/** The host name to show in messages ("Cannot reach ... at <host>"). */
export function hostOf(endpoint: string): string {
  try {
    return new URL(endpoint).host;
  } catch {
    return endpoint;
  }
}
