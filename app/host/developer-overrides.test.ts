import { describe, expect, it } from 'vitest';
import { readDeveloperOverrides } from './developer-overrides';

const env = { SSO_TRAY_AWS_ENDPOINT: 'http://127.0.0.1:4566', SSO_TRAY_USER_DATA_DIR: '/tmp/profile' };

describe('readDeveloperOverrides', () => {
  it('honours the endpoint and user-data variables in a checkout', () => {
    expect(readDeveloperOverrides(env, { packaged: false })).toEqual({ awsEndpoint: 'http://127.0.0.1:4566', userDataDir: '/tmp/profile', ignored: [] });
  });

  it('ignores both in a packaged app and says which were set', () => {
    expect(readDeveloperOverrides(env, { packaged: true })).toEqual({ ignored: ['SSO_TRAY_AWS_ENDPOINT', 'SSO_TRAY_USER_DATA_DIR'] });
  });

  it('does not even validate an endpoint a packaged app ignores', () => {
    expect(readDeveloperOverrides({ SSO_TRAY_AWS_ENDPOINT: 'ftp://elsewhere' }, { packaged: true })).toEqual({ ignored: ['SSO_TRAY_AWS_ENDPOINT'] });
    expect(() => readDeveloperOverrides({ SSO_TRAY_AWS_ENDPOINT: 'ftp://elsewhere' }, { packaged: false })).toThrow(/https URL or http on 127\.0\.0\.1/);
  });

  it('is empty when nothing is set', () => {
    expect(readDeveloperOverrides({ SSO_TRAY_AWS_ENDPOINT: ' ' }, { packaged: false })).toEqual({ ignored: [] });
  });
});
