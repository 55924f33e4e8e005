// The AWS hosts the app may send the user's browser to, by name rather than by domain suffix: a
// suffix such as amazonaws.com also admits S3 buckets, API Gateway stages and EC2 host names,
// which anyone can fill with their own page. Every host here is one the app itself builds or
// that AWS sends it to during sign-in, in the aws, aws-us-gov and aws-cn partitions, and a region
// in a host name must be a known region of that host's partition (app/model/regions.ts).
// Facts: docs/aws-wire.md §1.1 (OIDC), §2 (portal API), §4 (sign-in and console).
import { dnsSuffix, federationOrigin, resolveEndpoints } from '../aws/endpoints';
import { knownRegions, partitions, regionsOfPartition, type Partition } from '../model/regions';
import { checkStartUrl } from '../model/start-url';

/**
 * The domain of the sign-in and console hosts, taken from the federation origin endpoints.ts
 * builds (signin.<domain>), so the two cannot disagree: aws.amazon.com, amazonaws-us-gov.com,
 * amazonaws.cn.
 */
function consoleDomain(partition: Partition): string {
  return new URL(federationOrigin(partition)).hostname.replace(/^signin\./, '');
}

/**
 * Regional sign-in hosts exist where AWS or the tools of §4 use them: aws documents
 * <region>.signin.aws.amazon.com and GovCloud tools use us-gov-east-1.signin.amazonaws-us-gov.com;
 * nothing names a regional sign-in host in China, so none is admitted there.
 */
const hasRegionalSignIn: Readonly<Record<Partition, boolean>> = { aws: true, 'aws-us-gov': true, 'aws-cn': false };

function partitionHosts(partition: Partition): string[] {
  const domain = consoleDomain(partition);
  const hosts = [`signin.${domain}`, `console.${domain}`];
  for (const region of regionsOfPartition(partition)) {
    const endpoints = resolveEndpoints(region, partition);
    hosts.push(
      new URL(endpoints.oidc).hostname, // oidc.<region>.<suffix>: the API and the /authorize page
      new URL(endpoints.portal).hostname, // portal.sso.<region>.<suffix>: the access portal API
      `device.sso.${region}.${dnsSuffix(partition)}`, // the device flow's verification page
      `${region}.console.${domain}`,
    );
    if (hasRegionalSignIn[partition]) hosts.push(`${region}.signin.${domain}`);
  }
  return hosts;
}

/**
 * AWS's documentation: console pages link to it ("Learn more"), and a console window hands such
 * links to the default browser. One exact host, AWS's own, serving no customer content.
 */
const documentationHosts = ['docs.aws.amazon.com', 'docs.amazonaws.cn'];

/** Every OIDC, portal API, device verification, sign-in, console and documentation host, as exact names. */
export const awsServiceHosts: ReadonlySet<string> = new Set([...partitions.flatMap(partitionHosts), ...documentationHosts]);

/** The path forms start-url.ts accepts ("" for /start and the bare app.aws host, /directory/... for GovCloud and China). */
const startUrlPaths = ['', '/directory/d-0000000000'];

/**
 * An access-portal host that app/model/start-url.ts accepts, for some known region. Its rules
 * (host patterns, the region a host names, the partition) are asked rather than copied here.
 */
export function isAccessPortalHost(host: string): boolean {
  // A host name only: anything else would change the URL handed to checkStartUrl.
  if (!/^[a-z0-9.-]+$/.test(host)) return false;
  return knownRegions.some((region) => startUrlPaths.some((path) => checkStartUrl(`https://${host}${path}`, region).ok));
}

/** True for a host name (already lower case, as URL gives it) the app may open over https. */
export function isAwsHost(host: string): boolean {
  return awsServiceHosts.has(host) || isAccessPortalHost(host);
}
