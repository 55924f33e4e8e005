// What the user reads for the start URLs and regions they actually paste: a region with spaces
// around it, a region of garbage, a password with no user name, the newer app.aws form with the
// /start path, doubled slashes, and scheme-less URLs. Each message is pinned in full, because the
// form shows it word for word (start-url.test.ts covers which forms are accepted at all).
import { describe, expect, it } from 'vitest';
import { checkStartUrl } from './start-url';

describe('checkStartUrl reads the region as the user typed it', () => {
  it('ignores spaces around the region, and answers with the trimmed one', () => {
    expect(checkStartUrl('https://acme.awsapps.com/start', '  eu-west-1 ')).toEqual({
      ok: true,
      startUrl: 'https://acme.awsapps.com/start',
      region: 'eu-west-1',
      partition: 'aws',
    });
  });

  it('quotes at most 40 characters of a region that is not one', () => {
    expect(checkStartUrl('https://acme.awsapps.com/start', ` ${'x'.repeat(39)}yz `)).toEqual({
      ok: false,
      code: 'unknown-region',
      message: `"${'x'.repeat(39)}y" is not an AWS region. Use the region shown in the IAM Identity Center settings, for example us-east-1.`,
    });
  });

  it('names two regions of the portal\'s partition when the region is in another one', () => {
    const result = checkStartUrl('https://acme.awsapps.cn/start', 'eu-west-1');
    expect(result).toEqual({
      ok: false,
      code: 'unknown-region',
      message: 'This start URL belongs to AWS China, but eu-west-1 is in AWS. Pick the region of your IAM Identity Center instance (cn-north-1, cn-northwest-1, ...).',
    });
    // AWS has dozens of regions: the hint still names the first two only.
    expect(checkStartUrl('https://acme.awsapps.com/start', 'cn-north-1')).toMatchObject({
      message: 'This start URL belongs to AWS, but cn-north-1 is in AWS China. Pick the region of your IAM Identity Center instance (af-south-1, ap-east-1, ...).',
    });
  });
});

describe('checkStartUrl on the edges of the URL forms', () => {
  it('refuses a password even without a user name', () => {
    expect(checkStartUrl('https://:hunter2@acme.awsapps.com/start', 'us-east-1')).toEqual({
      ok: false,
      code: 'invalid-start-url',
      message: 'The start URL must not contain a user name or password.',
    });
  });

  it('accepts the app.aws form with the /start path the portal redirects to, and drops it', () => {
    expect(checkStartUrl('https://ssoins-1234567890abcdef.portal.eu-west-1.app.aws/start', 'eu-west-1')).toEqual({
      ok: true,
      startUrl: 'https://ssoins-1234567890abcdef.portal.eu-west-1.app.aws',
      region: 'eu-west-1',
      partition: 'aws',
    });
  });

  it.each([
    ['https://acme.awsapps.com/start//', 'https://acme.awsapps.com/start'],
    ['https://start.us-gov-home.awsapps.com/directory/agency///', 'https://start.us-gov-home.awsapps.com/directory/agency'],
  ])('drops every trailing slash of %s', (input, startUrl) => {
    const region = startUrl.includes('us-gov') ? 'us-gov-west-1' : 'us-east-1';
    expect(checkStartUrl(input, region)).toMatchObject({ ok: true, startUrl });
  });
});

describe('checkStartUrl without https://', () => {
  const withExample = 'The start URL must begin with https://, for example https://d-1234567890.awsapps.com/start.';
  it.each([
    ['a host and path', 'acme.awsapps.com/start', withExample],
    ['a link inside the fragment', 'acme.awsapps.com/start/#/?next=https://console.aws.amazon.com', withExample],
    // A host with a port reads as a URL whose scheme is the host: it is not https.
    ['a host with a port', 'acme.awsapps.com:443/start', 'The start URL must begin with https://.'],
    ['a host with a port, in capitals', 'ACME.awsapps.com:443/start', 'The start URL must begin with https://.'],
    ['a host with a port, pasted after a space', '  acme.awsapps.com:443/start', 'The start URL must begin with https://.'],
    ['a protocol-relative URL', '//acme.awsapps.com/start', 'Enter the AWS access portal URL, for example https://d-1234567890.awsapps.com/start.'],
  ])('%s: %s', (_name, input, message) => {
    expect(checkStartUrl(input, 'us-east-1')).toEqual({ ok: false, code: 'invalid-start-url', message });
  });
});
