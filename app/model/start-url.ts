// Start-URL rules for an IAM Identity Center instance: which AWS access-portal forms we accept,
// how they are normalised (so the same instance is not added twice), and whether the URL agrees
// with the chosen region's partition. Pure, and free of Node so the renderer can validate as the
// user types.
//
// Accepted forms (AWS IAM Identity Center and GovCloud user guides; aws-toolkit test tables):
//   aws         https://d-1234567890.awsapps.com/start, https://<alias>.awsapps.com/start
//               https://<instance-id>.portal.<region>.app.aws  (the newer format, all partitions)
//   aws-us-gov  https://start.us-gov-home.awsapps.com/directory/<directory-id or alias>
//               https://start.<region>.us-gov-home.awsapps.com/directory/<...>
//   aws-cn      https://<alias>.awsapps.cn/start
//               https://start.home.awsapps.cn/directory/<...>, https://start.<region>.home.awsapps.cn/directory/<...>
// There is no `*.awsapps-us-gov.com` portal host in AWS documentation, so it is not accepted.
import { partitionLabel, partitionOfRegion, regionsOfPartition, type Partition } from './regions';

export type StartUrlCheck =
  | { readonly ok: true; readonly startUrl: string; readonly region: string; readonly partition: Partition }
  | { readonly ok: false; readonly code: 'invalid-start-url' | 'unknown-region'; readonly message: string };

const label = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const directoryPath = /^\/directory\/[A-Za-z0-9][A-Za-z0-9_.-]*$/;

interface HostRule {
  readonly host: RegExp;
  readonly partition: Partition | 'from-region-label';
  readonly path: 'start' | 'directory' | 'none';
}

const hostRules: readonly HostRule[] = [
  { host: new RegExp(`^${label}\\.awsapps\\.com$`), partition: 'aws', path: 'start' },
  { host: new RegExp(`^start\\.(?:(?<region>${label})\\.)?us-gov-home\\.awsapps\\.com$`), partition: 'aws-us-gov', path: 'directory' },
  { host: new RegExp(`^${label}\\.awsapps\\.cn$`), partition: 'aws-cn', path: 'start' },
  { host: new RegExp(`^start\\.(?:(?<region>${label})\\.)?home\\.awsapps\\.cn$`), partition: 'aws-cn', path: 'directory' },
  { host: new RegExp(`^${label}\\.portal\\.(?<region>${label})\\.app\\.aws$`), partition: 'from-region-label', path: 'none' },
];

const example = 'https://d-1234567890.awsapps.com/start';

/** Validates and normalises a start URL against the chosen region. */
export function checkStartUrl(input: string, region: string): StartUrlCheck {
  const trimmedRegion = region.trim();
  const regionPartition = partitionOfRegion(trimmedRegion);
  if (!regionPartition) {
    return {
      ok: false,
      code: 'unknown-region',
      message: `"${trimmedRegion.slice(0, 40)}" is not an AWS region. Use the region shown in the IAM Identity Center settings, for example us-east-1.`,
    };
  }
  const text = input.trim();
  if (/^[^:/]+\.[^:/]+/.test(text) && !/^[a-z][a-z0-9+.-]*:/i.test(text)) {
    return invalid(`The start URL must begin with https://, for example ${example}.`);
  }
  const parsed = parseUrl(text);
  if (!parsed) return invalid(`Enter the AWS access portal URL, for example ${example}.`);
  if (parsed.protocol !== 'https:') return invalid('The start URL must begin with https://.');
  if (parsed.username || parsed.password) return invalid('The start URL must not contain a user name or password.');
  if (parsed.port) return invalid('The start URL must not contain a port.');

  const host = parsed.hostname.toLowerCase();
  const path = parsed.pathname.replace(/\/+$/, '');
  for (const rule of hostRules) {
    const match = rule.host.exec(host);
    if (!match) continue;
    const hostRegion = match.groups?.['region'];
    const partition = rule.partition === 'from-region-label' ? partitionOfRegion(hostRegion ?? '') : rule.partition;
    if (!partition) return invalid(`The start URL names an unknown region (${hostRegion}).`);
    const normalisedPath = normalisePath(rule.path, path);
    if (normalisedPath === undefined) return invalid(pathHint(rule.path, host));
    if (partition !== regionPartition) {
      return {
        ok: false,
        code: 'unknown-region',
        message: `This start URL belongs to ${partitionLabel(partition)}, but ${trimmedRegion} is in ${partitionLabel(regionPartition)}. Pick the region of your IAM Identity Center instance (${regionsOfPartition(partition).slice(0, 2).join(', ')}, ...).`,
      };
    }
    if (hostRegion && hostRegion !== trimmedRegion) {
      return { ok: false, code: 'unknown-region', message: `This start URL is for ${hostRegion}, but the region chosen is ${trimmedRegion}.` };
    }
    return { ok: true, startUrl: `https://${host}${normalisedPath}`, region: trimmedRegion, partition };
  }
  return invalid(`This is not an AWS access portal URL. It looks like ${example} (or .awsapps.cn, or start.us-gov-home.awsapps.com/directory/... for GovCloud).`);
}

/** Two start URLs name the same instance when their normalised forms match, ignoring case. */
export function sameStartUrl(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function normalisePath(kind: HostRule['path'], path: string): string | undefined {
  switch (kind) {
    case 'start':
      // The portal serves /start; a bare host redirects there, so both name the same instance.
      return path === '' || path === '/start' ? '/start' : undefined;
    case 'directory':
      return directoryPath.test(path) ? path : undefined;
    case 'none':
      return path === '' || path === '/start' ? '' : undefined;
  }
}

function pathHint(kind: HostRule['path'], host: string): string {
  switch (kind) {
    case 'start':
      return `The start URL ends in /start: https://${host}/start.`;
    case 'directory':
      return `The start URL ends in /directory/<your directory ID or alias>: https://${host}/directory/d-1234567890.`;
    case 'none':
      return `The start URL has no path: https://${host}.`;
  }
}

function parseUrl(text: string): URL | undefined {
  if (!text) return undefined;
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

function invalid(message: string): StartUrlCheck {
  return { ok: false, code: 'invalid-start-url', message };
}
