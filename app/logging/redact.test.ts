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

describe('createRedactingLogger', () => {
  it('passes only redacted text to the inner logger', () => {
    const lines: string[] = [];
    const inner: Logger = { info: (message, details) => lines.push(`${message} ${JSON.stringify(details)}`), warn() {}, error() {} };
    createRedactingLogger(inner).info(`refreshed ${accessToken}`, { sessionToken: 'x', secretAccessKey: 'y', token: accessToken });
    expect(lines.join('\n')).not.toContain(accessToken.slice(0, 40));
    expect(lines[0]).toContain('"sessionToken":"[redacted]"');
  });
});
