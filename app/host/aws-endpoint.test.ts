import { describe, expect, it } from 'vitest';
import { readAwsEndpoint } from './aws-endpoint';

describe('readAwsEndpoint', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['  ', undefined],
    ['http://127.0.0.1:4566', 'http://127.0.0.1:4566'],
    ['http://127.0.0.1:4566/', 'http://127.0.0.1:4566'],
    ['http://localhost:4566', 'http://localhost:4566'],
    ['https://sso.internal.example', 'https://sso.internal.example'],
  ])('%s → %s', (value, expected) => {
    expect(readAwsEndpoint({ SSO_TRAY_AWS_ENDPOINT: value })).toBe(expected);
  });

  it.each(['http://10.0.0.5:4566', 'ftp://127.0.0.1', 'not a url', 'http://127.0.0.1:4566/oidc', 'http://127.0.0.1:4566/?x=1'])(
    'rejects %s',
    (value) => {
      expect(() => readAwsEndpoint({ SSO_TRAY_AWS_ENDPOINT: value })).toThrow(/SSO_TRAY_AWS_ENDPOINT/);
    },
  );
});
