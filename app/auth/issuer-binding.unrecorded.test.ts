// Issuer binding where the record is missing or unreadable: records from before the binding and
// issuers that are not URLs never count as the same issuer, and the user is told which case it is.
import { describe, expect, it } from 'vitest';
import { isSameIssuer, issuerMismatchError } from './issuer-binding';

describe('issuer binding without a readable record', () => {
  it('tells the user a sign-in from before the binding must be renewed', () => {
    const error = issuerMismatchError(undefined, 'https://oidc.eu-west-1.amazonaws.com');
    expect(error.code).toBe('issuer-mismatch');
    expect(error.message).toBe('This sign-in was issued before this version of SSO Tray, but SSO Tray now talks to oidc.eu-west-1.amazonaws.com, so it was not sent there. Sign in again.');
  });

  it('never takes two different issuers that are not URLs for the same one', () => {
    expect(isSameIssuer('not a url', 'something else')).toBe(false);
  });
});
