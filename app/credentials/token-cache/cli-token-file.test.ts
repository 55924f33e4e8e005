// The token cache file's name and layout (docs/aws-wire.md §5.2) and how a rewritten one is read.
import { describe, expect, it } from 'vitest';
import { cliTokenCachePath, cliTokenFileJson, cliUtc, isNewerThan, parseCliTokenFile } from './cli-token-file';

const registration = { clientId: 'cid', clientSecret: 'csecret', expiresAt: Date.UTC(2027, 1, 20, 4, 13, 35, 900), registeredFor: 'device-code' as const, region: 'eu-west-1', startUrl: 'https://d-1234567890.awsapps.com/start' };
const tokens = { accessToken: 'at-1', issuedAt: 0, expiresAt: Date.UTC(2026, 10, 22, 12, 13, 35, 500), refreshToken: 'rt-1' };

describe('the CLI token cache file', () => {
  it('is named by the SHA-1 of the sso-session name', () => {
    expect(cliTokenCachePath('/home/u', 'my-sso')).toBe('/home/u/.aws/sso/cache/0ad374308c5a4e22f723adf10145eafad7c4031c.json');
  });

  it('holds the eight keys in the CLI order with whole-second UTC times', () => {
    expect(cliTokenFileJson({ startUrl: registration.startUrl, region: 'eu-west-1', tokens, registration })).toBe(
      '{"startUrl": "https://d-1234567890.awsapps.com/start", "region": "eu-west-1", "accessToken": "at-1", "expiresAt": "2026-11-22T12:13:35Z", "clientId": "cid", "clientSecret": "csecret", "registrationExpiresAt": "2027-02-20T04:13:35Z", "refreshToken": "rt-1"}',
    );
    expect(cliUtc(Date.UTC(2026, 0, 1, 0, 0, 0, 999))).toBe('2026-01-01T00:00:00Z');
  });

  it('leaves refreshToken out when there is none, as the CLI does', () => {
    const { refreshToken: _none, ...withoutRefresh } = tokens;
    expect(JSON.parse(cliTokenFileJson({ startUrl: 'https://x.awsapps.com/start', region: 'us-east-1', tokens: withoutRefresh, registration }))).not.toHaveProperty('refreshToken');
  });

  it("reads the JS SDK's rewrite (pretty JSON, milliseconds) and the CLI's, and refuses what is not one", () => {
    const js = JSON.stringify({ startUrl: 's', region: 'r', accessToken: 'a', expiresAt: '2026-11-22T12:13:35.123Z', refreshToken: 'r2' }, null, 2);
    expect(parseCliTokenFile(js)).toEqual({ startUrl: 's', accessToken: 'a', expiresAt: Date.UTC(2026, 10, 22, 12, 13, 35, 123), refreshToken: 'r2' });
    expect(parseCliTokenFile('{"startUrl": "s", "accessToken": "a", "expiresAt": "2026-11-22T12:13:35Z"}')).toEqual({ startUrl: 's', accessToken: 'a', expiresAt: Date.UTC(2026, 10, 22, 12, 13, 35) });
    for (const bad of ['', 'not json', '[]', '{"startUrl": "s", "accessToken": "a", "expiresAt": "soon"}', '{"startUrl": "s", "expiresAt": "2026-11-22T12:13:35Z"}']) {
      expect(parseCliTokenFile(bad)).toBeUndefined();
    }
  });

  it('counts a cached token as newer only when another program really refreshed', () => {
    const startUrl = 'https://d-1234567890.awsapps.com/start';
    const theirs = { startUrl, accessToken: 'at-2', expiresAt: tokens.expiresAt + 60_000, refreshToken: 'rt-2' };
    expect(isNewerThan(theirs, tokens, startUrl)).toBe(true);
    expect(isNewerThan({ ...theirs, startUrl: 'https://other.awsapps.com/start' }, tokens, startUrl)).toBe(false);
    expect(isNewerThan({ ...theirs, accessToken: 'at-1' }, tokens, startUrl)).toBe(false);
    expect(isNewerThan({ ...theirs, refreshToken: 'rt-1' }, tokens, startUrl)).toBe(false);
    expect(isNewerThan({ startUrl, accessToken: 'at-2', expiresAt: theirs.expiresAt }, tokens, startUrl)).toBe(false);
    expect(isNewerThan({ ...theirs, expiresAt: Math.floor(tokens.expiresAt / 1000) * 1000 - 1000 }, tokens, startUrl)).toBe(false);
  });

  it('takes over a CLI refresh made within a second of our sign-in (the CLI writes whole seconds)', () => {
    const startUrl = 'https://d-1234567890.awsapps.com/start';
    const ours = { accessToken: 'at-1', refreshToken: 'rt-1', issuedAt: Date.UTC(2026, 11, 2, 18, 20, 0, 700), expiresAt: Date.UTC(2026, 11, 2, 18, 30, 0, 700) };
    // The CLI refreshed at 18:20:00.900 and wrote its expiry as botocore does: 18:30:00Z.
    const written = parseCliTokenFile(JSON.stringify({ startUrl, region: 'eu-west-1', accessToken: 'at-2', expiresAt: cliUtc(Date.UTC(2026, 11, 2, 18, 30, 0, 900)), refreshToken: 'rt-2' }))!;
    expect(written.expiresAt).toBeLessThan(ours.expiresAt);
    expect(isNewerThan(written, ours, startUrl)).toBe(true);
    // A file a whole second older than our token is not a newer refresh.
    expect(isNewerThan({ ...written, expiresAt: written.expiresAt - 1000 }, ours, startUrl)).toBe(false);
  });
});
