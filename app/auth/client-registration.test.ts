import { describe, expect, it } from 'vitest';
import { canRefreshWith, isRegistrationReusable, type ClientRegistration, type RegistrationNeed } from './client-registration';

const now = 1_700_000_000_000;
const day = 24 * 3600_000;
const registration: ClientRegistration = {
  clientId: 'id',
  clientSecret: 'secret',
  expiresAt: now + 90 * day,
  registeredFor: 'browser',
  region: 'eu-west-1',
  startUrl: 'https://d-1234567890.awsapps.com/start',
  issuer: 'https://oidc.eu-west-1.amazonaws.com',
};
const need: RegistrationNeed = { method: 'browser', region: 'eu-west-1', startUrl: registration.startUrl, issuer: 'https://oidc.eu-west-1.amazonaws.com', now };

describe('isRegistrationReusable', () => {
  it.each<[string, Partial<ClientRegistration>, Partial<RegistrationNeed>, boolean]>([
    ['a valid PKCE client for a PKCE sign-in', {}, {}, true],
    ['a device-code client for a PKCE sign-in (no authorization_code grant)', { registeredFor: 'device-code' }, {}, false],
    ['a PKCE client for a device-code sign-in', {}, { method: 'device-code' }, false],
    ['a device-code client for a device-code sign-in', { registeredFor: 'device-code' }, { method: 'device-code' }, true],
    ['a client of another region', { region: 'us-east-1' }, {}, false],
    ['a client of another start URL', { startUrl: 'https://other.awsapps.com/start' }, {}, false],
    ['a client expiring within the day', { expiresAt: now + day - 1 }, {}, false],
    ['a client expiring in exactly a day', { expiresAt: now + day }, {}, false],
    ['a client expiring in just over a day', { expiresAt: now + day + 1 }, {}, true],
    ['an expired client', { expiresAt: now - 1 }, {}, false],
    // Its secret must not travel to another origin, whatever the configuration says now.
    ['a client issued by another origin', { issuer: 'http://127.0.0.1:4566' }, {}, false],
    ['a client stored before issuers were recorded', { issuer: undefined }, {}, false],
  ])('%s → %s', (_name, changes, needChanges, expected) => {
    expect(isRegistrationReusable({ ...registration, ...changes }, { ...need, ...needChanges })).toBe(expected);
  });
});

describe('canRefreshWith', () => {
  it('needs a registration that has not expired', () => {
    expect(canRefreshWith(registration, now)).toBe(true);
    expect(canRefreshWith({ ...registration, expiresAt: now }, now)).toBe(false);
    expect(canRefreshWith(undefined, now)).toBe(false);
  });
});
