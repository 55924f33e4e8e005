import { describe, expect, it } from 'vitest';
import { findForeignIssuer, isSameIssuer, issuerMismatchError } from './issuer-binding';

const aws = 'https://oidc.eu-west-1.amazonaws.com';

describe('isSameIssuer', () => {
  it.each<[string | undefined, string, boolean]>([
    [aws, aws, true],
    [`${aws}/`, aws, true],
    ['https://OIDC.eu-west-1.amazonaws.com', aws, true],
    ['http://127.0.0.1:4566', 'http://127.0.0.1:4567', false],
    ['http://127.0.0.1:4566', aws, false],
    [aws, 'https://oidc.eu-west-1.amazonaws.com.evil.example', false],
    // Records from before the binding existed are never trusted with a new origin.
    [undefined, aws, false],
  ])('%s issued, %s now → %s', (recorded, current, expected) => {
    expect(isSameIssuer(recorded, current)).toBe(expected);
  });
});

describe('findForeignIssuer', () => {
  it('skips absent records and names the first foreign one', () => {
    expect(findForeignIssuer(aws, [undefined, { issuer: aws }])).toBeUndefined();
    expect(findForeignIssuer(aws, [{ issuer: aws }, { issuer: 'http://127.0.0.1:9' }])).toEqual({ recorded: 'http://127.0.0.1:9' });
    expect(findForeignIssuer(aws, [{}])).toEqual({ recorded: undefined });
  });
});

describe('issuerMismatchError', () => {
  it('names both hosts and asks for a new sign-in, without a URL path or query', () => {
    const error = issuerMismatchError('http://127.0.0.1:4566', aws);
    expect(error.code).toBe('issuer-mismatch');
    expect(error.message).toBe('This sign-in was issued by 127.0.0.1:4566, but SSO Tray now talks to oidc.eu-west-1.amazonaws.com, so it was not sent there. Sign in again.');
  });
});
