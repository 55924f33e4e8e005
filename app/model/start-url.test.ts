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

// Lookalike hosts for every host rule: each case fails if a rule loses an anchor (^ or $), a dot
// escape, or the userinfo, port or scheme checks; one accepted URL per form sits in the table above.
describe('checkStartUrl refuses lookalike hosts for every portal form', () => {
  const notPortal = /not an AWS access portal URL/;
  it.each([
    // *.awsapps.com
    ['suffix appended', 'https://d-1234567890.awsapps.com.evil.example/start', 'us-east-1', notPortal],
    ['suffix appended, China domain', 'https://d-1234567890.awsapps.com.cn/start', 'cn-north-1', notPortal],
    ['prefix injected', 'https://evil.example.d-1234567890.awsapps.com/start', 'us-east-1', notPortal],
    ['dot replaced', 'https://d-1234567890-awsapps.com/start', 'us-east-1', notPortal],
    ['dot dropped', 'https://evilawsapps.com/start', 'us-east-1', notPortal],
    ['domain dot replaced', 'https://d-1234567890.awsappsxcom/start', 'us-east-1', notPortal],
    ['userinfo naming the portal', 'https://d-1234567890.awsapps.com@evil.example/start', 'us-east-1', /user name or password/],
    ['userinfo before an unrelated host', 'https://d-123@evil.example/start', 'us-east-1', /user name or password/],
    ['userinfo before the portal', 'https://evil@d-1234567890.awsapps.com/start', 'us-east-1', /user name or password/],
    ['a backslash ends the host', 'https://evil.example\\.d-1234567890.awsapps.com/start', 'us-east-1', notPortal],
    ['wrong port', 'https://d-1234567890.awsapps.com:444/start', 'us-east-1', /port/],
    // GovCloud start.[<region>.]us-gov-home.awsapps.com
    ['GovCloud, suffix appended', 'https://start.us-gov-home.awsapps.com.evil.example/directory/x', 'us-gov-west-1', notPortal],
    ['GovCloud, prefix injected', 'https://evil.start.us-gov-home.awsapps.com/directory/x', 'us-gov-west-1', notPortal],
    ['GovCloud, prefix glued on', 'https://evilstart.us-gov-home.awsapps.com/directory/x', 'us-gov-west-1', notPortal],
    ['GovCloud, dot replaced', 'https://start-us-gov-home.awsapps.com/directory/x', 'us-gov-west-1', /ends in \/start/],
    // An underscore is valid in a URL host but not in a label, so *.awsapps.com does not shadow these.
    ['GovCloud, dot after start replaced', 'https://start_us-gov-home.awsapps.com/directory/x', 'us-gov-west-1', notPortal],
    ['GovCloud, dot after the region replaced', 'https://start.us-gov-east-1_us-gov-home.awsapps.com/directory/x', 'us-gov-east-1', notPortal],
    ['GovCloud, dot before awsapps replaced', 'https://start.us-gov-home_awsapps.com/directory/x', 'us-gov-west-1', notPortal],
    ['GovCloud, dot before com replaced', 'https://start.us-gov-home.awsapps_com/directory/x', 'us-gov-west-1', notPortal],
    ['GovCloud with region, suffix appended', 'https://start.us-gov-east-1.us-gov-home.awsapps.com.evil.example/directory/x', 'us-gov-east-1', notPortal],
    ['GovCloud, extra path after the directory', 'https://start.us-gov-home.awsapps.com/directory/x/extra', 'us-gov-west-1', /\/directory\//],
    ['GovCloud, text before the directory', 'https://start.us-gov-home.awsapps.com/evil/directory/x', 'us-gov-west-1', /\/directory\//],
    ['GovCloud over http', 'http://start.us-gov-home.awsapps.com/directory/x', 'us-gov-west-1', /must begin with https/],
    ['GovCloud, wrong port', 'https://start.us-gov-home.awsapps.com:8443/directory/x', 'us-gov-west-1', /port/],
    ['GovCloud, userinfo', 'https://start.us-gov-home.awsapps.com@evil.example/directory/x', 'us-gov-west-1', /user name or password/],
    // China *.awsapps.cn and start.[<region>.]home.awsapps.cn
    ['China, suffix appended', 'https://acme.awsapps.cn.evil.example/start', 'cn-north-1', notPortal],
    ['China, prefix injected', 'https://evil.acme.awsapps.cn/start', 'cn-north-1', notPortal],
    ['China, dot dropped', 'https://evilawsapps.cn/start', 'cn-north-1', notPortal],
    ['China, domain dot replaced', 'https://acme.awsappsxcn/start', 'cn-north-1', notPortal],
    ['China over http', 'http://acme.awsapps.cn/start', 'cn-north-1', /must begin with https/],
    ['China, wrong port', 'https://acme.awsapps.cn:8443/start', 'cn-north-1', /port/],
    ['China, userinfo', 'https://acme.awsapps.cn@evil.example/start', 'cn-north-1', /user name or password/],
    ['China directory, suffix appended', 'https://start.home.awsapps.cn.evil.example/directory/x', 'cn-north-1', notPortal],
    ['China directory, prefix glued on', 'https://evilstart.home.awsapps.cn/directory/x', 'cn-north-1', notPortal],
    ['China directory, prefix injected', 'https://evil.start.cn-north-1.home.awsapps.cn/directory/x', 'cn-north-1', notPortal],
    ['China directory, dot replaced', 'https://start.homexawsapps.cn/directory/x', 'cn-north-1', notPortal],
    ['China directory, dot after start replaced', 'https://start_home.awsapps.cn/directory/x', 'cn-north-1', notPortal],
    ['China directory, dot after the region replaced', 'https://start.cn-north-1_home.awsapps.cn/directory/x', 'cn-north-1', notPortal],
    ['China directory, dot before cn replaced', 'https://start.home.awsapps_cn/directory/x', 'cn-north-1', notPortal],
    ['China directory, extra path', 'https://start.home.awsapps.cn/directory/x/extra', 'cn-north-1', /\/directory\//],
    // <instance>.portal.<region>.app.aws
    ['app.aws, suffix appended', 'https://ssoins-1.portal.us-east-1.app.aws.evil.example', 'us-east-1', notPortal],
    ['app.aws, prefix injected', 'https://evil.ssoins-1.portal.us-east-1.app.aws', 'us-east-1', notPortal],
    ['app.aws, dot replaced', 'https://ssoins-1.portal.us-east-1xapp.aws', 'us-east-1', notPortal],
    ['app.aws, domain dot replaced', 'https://ssoins-1.portal.us-east-1.appxaws', 'us-east-1', notPortal],
    ['app.aws, portal dot replaced', 'https://ssoins-1xportal.us-east-1.app.aws', 'us-east-1', notPortal],
    ['app.aws, dot after portal replaced', 'https://ssoins-1.portal_us-east-1.app.aws', 'us-east-1', notPortal],
    ['app.aws, no instance label', 'https://portal.us-east-1.app.aws', 'us-east-1', notPortal],
    ['app.aws over http', 'http://ssoins-1.portal.us-east-1.app.aws', 'us-east-1', /must begin with https/],
    ['app.aws, wrong port', 'https://ssoins-1.portal.us-east-1.app.aws:8443', 'us-east-1', /port/],
    ['app.aws, userinfo', 'https://ssoins-1.portal.us-east-1.app.aws@evil.example', 'us-east-1', /user name or password/],
    ['app.aws, a path', 'https://ssoins-1.portal.us-east-1.app.aws/evil', 'us-east-1', /has no path/],
    ['app.aws GovCloud, suffix appended', 'https://ssoins-1.portal.us-gov-west-1.app.aws.evil.example', 'us-gov-west-1', notPortal],
  ])('%s: %s', (_name, input, region, message) => {
    const result = checkStartUrl(input, region);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(message);
  });
});

describe('sameStartUrl', () => {
  it('compares normalised URLs without regard to case', () => {
    expect(sameStartUrl('https://start.us-gov-home.awsapps.com/directory/Agency', 'https://start.us-gov-home.awsapps.com/directory/agency')).toBe(true);
    expect(sameStartUrl('https://a.awsapps.com/start', 'https://b.awsapps.com/start')).toBe(false);
  });
});
