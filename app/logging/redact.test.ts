import { describe, expect, it } from 'vitest';
import type { Logger } from '../ports/logger';
import { redactText, redactValue } from './redact';
import { createRedactingLogger } from './redacting-logger';

const accessToken = `aoa${'Xk3_'.repeat(250)}`;
const jwt = 'eyJraWQiOiJrZXktMSIsImFsZyI6IkhTMzg0In0.eyJzdWIiOiJhbGljZSIsImV4cCI6MTcwMDAwMDAwMH0.c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWduYXR1cmU';

describe('redactText', () => {
  it.each([
    [`token ${accessToken} used`, 'token [redacted](1003) used'],
    [`secret ${jwt}`, `secret [redacted](${jwt.length})`],
    ['instance 6f1c1f9e-8d7b-4a43-9f3e-2b1d0c9a8e7f refreshed', 'instance 6f1c1f9e-8d7b-4a43-9f3e-2b1d0c9a8e7f refreshed'],
    ['Cannot reach IAM Identity Center at oidc.eu-west-1.amazonaws.com.', 'Cannot reach IAM Identity Center at oidc.eu-west-1.amazonaws.com.'],
    ['short abc123 values stay', 'short abc123 values stay'],
  ])('%s', (input, expected) => {
    expect(redactText(input)).toBe(expected);
  });
});

describe('redactValue', () => {
  it('hides known secret keys at any depth, whatever their length', () => {
    expect(
      redactValue({ accessToken: 'short', nested: { refreshToken: 'r', clientSecret: 's', list: [{ code: 'c', codeVerifier: 'v' }] }, region: 'eu-west-1' }),
    ).toEqual({ accessToken: '[redacted]', nested: { refreshToken: '[redacted]', clientSecret: '[redacted]', list: [{ code: '[redacted]', codeVerifier: '[redacted]' }] }, region: 'eu-west-1' });
  });

  it('flattens errors and scrubs their messages', () => {
    const error = Object.assign(new Error(`bad ${accessToken}`), { code: 'ECONNREFUSED' });
    expect(redactValue({ error })).toEqual({ error: { name: 'Error', message: 'bad [redacted](1003)', code: 'ECONNREFUSED' } });
  });

  it('scrubs URLs with tokens in their query', () => {
    expect(redactValue(new URL(`http://127.0.0.1/cb?code=${accessToken}`))).toBe('http://127.0.0.1/cb?code=[redacted](1003)');
  });
});

describe('redactValue keeps error codes and hides secrets', () => {
  // Error codes say what failed (a refused connection, a rejected grant) and are never secret.
  it.each<[string, unknown]>([
    ['a Node errno code', 'ECONNREFUSED'],
    ['a Node error code with underscores', 'ERR_SOCKET_CONNECTION_TIMEOUT'],
    ['a TLS code', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'],
    ['an AWS exception name', 'InvalidClientException'],
    ['another AWS exception name', 'InvalidGrantException'],
    ['a keyring failure', 'GenericFailure'],
    ['an OAuth error value', 'invalid_grant'],
    ['the device flow error value', 'authorization_pending'],
    ['an app error code', 'token-expired'],
    ['an HTTP status', 503],
  ])('keeps `code` when it is %s', (_name, code) => {
    expect(redactValue({ code })).toEqual({ code });
    expect(redactValue({ error: { name: 'Error', code } })).toEqual({ error: { name: 'Error', code } });
  });

  it.each<[string, Record<string, unknown>]>([
    ['an authorization code', { code: 'c' }],
    ['an opaque authorization code', { code: 'xT3bQ-aZ9kL2' }],
    ['a long authorization code', { code: accessToken }],
    ['a code next to the state', { code: 'AbCdEf', state: 'x' }],
    ['an access token', { accessToken: 'short' }],
    ['a refresh token', { refreshToken: 'r' }],
    ['a client secret', { clientSecret: 's' }],
    ['a device code', { deviceCode: 'd' }],
    ['a PKCE verifier', { codeVerifier: 'v' }],
    ['OAuth wire names', { access_token: 'a', refresh_token: 'r', client_secret: 's', device_code: 'd', code_verifier: 'v', id_token: 'i' }],
    ['an authorization header', { authorization: 'Bearer abc' }],
  ])('hides %s', (_name, value) => {
    const redacted = redactValue(value) as Record<string, unknown>;
    for (const key of Object.keys(value).filter((key) => key !== 'state')) expect(redacted[key]).toBe('[redacted]');
  });

  it.each([
    ['a short code in a callback URL', 'http://127.0.0.1:5000/oauth/callback?code=abc&state=xyz', 'http://127.0.0.1:5000/oauth/callback?code=[redacted]&state=xyz'],
    ['the code after the state', 'GET /oauth/callback?state=xyz&code=ECONNREFUSED', 'GET /oauth/callback?state=xyz&code=[redacted]'],
    ['tokens in a query', 'https://h/x?access_token=a1&refresh_token=r1#id_token=i1', 'https://h/x?access_token=[redacted]&refresh_token=[redacted]#id_token=[redacted]'],
    ['a code in free text', 'redirected to /cb?code=short-one then failed', 'redirected to /cb?code=[redacted] then failed'],
    ['a word ending in code', 'the zipcode=12345 stays', 'the zipcode=12345 stays'],
  ])('redactText hides %s', (_name, input, expected) => {
    expect(redactText(input)).toBe(expected);
  });
});

describe('createRedactingLogger', () => {
  it('passes only redacted text to the inner logger', () => {
    const lines: string[] = [];
    const inner: Logger = { info: (message, details) => lines.push(`${message} ${JSON.stringify(details)}`), warn() {}, error() {} };
    createRedactingLogger(inner).info(`refreshed ${accessToken}`, { sessionToken: 'x', secretAccessKey: 'y', token: accessToken });
    expect(lines.join('\n')).not.toContain(accessToken.slice(0, 40));
    expect(lines[0]).toContain('"sessionToken":"[redacted]"');
  });
});
