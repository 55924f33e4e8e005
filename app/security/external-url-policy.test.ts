import { describe, expect, it } from 'vitest';
import { buildAuthorizeUrl } from '../auth/authorize-url';
import { federationOrigin, resolveEndpoints } from '../aws/endpoints';
import { knownRegions, partitionOfRegion, partitions } from '../model/regions';
import { createExternalUrlPolicy, decideExternalUrl, describeUrlForLog } from './external-url-policy';

describe('decideExternalUrl', () => {
  const plain = createExternalUrlPolicy();
  const withEmulator = createExternalUrlPolicy({ awsEndpoint: 'http://127.0.0.1:4566' });

  it.each([
    ['https://d-1234567890.awsapps.com/start', true],
    ['https://ssoins-7223b2a8f35c.portal.us-east-1.app.aws/', true],
    ['https://device.sso.eu-west-1.amazonaws.com/?user_code=ABCD-EFGH', true],
    ['https://oidc.us-east-1.amazonaws.com/authorize?response_type=code', true],
    ['https://signin.aws.amazon.com/federation?Action=login&SigninToken=x', true],
    ['https://eu-west-1.signin.aws.amazon.com/federation', true],
    ['https://signin.amazonaws-us-gov.com/federation', true],
    ['https://signin.amazonaws.cn/federation', true],
    ['https://AWSAPPS.COM/start', true],
    // Lookalikes and other schemes
    ['https://awsapps.com.evil.example/start', false],
    ['https://evilawsapps.com/start', false],
    ['https://example.com/', false],
    ['http://d-1234567890.awsapps.com/start', false],
    ['http://127.0.0.1:4566/device', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['smb://server/share', false],
    ['https://user:pass@d-1234567890.awsapps.com/start', false],
    ['not a url', false],
    ['', false],
  ])('without the emulator: %s → %s', (url, allowed) => {
    expect(decideExternalUrl(url, plain).allowed).toBe(allowed);
  });

  it.each([
    ['http://127.0.0.1:4566/device?user_code=ABCD', true],
    ['http://127.0.0.1:4567/device', false],
    ['http://localhost:4566/device', false],
    ['https://d-1234567890.awsapps.com/start', true],
    ['https://example.com/', false],
  ])('with the emulator at 127.0.0.1:4566: %s → %s', (url, allowed) => {
    expect(decideExternalUrl(url, withEmulator).allowed).toBe(allowed);
  });

  it('refuses plain http to a non-loopback endpoint even when it is configured', () => {
    const remote = createExternalUrlPolicy({ awsEndpoint: 'http://10.0.0.5:4566' });
    expect(decideExternalUrl('http://10.0.0.5:4566/device', remote)).toMatchObject({ allowed: false });
  });

  it('refuses values that are not strings', () => {
    expect(decideExternalUrl(42, plain).allowed).toBe(false);
    expect(decideExternalUrl({ href: 'https://awsapps.com' }, plain).allowed).toBe(false);
  });
});

// Finding 7: China regions could not sign in in the browser, because the policy refused the
// amazonaws.com.cn hosts that app/aws/endpoints.ts builds for them.
describe('decideExternalUrl: every page the app itself sends to the browser', () => {
  const plain = createExternalUrlPolicy();
  const authorize = (oidcEndpoint: string) =>
    buildAuthorizeUrl({ oidcEndpoint, clientId: 'client', redirectUri: 'http://127.0.0.1:49152/oauth/callback', state: 'state', codeChallenge: 'challenge', scopes: ['sso:account:access'] });

  it.each(knownRegions.map((region) => [region]))('the /authorize page of the OIDC endpoint in %s', (region) => {
    const partition = partitionOfRegion(region)!;
    expect(decideExternalUrl(authorize(resolveEndpoints(region, partition).oidc), plain)).toMatchObject({ allowed: true });
  });

  it.each(partitions.map((partition) => [partition]))('the console federation login of %s', (partition) => {
    expect(decideExternalUrl(`${federationOrigin(partition)}/federation?Action=login&SigninToken=x`, plain)).toMatchObject({ allowed: true });
  });

  it.each([
    ['https://oidc.cn-north-1.amazonaws.com.cn/authorize?response_type=code'],
    ['https://oidc.cn-northwest-1.amazonaws.com.cn/authorize?response_type=code'],
    ['https://device.sso.cn-north-1.amazonaws.com.cn/?user_code=ABCD-EFGH'],
  ])('China: %s', (url) => expect(decideExternalUrl(url, plain)).toMatchObject({ allowed: true }));
});

describe('describeUrlForLog', () => {
  it('keeps only the origin, never the query that carries tokens', () => {
    const text = describeUrlForLog('https://signin.aws.amazon.com/federation?SigninToken=very-secret');
    expect(text).toBe('https://signin.aws.amazon.com');
  });

  it.each([['javascript:alert(1)'], ['not a url'], [undefined]])('does not echo %s', (url) => {
    expect(describeUrlForLog(url)).not.toContain('alert');
  });
});
