// Which origin each IAM Identity Center API is called at. Either one override origin for all of
// them (the emulator serves OIDC, the portal and federation on one origin; main reads
// SSO_TRAY_AWS_ENDPOINT and passes it in), or the regional defaults per partition (contracts §1.1
// and §2). The SDK clients always get the region as well: it is required even with an endpoint.
import type { Partition } from '../model/regions';

export interface ServiceEndpoints {
  readonly oidc: string;
  readonly portal: string;
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

export function resolveEndpoints(region: string, partition: Partition, override?: string): ServiceEndpoints {
  if (override) {
    // A trailing slash would give the SDK a double slash (`//client/register`, contracts §3).
    const origin = override.replace(/\/+$/, '');
    return { oidc: origin, portal: origin };
  }
  const suffix = dnsSuffix(partition);
  return { oidc: `https://oidc.${region}.${suffix}`, portal: `https://portal.sso.${region}.${suffix}` };
}

/** The host name to show in messages ("Cannot reach ... at <host>"). */
export function hostOf(endpoint: string): string {
  try {
    return new URL(endpoint).host;
  } catch {
    return endpoint;
  }
}
