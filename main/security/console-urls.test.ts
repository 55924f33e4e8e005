import { describe, expect, it } from 'vitest';
import { isConsoleUrl } from './console-urls';

describe('isConsoleUrl', () => {
  it.each([
    ['https://console.aws.amazon.com/', true],
    ['https://eu-west-1.console.aws.amazon.com/ec2/home?region=eu-west-1#Instances:', true],
    ['https://123456789012-abcdefgh.us-east-1.console.aws.amazon.com/s3/home', true],
    ['https://signin.aws.amazon.com/federation?Action=login&SigninToken=x', true],
    ['https://us-east-1.signin.aws.amazon.com/oauth', true],
    ['https://CONSOLE.AWS.AMAZON.COM/', true],
    ['https://console.amazonaws.cn/', true],
    ['https://cn-north-1.console.amazonaws.cn/', true],
    ['https://signin.amazonaws.cn/federation', true],
    ['https://console.amazonaws-us-gov.com/', true],
    ['https://signin.amazonaws-us-gov.com/federation', true],
    // Other AWS hosts are links out of the console: the browser gets them.
    ['https://docs.aws.amazon.com/', false],
    ['https://aws.amazon.com/console/', false],
    ['https://d-1234567890.awsapps.com/start', false],
    ['https://portal.sso.eu-west-1.amazonaws.com/', false],
    // Look-alikes and downgrades.
    ['https://evilconsole.aws.amazon.com/', false],
    ['https://console.aws.amazon.com.evil.example/', false],
    ['http://console.aws.amazon.com/', false],
    ['https://console.aws.amazon.com:8443/', false],
    ['https://user:pass@console.aws.amazon.com/', false],
    ['https://user@console.aws.amazon.com/', false],
    ['https://:pass@console.aws.amazon.com/', false],
    ['javascript:alert(1)', false],
    ['about:blank', false],
    ['', false],
    [undefined, false],
  ])('%s → %s', (url, expected) => expect(isConsoleUrl(url)).toBe(expected));
});
