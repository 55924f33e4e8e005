import { describe, expect, it } from 'vitest';
import { ssoSessionName } from './sso-session-name';

describe('ssoSessionName', () => {
  it('names an instance by the alias of its start URL', () => {
    expect(ssoSessionName({ startUrl: 'https://my-org.awsapps.com/start' })).toBe('sso-tray-my-org');
    expect(ssoSessionName({ startUrl: 'https://d-1234567890.awsapps.com/start' })).toBe('sso-tray-d-1234567890');
  });

  it('keeps only characters every AWS config reader accepts in a section name', () => {
    expect(ssoSessionName({ startUrl: 'https://ssoins-1234.portal.us-east-1.app.aws' })).toMatch(/^sso-tray-[a-z0-9_.-]+$/);
    expect(ssoSessionName({ startUrl: 'https://start.us-gov-home.awsapps.com/directory/d-9067000000' })).toBe('sso-tray-d-9067000000');
  });
});
