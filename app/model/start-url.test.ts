import { describe, expect, it } from 'vitest';
import { checkStartUrl, sameStartUrl } from './start-url';

describe('checkStartUrl accepts the AWS access portal forms and normalises them', () => {
  it.each([
    ['https://d-1234567890.awsapps.com/start', 'eu-west-1', 'https://d-1234567890.awsapps.com/start', 'aws'],
    ['https://d-1234567890.awsapps.com/start/', 'eu-west-1', 'https://d-1234567890.awsapps.com/start', 'aws'],
    ['https://d-1234567890.awsapps.com/start/#/', 'eu-west-1', 'https://d-1234567890.awsapps.com/start', 'aws'],
    ['https://d-1234567890.awsapps.com/start#/?tab=accounts', 'eu-west-1', 'https://d-1234567890.awsapps.com/start', 'aws'],
    ['  https://ACME-Sandbox.awsapps.com/start  ', 'us-east-1', 'https://acme-sandbox.awsapps.com/start', 'aws'],
    ['https://acme.awsapps.com', 'us-east-1', 'https://acme.awsapps.com/start', 'aws'],
    ['https://acme.awsapps.com/', 'us-east-1', 'https://acme.awsapps.com/start', 'aws'],
    ['https://ssoins-1234567890abcdef.portal.us-east-1.app.aws', 'us-east-1', 'https://ssoins-1234567890abcdef.portal.us-east-1.app.aws', 'aws'],
    ['https://ssoins-1234567890abcdef.portal.us-east-1.app.aws/', 'us-east-1', 'https://ssoins-1234567890abcdef.portal.us-east-1.app.aws', 'aws'],
    ['https://start.us-gov-home.awsapps.com/directory/d-9067c6d6c0', 'us-gov-west-1', 'https://start.us-gov-home.awsapps.com/directory/d-9067c6d6c0', 'aws-us-gov'],
    ['https://start.us-gov-home.awsapps.com/directory/my-agency/', 'us-gov-east-1', 'https://start.us-gov-home.awsapps.com/directory/my-agency', 'aws-us-gov'],
    ['https://start.us-gov-east-1.us-gov-home.awsapps.com/directory/test', 'us-gov-east-1', 'https://start.us-gov-east-1.us-gov-home.awsapps.com/directory/test', 'aws-us-gov'],
    ['https://ssoins-7223abcd.portal.us-gov-west-1.app.aws', 'us-gov-west-1', 'https://ssoins-7223abcd.portal.us-gov-west-1.app.aws', 'aws-us-gov'],
    ['https://start.home.awsapps.cn/directory/d-90676cd1e1', 'cn-north-1', 'https://start.home.awsapps.cn/directory/d-90676cd1e1', 'aws-cn'],
    ['https://start.cn-northwest-1.home.awsapps.cn/directory/test', 'cn-northwest-1', 'https://start.cn-northwest-1.home.awsapps.cn/directory/test', 'aws-cn'],
    ['https://acme.awsapps.cn/start', 'cn-north-1', 'https://acme.awsapps.cn/start', 'aws-cn'],
  ])('%s in %s', (input, region, startUrl, partition) => {
    expect(checkStartUrl(input, region)).toEqual({ ok: true, startUrl, region, partition });
  });
});

describe('checkStartUrl refuses what is not a start URL, with a message that says why', () => {
  it.each([
    ['', 'us-east-1', 'invalid-start-url', /Enter the AWS access portal URL/],
    ['not a url', 'us-east-1', 'invalid-start-url', /Enter the AWS access portal URL/],
    ['d-1234567890.awsapps.com/start', 'us-east-1', 'invalid-start-url', /must begin with https/],
    ['http://d-1234567890.awsapps.com/start', 'us-east-1', 'invalid-start-url', /must begin with https/],
    ['ftp://d-1234567890.awsapps.com/start', 'us-east-1', 'invalid-start-url', /must begin with https/],
    ['https://user:pw@d-1234567890.awsapps.com/start', 'us-east-1', 'invalid-start-url', /user name or password/],
    ['https://d-1234567890.awsapps.com:8443/start', 'us-east-1', 'invalid-start-url', /port/],
    ['https://example.com/start', 'us-east-1', 'invalid-start-url', /not an AWS access portal URL/],
    ['https://awsapps.com.evil.example/start', 'us-east-1', 'invalid-start-url', /not an AWS access portal URL/],
    ['https://d-1234567890.awsapps.com/portal', 'us-east-1', 'invalid-start-url', /ends in \/start/],
    ['https://start.us-gov-home.awsapps.com/start', 'us-gov-west-1', 'invalid-start-url', /\/directory\//],
    ['https://acme.awsapps-us-gov.com/start', 'us-gov-west-1', 'invalid-start-url', /not an AWS access portal URL/],
    ['https://ssoins-1.portal.mars-north-1.app.aws', 'us-east-1', 'invalid-start-url', /unknown region/],
    ['https://d-1234567890.awsapps.com/start', 'eu-westt-1', 'unknown-region', /not an AWS region/],
    ['https://d-1234567890.awsapps.com/start', '', 'unknown-region', /not an AWS region/],
    ['https://d-1234567890.awsapps.com/start', 'us-gov-west-1', 'unknown-region', /belongs to AWS, but us-gov-west-1 is in AWS GovCloud/],
    ['https://start.us-gov-home.awsapps.com/directory/x', 'us-east-1', 'unknown-region', /belongs to AWS GovCloud \(US\)/],
    ['https://acme.awsapps.cn/start', 'eu-west-1', 'unknown-region', /belongs to AWS China/],
    ['https://ssoins-1.portal.us-east-1.app.aws', 'us-west-2', 'unknown-region', /for us-east-1, but the region chosen is us-west-2/],
    ['https://start.us-gov-east-1.us-gov-home.awsapps.com/directory/x', 'us-gov-west-1', 'unknown-region', /for us-gov-east-1/],
  ])('%s in "%s"', (input, region, code, message) => {
    const result = checkStartUrl(input, region);
    expect(result).toMatchObject({ ok: false, code });
    expect(result.ok ? '' : result.message).toMatch(message);
  });
});

describe('sameStartUrl', () => {
  it('compares normalised URLs without regard to case', () => {
    expect(sameStartUrl('https://start.us-gov-home.awsapps.com/directory/Agency', 'https://start.us-gov-home.awsapps.com/directory/agency')).toBe(true);
    expect(sameStartUrl('https://a.awsapps.com/start', 'https://b.awsapps.com/start')).toBe(false);
  });
});
