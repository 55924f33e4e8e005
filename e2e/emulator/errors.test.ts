// Every modelled error reaches the SDK caller as the right exception class, with the modelled
// status and OAuth `error` code (docs/aws-wire.md §1.3, §2). One emulator, a movable clock, one row each.
import {
  AccessDeniedException,
  AuthorizationPendingException,
  CreateTokenCommand,
  ExpiredTokenException,
  InternalServerException,
  InvalidClientException,
  InvalidClientMetadataException,
  InvalidGrantException,
  InvalidRedirectUriException,
  InvalidRequestException,
  InvalidScopeException,
  RegisterClientCommand,
  SlowDownException,
  SSOOIDCServiceException,
  StartDeviceAuthorizationCommand,
  UnauthorizedClientException,
  UnsupportedGrantTypeException,
  type CreateTokenCommandInput,
} from '@aws-sdk/client-sso-oidc';
import {
  GetRoleCredentialsCommand,
  InvalidRequestException as PortalInvalidRequestException,
  ListAccountRolesCommand,
  ListAccountsCommand,
  ResourceNotFoundException,
  SSOServiceException,
  TooManyRequestsException,
  UnauthorizedException,
} from '@aws-sdk/client-sso';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadOrganisation, startEmulator, type RunningEmulator } from './index';
import { SAMPLE_START_URL, deviceSignIn, oidcClient, pkcePair, portalClient } from './testing';

let emulator: RunningEmulator;
// Both clocks are frozen (rows move the expiry clock by hand), so "polled too fast", "expired"
// and "throttled" never depend on how fast this machine runs the calls in between.
let nowMs = Date.UTC(2030, 0, 1, 8);
const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

beforeAll(async () => {
  emulator = await startEmulator({ org: loadOrganisation('e2e/fixtures/sample-org.json'), now: () => nowMs, rateLimitClock: () => 0, pollIntervalSeconds: 5, rateLimitPerSecond: 0, portalRateLimitPerSecond: 0 });
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.admin.updateSettings({ faults: {}, rateLimitPerSecond: 0, portalRateLimitPerSecond: 0 });
});

const oidc = () => oidcClient(emulator.endpoint, { maxAttempts: 1 });
const portal = () => portalClient(emulator.endpoint, { maxAttempts: 1 });
const register = (input: Partial<ConstructorParameters<typeof RegisterClientCommand>[0]> = {}) =>
  oidc().send(new RegisterClientCommand({ clientName: 'errors-test', clientType: 'public', scopes: ['sso:account:access'], ...input }));

async function startDevice() {
  const registration = await register();
  const device = await oidc().send(new StartDeviceAuthorizationCommand({ clientId: registration.clientId, clientSecret: registration.clientSecret, startUrl: SAMPLE_START_URL }));
  const poll = () => oidc().send(new CreateTokenCommand({ clientId: registration.clientId, clientSecret: registration.clientSecret, grantType: DEVICE_GRANT, deviceCode: device.deviceCode }));
  return { registration, device, poll };
}

async function tokenWith(input: Partial<CreateTokenCommandInput>) {
  const { registration } = await deviceSignIn(emulator);
  return oidc().send(new CreateTokenCommand({ clientId: registration.clientId, clientSecret: registration.clientSecret, grantType: 'refresh_token', ...input }));
}

/** A PKCE client and a code issued for redirectUri, ready to be redeemed wrongly. */
async function pkceCode() {
  const registration = await register({ grantTypes: ['authorization_code', 'refresh_token'], redirectUris: ['http://127.0.0.1/oauth/callback'], issuerUrl: SAMPLE_START_URL });
  const { verifier, challenge } = pkcePair();
  const redirectUri = 'http://127.0.0.1:40000/oauth/callback';
  emulator.admin.updateSettings({ autoApproveUser: 'alice' });
  const response = await fetch(
    `${emulator.endpoint}/authorize?response_type=code&client_id=${registration.clientId}&redirect_uri=${encodeURIComponent(redirectUri)}&state=s&code_challenge_method=S256&code_challenge=${challenge}`,
    { redirect: 'manual' },
  );
  emulator.admin.updateSettings({ autoApproveUser: null });
  const code = new URL(response.headers.get('location') ?? '').searchParams.get('code') ?? '';
  const redeem = (input: Partial<CreateTokenCommandInput>) =>
    oidc().send(new CreateTokenCommand({ clientId: registration.clientId, clientSecret: registration.clientSecret, grantType: 'authorization_code', code, redirectUri, codeVerifier: verifier, ...input }));
  return { redeem, registration };
}

type ErrorClass = abstract new (...args: never[]) => Error;
interface Row {
  name: string;
  expected: ErrorClass;
  status: number;
  /** OAuth `error` value (OIDC rows) or exception name (rows whose class is the service base class). */
  error?: string;
  run: () => Promise<unknown>;
}

const rows: Row[] = [
  { name: 'pending device code', expected: AuthorizationPendingException, status: 400, error: 'authorization_pending', run: async () => (await startDevice()).poll() },
  {
    name: 'polling faster than the interval',
    expected: SlowDownException,
    status: 400,
    error: 'slow_down',
    run: async () => {
      const { poll } = await startDevice();
      await poll().catch(() => undefined);
      return poll();
    },
  },
  {
    name: 'expired device code',
    expected: ExpiredTokenException,
    status: 400,
    error: 'expired_token',
    run: async () => {
      const { poll } = await startDevice();
      nowMs += 601_000;
      return poll();
    },
  },
  {
    name: 'denied device code',
    expected: AccessDeniedException,
    status: 400,
    error: 'access_denied',
    run: async () => {
      const { poll, device } = await startDevice();
      emulator.admin.denyDevice(device.userCode ?? '');
      return poll();
    },
  },
  { name: 'unknown client', expected: InvalidClientException, status: 401, error: 'invalid_client', run: () => oidc().send(new StartDeviceAuthorizationCommand({ clientId: 'nope', clientSecret: 'nope', startUrl: SAMPLE_START_URL })) },
  {
    name: 'expired registration',
    expected: InvalidClientException,
    status: 401,
    error: 'invalid_client',
    run: async () => {
      const registration = await register();
      nowMs += 91 * 24 * 3600_000;
      return oidc().send(new StartDeviceAuthorizationCommand({ clientId: registration.clientId, clientSecret: registration.clientSecret, startUrl: SAMPLE_START_URL }));
    },
  },
  { name: 'unknown refresh token', expected: InvalidGrantException, status: 400, error: 'invalid_grant', run: () => tokenWith({ refreshToken: 'aorMadeUp' }) },
  {
    name: 'reused refresh token',
    expected: InvalidGrantException,
    status: 400,
    error: 'invalid_grant',
    run: async () => {
      const { registration, tokens } = await deviceSignIn(emulator);
      const refresh = () => oidc().send(new CreateTokenCommand({ clientId: registration.clientId, clientSecret: registration.clientSecret, grantType: 'refresh_token', refreshToken: tokens.refreshToken }));
      await refresh();
      return refresh();
    },
  },
  {
    name: 'expired refresh token (session over)',
    expected: InvalidGrantException,
    status: 400,
    error: 'invalid_grant',
    run: async () => {
      const { registration, tokens } = await deviceSignIn(emulator);
      nowMs += 8 * 3600_000 + 1000;
      return oidc().send(new CreateTokenCommand({ clientId: registration.clientId, clientSecret: registration.clientSecret, grantType: 'refresh_token', refreshToken: tokens.refreshToken }));
    },
  },
  {
    name: 'refresh token of a revoked user',
    expected: InvalidGrantException,
    status: 400,
    error: 'invalid_grant',
    run: async () => {
      const { registration, tokens } = await deviceSignIn(emulator, { userName: 'bob' });
      emulator.admin.revokeUser('bob');
      return oidc().send(new CreateTokenCommand({ clientId: registration.clientId, clientSecret: registration.clientSecret, grantType: 'refresh_token', refreshToken: tokens.refreshToken }));
    },
  },
  { name: 'bad authorization code', expected: InvalidGrantException, status: 400, error: 'invalid_grant', run: async () => (await pkceCode()).redeem({ code: 'not-a-code' }) },
  { name: 'code verifier mismatch', expected: InvalidGrantException, status: 400, error: 'invalid_grant', run: async () => (await pkceCode()).redeem({ codeVerifier: pkcePair().verifier }) },
  { name: 'redirect URI mismatch (other port)', expected: InvalidGrantException, status: 400, error: 'invalid_grant', run: async () => (await pkceCode()).redeem({ redirectUri: 'http://127.0.0.1:40001/oauth/callback' }) },
  { name: 'device grant without deviceCode', expected: InvalidRequestException, status: 400, error: 'invalid_request', run: () => tokenWith({ grantType: DEVICE_GRANT }) },
  {
    name: 'unknown start URL',
    expected: InvalidRequestException,
    status: 400,
    error: 'invalid_request',
    run: async () => {
      const registration = await register();
      return oidc().send(new StartDeviceAuthorizationCommand({ clientId: registration.clientId, clientSecret: registration.clientSecret, startUrl: 'https://d-0000000000.awsapps.com/start' }));
    },
  },
  { name: 'unsupported grant type', expected: UnsupportedGrantTypeException, status: 400, error: 'unsupported_grant_type', run: () => tokenWith({ grantType: 'password' }) },
  {
    name: 'grant the client did not register',
    expected: UnauthorizedClientException,
    status: 400,
    error: 'unauthorized_client',
    run: async () => (await pkceCode()).redeem({ grantType: DEVICE_GRANT, deviceCode: 'x' }),
  },
  { name: 'confidential client type', expected: InvalidClientMetadataException, status: 400, error: 'invalid_client_metadata', run: () => register({ clientType: 'confidential' }) },
  { name: 'authorization_code without redirect URIs', expected: InvalidRedirectUriException, status: 400, error: 'invalid_redirect_uri', run: () => register({ grantTypes: ['authorization_code'] }) },
  { name: 'malformed scope', expected: InvalidScopeException, status: 400, error: 'invalid_scope', run: () => register({ scopes: ['sso:account:access extra'] }) },
  {
    name: 'OIDC fault injection',
    expected: InternalServerException,
    status: 500,
    error: 'server_error',
    run: async () => {
      emulator.admin.updateSettings({ faults: { errorRate: 1, operations: ['RegisterClient'] } });
      return register();
    },
  },
  {
    name: 'OIDC throttling (not modelled: base class, name TooManyRequestsException)',
    expected: SSOOIDCServiceException,
    status: 429,
    error: 'TooManyRequestsException',
    run: async () => {
      emulator.admin.updateSettings({ rateLimitPerSecond: 1 });
      await register().catch(() => undefined);
      return register();
    },
  },
  { name: 'made-up bearer token', expected: UnauthorizedException, status: 401, run: () => portal().send(new ListAccountsCommand({ accessToken: 'garbage' })) },
  {
    name: 'expired access token',
    expected: UnauthorizedException,
    status: 401,
    run: async () => {
      const { tokens } = await deviceSignIn(emulator);
      nowMs += 3601_000;
      return portal().send(new ListAccountsCommand({ accessToken: tokens.accessToken }));
    },
  },
  {
    name: 'access token of a revoked user',
    expected: UnauthorizedException,
    status: 401,
    run: async () => {
      const { tokens } = await deviceSignIn(emulator, { userName: 'bob' });
      emulator.admin.revokeUser('bob');
      return portal().send(new ListAccountsCommand({ accessToken: tokens.accessToken }));
    },
  },
  {
    name: 'role not assigned to the user',
    expected: ResourceNotFoundException,
    status: 404,
    run: async () => portal().send(new GetRoleCredentialsCommand({ accessToken: (await deviceSignIn(emulator, { userName: 'bob' })).tokens.accessToken, accountId: '111111111111', roleName: 'AdministratorAccess' })),
  },
  {
    name: 'account not assigned to the user',
    expected: ResourceNotFoundException,
    status: 404,
    run: async () => portal().send(new ListAccountRolesCommand({ accessToken: (await deviceSignIn(emulator, { userName: 'bob' })).tokens.accessToken, accountId: '123456789012' })),
  },
  { name: 'max_result out of range', expected: PortalInvalidRequestException, status: 400, run: async () => portal().send(new ListAccountsCommand({ accessToken: (await deviceSignIn(emulator)).tokens.accessToken, maxResults: 101 })) },
  { name: 'forged next_token', expected: PortalInvalidRequestException, status: 400, run: async () => portal().send(new ListAccountsCommand({ accessToken: (await deviceSignIn(emulator)).tokens.accessToken, nextToken: 'bm9wZQ' })) },
  {
    name: 'portal throttling, per operation (the collective portal quota off)',
    expected: TooManyRequestsException,
    status: 429,
    run: async () => {
      const { tokens } = await deviceSignIn(emulator);
      emulator.admin.updateSettings({ rateLimitPerSecond: 1 });
      await portal().send(new ListAccountsCommand({ accessToken: tokens.accessToken }));
      return portal().send(new ListAccountsCommand({ accessToken: tokens.accessToken }));
    },
  },
  {
    name: 'portal throttling, the collective quota spent by another operation',
    expected: TooManyRequestsException,
    status: 429,
    run: async () => {
      const { tokens } = await deviceSignIn(emulator);
      emulator.admin.updateSettings({ portalRateLimitPerSecond: 1 });
      await portal().send(new ListAccountsCommand({ accessToken: tokens.accessToken }));
      return portal().send(new ListAccountRolesCommand({ accessToken: tokens.accessToken, accountId: '111111111111' }));
    },
  },
  {
    name: 'failing account (faults.failAccounts, default status)',
    expected: SSOServiceException,
    status: 500,
    error: 'InternalServerException',
    run: async () => {
      const { tokens } = await deviceSignIn(emulator);
      emulator.admin.updateSettings({ faults: { failAccounts: ['111111111111'] } });
      return portal().send(new ListAccountRolesCommand({ accessToken: tokens.accessToken, accountId: '111111111111' }));
    },
  },
  {
    name: 'failing account answering 403 (not modelled: base class, name ForbiddenException)',
    expected: SSOServiceException,
    status: 403,
    error: 'ForbiddenException',
    run: async () => {
      const { tokens } = await deviceSignIn(emulator);
      emulator.admin.updateSettings({ faults: { failAccounts: ['111111111111'], failAccountsStatus: 403 } });
      return portal().send(new GetRoleCredentialsCommand({ accessToken: tokens.accessToken, accountId: '111111111111', roleName: 'ReadOnlyAccess' }));
    },
  },
  {
    name: 'portal fault injection (not modelled: base class, name InternalServerException)',
    expected: SSOServiceException,
    status: 500,
    error: 'InternalServerException',
    run: async () => {
      const { tokens } = await deviceSignIn(emulator);
      emulator.admin.updateSettings({ faults: { errorRate: 1, operations: ['ListAccounts'] } });
      return portal().send(new ListAccountsCommand({ accessToken: tokens.accessToken }));
    },
  },
];

describe('modelled errors reach the SDK caller as their exception class', () => {
  it.each(rows)('$name → $expected.name', async (row) => {
    const error = await row.run().then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error, 'the call should have failed').toBeInstanceOf(row.expected);
    const exception = error as { $metadata?: { httpStatusCode?: number }; error?: string; name: string };
    expect(exception.$metadata?.httpStatusCode).toBe(row.status);
    if (row.expected === SSOOIDCServiceException || row.expected === SSOServiceException) expect(exception.name).toBe(row.error);
    else if (row.error) expect(exception.error).toBe(row.error);
  });
});

describe('dropped connections', () => {
  it('are counted as faults and surface as a network error', async () => {
    emulator.admin.resetCounts();
    emulator.admin.updateSettings({ faults: { dropRate: 1, operations: ['RegisterClient'] } });
    const error = await register().catch((thrown: unknown) => thrown as Error & { $metadata?: unknown });
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(SSOOIDCServiceException);
    expect(emulator.admin.counts().RegisterClient).toEqual({ requests: 1, throttled: 0, faults: 1 });
  });
});
