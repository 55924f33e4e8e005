import {
  AccessDeniedException,
  AuthorizationPendingException,
  ExpiredTokenException,
  InternalServerException,
  InvalidClientException,
  InvalidGrantException,
  InvalidRequestException,
  SlowDownException,
  SSOOIDCServiceException,
} from '@aws-sdk/client-sso-oidc';
import { describe, expect, it } from 'vitest';
import { classifyOidcError } from './oidc-errors';

const metadata = { $metadata: { httpStatusCode: 400 } };
// Like the real service: no `message`, so the SDK's message is "UnknownError" (docs/aws-wire.md §1.3).
const oidc = { message: 'UnknownError', ...metadata };

function networkError(code: string): Error {
  return Object.assign(new Error(`connect ${code} 127.0.0.1:9`), { code });
}

describe('classifyOidcError', () => {
  it.each<[string, unknown, string, string, RegExp]>([
    ['AuthorizationPending', new AuthorizationPendingException({ ...oidc, error: 'authorization_pending' }), 'authorization-pending', 'sign-in-failed', /not been approved/],
    ['SlowDown', new SlowDownException({ ...oidc, error: 'slow_down' }), 'slow-down', 'sign-in-failed', /not been approved/],
    ['ExpiredToken', new ExpiredTokenException({ ...oidc, error: 'expired_token' }), 'expired-token', 'timed-out', /expired before it was approved/],
    ['AccessDenied', new AccessDeniedException({ ...oidc, error: 'access_denied' }), 'access-denied', 'access-denied', /denied/],
    ['InvalidGrant', new InvalidGrantException({ ...oidc, error: 'invalid_grant', error_description: 'Invalid refresh token provided' }), 'invalid-grant', 'token-expired', /session has ended/],
    ['InvalidClient', new InvalidClientException({ ...oidc, error: 'invalid_client', error_description: 'Client expired' }), 'invalid-client', 'sign-in-failed', /registration \(Client expired\)/],
    ['InvalidRequest with description', new InvalidRequestException({ ...oidc, error: 'invalid_request', error_description: 'Invalid start URL' }), 'invalid-request', 'sign-in-failed', /refused the sign-in \(Invalid start URL\)/],
    ['InternalServer', new InternalServerException({ ...oidc, $metadata: { httpStatusCode: 500 }, error: 'server_error' }), 'server', 'service-unavailable', /oidc\.example had a problem/],
    ['an untyped body with only `error`', Object.assign(new SSOOIDCServiceException({ name: 'Unknown', $fault: 'client', ...oidc }), { error: 'authorization_pending' }), 'authorization-pending', 'sign-in-failed', /not been approved/],
    ['a 429', new SSOOIDCServiceException({ name: 'TooManyRequestsException', $fault: 'client', ...oidc, $metadata: { httpStatusCode: 429 } }), 'throttled', 'throttled', /too many requests/],
    ['a 503 without a code', new SSOOIDCServiceException({ name: 'Unknown', $fault: 'server', ...oidc, $metadata: { httpStatusCode: 503 } }), 'server', 'service-unavailable', /had a problem/],
    ['a non-JSON body', new SyntaxError('Unexpected token <'), 'server', 'service-unavailable', /had a problem/],
    ['ECONNREFUSED', networkError('ECONNREFUSED'), 'network', 'network', /^Cannot reach IAM Identity Center at oidc\.example\. Check your connection or VPN\.$/],
    ['ENOTFOUND', networkError('ENOTFOUND'), 'network', 'network', /Cannot reach/],
    ['a wrapped ETIMEDOUT', new Error('request failed', { cause: networkError('ETIMEDOUT') }), 'network', 'network', /Cannot reach/],
    ['an AggregateError of refusals', new AggregateError([networkError('ECONNREFUSED')], 'all failed'), 'network', 'network', /Cannot reach/],
    // The SDK's Node handler past its requestTimeout: the service took the connection and went quiet.
    ['a TimeoutError', Object.assign(new Error('timed out'), { name: 'TimeoutError' }), 'timeout', 'network', /did not answer in time/],
    ['an abort', Object.assign(new Error('aborted'), { name: 'AbortError' }), 'cancelled', 'cancelled', /cancelled/],
    ['something else', new Error('boom'), 'unknown', 'sign-in-failed', /refused the sign-in \(boom\)/],
  ])('%s', (_name, error, kind, code, message) => {
    const classified = classifyOidcError(error, 'oidc.example');
    expect(classified.kind).toBe(kind);
    expect(classified.code).toBe(code);
    expect(classified.message).toMatch(message);
  });

  it('never repeats a token that appears in a description', () => {
    const token = `aor${'A'.repeat(1200)}`;
    const error = new InvalidRequestException({ ...oidc, error: 'invalid_request', error_description: `bad token ${token}` });
    expect(classifyOidcError(error, 'h').message).not.toContain(token.slice(0, 40));
  });

  it('cuts a long server description with an ellipsis and keeps the message on one line', () => {
    const description = `Bad start URL\n\u202Eevil\r\n${'too long '.repeat(6 * 1024 * 1024)}`;
    const error = new InvalidRequestException({ ...oidc, error: 'invalid_request', error_description: description });
    const { message } = classifyOidcError(error, 'oidc.example');
    expect(message.length).toBeLessThan(300);
    expect(message).toMatch(/^IAM Identity Center refused the sign-in \(Bad start URL evil (too long )+[a-z ]*…\)\. Check the start URL and region\.$/);
  });

  it('cuts a long SDK message the same way', () => {
    const { message } = classifyOidcError(new Error(`boom ${'and boom '.repeat(2_000)}`), 'oidc.example');
    expect(message).toMatch(/^IAM Identity Center refused the sign-in \(boom (and boom )+[a-z ]*…\)/);
    expect(message.length).toBeLessThan(300);
  });
});
