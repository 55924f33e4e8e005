// The real AWS SDK clients drive every flow end to end against the emulator over HTTP.
import { CreateTokenCommand, InvalidGrantException, RegisterClientCommand, StartDeviceAuthorizationCommand, AuthorizationPendingException } from '@aws-sdk/client-sso-oidc';
import { GetRoleCredentialsCommand, ListAccountsCommand, LogoutCommand, UnauthorizedException, paginateListAccountRoles, paginateListAccounts, type AccountInfo } from '@aws-sdk/client-sso';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOrganisation, loadOrganisation, startEmulator, type RunningEmulator } from './index';
import { SAMPLE_START_URL, SANDBOX_START_URL, deviceSignIn, oidcClient, pkcePair, portalClient } from './testing';

const org = loadOrganisation('e2e/fixtures/sample-org.json');

describe('with the sample organisation', () => {
  let emulator: RunningEmulator;
  // A clock that moves only when a test moves it: waiting out the poll interval is a step of the
  // clock, not a sleep that a busy machine could stretch, and expiries are exact.
  let nowMs = Date.UTC(2030, 0, 1, 8);
  beforeAll(async () => {
    emulator = await startEmulator({ org, now: () => nowMs, pollIntervalSeconds: 0.2, rateLimitPerSecond: 0, portalRateLimitPerSecond: 0 });
  });
  afterAll(() => emulator.close());

  it('completes the device flow: register, start, pending, approve, token', async () => {
    const oidc = oidcClient(emulator.endpoint);
    const registration = await oidc.send(new RegisterClientCommand({ clientName: 'device-test', clientType: 'public', scopes: ['sso:account:access'] }));
    expect(registration.clientSecretExpiresAt).toBe(nowMs / 1000 + 90 * 24 * 3600); // seconds, not ms
    const device = await oidc.send(new StartDeviceAuthorizationCommand({ clientId: registration.clientId, clientSecret: registration.clientSecret, startUrl: SAMPLE_START_URL }));
    expect(device.userCode).toMatch(/^[A-Z]{4}-[A-Z]{4}$/);
    expect(device.verificationUri).toBe(`${emulator.endpoint}/device`);
    expect(device.verificationUriComplete).toBe(`${emulator.endpoint}/device?user_code=${device.userCode}`);
    expect(device.interval).toBe(0.2);
    expect(emulator.admin.pendingDeviceCodes()).toContainEqual({ userCode: device.userCode, startUrl: SAMPLE_START_URL });

    const poll = () =>
      oidc.send(new CreateTokenCommand({ clientId: registration.clientId, clientSecret: registration.clientSecret, grantType: 'urn:ietf:params:oauth:grant-type:device_code', deviceCode: device.deviceCode }));
    await expect(poll()).rejects.toBeInstanceOf(AuthorizationPendingException);
    emulator.admin.approveDevice(device.userCode ?? '', 'alice');
    expect(emulator.admin.pendingDeviceCodes().map((entry) => entry.userCode)).not.toContain(device.userCode);
    nowMs += 250; // one poll interval (0.2 s) and then some
    const tokens = await poll();
    expect(tokens).toMatchObject({ tokenType: 'Bearer', expiresIn: 3600 });
    expect(tokens.accessToken?.length).toBeGreaterThan(900);
    expect(tokens.refreshToken).toBeTruthy();

    const accounts = await portalClient(emulator.endpoint).send(new ListAccountsCommand({ accessToken: tokens.accessToken, maxResults: 100 }));
    expect(accounts.accountList).toHaveLength(18);
  });

  it('issues no refresh token to a legacy client without sso:account:access or refresh_token', async () => {
    const { tokens } = await deviceSignIn(emulator, { scopes: [] });
    expect(tokens.accessToken).toBeTruthy();
    expect(tokens.refreshToken).toBeUndefined();
  });

  it('completes the PKCE flow with auto-approve and with the consent form (any loopback port)', async () => {
    const oidc = oidcClient(emulator.endpoint);
    const registration = await oidc.send(
      new RegisterClientCommand({
        clientName: 'pkce-test',
        clientType: 'public',
        grantTypes: ['authorization_code', 'refresh_token'],
        redirectUris: ['http://127.0.0.1/oauth/callback'],
        issuerUrl: SAMPLE_START_URL,
        scopes: ['sso:account:access'],
      }),
    );
    const signIn = async (answer: (authorizeUrl: string) => Promise<Response>) => {
      const { verifier, challenge } = pkcePair();
      const redirectUri = 'http://127.0.0.1:49152/oauth/callback';
      const state = crypto.randomUUID();
      const authorizeUrl =
        `${emulator.endpoint}/authorize?response_type=code&client_id=${encodeURIComponent(registration.clientId ?? '')}` +
        `&redirect_uri=${encodeURIComponent(redirectUri)}&state=${state}&code_challenge_method=S256&scopes=sso%3Aaccount%3Aaccess&code_challenge=${challenge}`;
      const response = await answer(authorizeUrl);
      expect(response.status).toBe(302);
      const location = new URL(response.headers.get('location') ?? '');
      expect(`${location.origin}${location.pathname}`).toBe(redirectUri);
      expect(location.searchParams.get('state')).toBe(state);
      const code = location.searchParams.get('code') ?? '';
      return oidc.send(new CreateTokenCommand({ clientId: registration.clientId, clientSecret: registration.clientSecret, grantType: 'authorization_code', code, redirectUri, codeVerifier: verifier }));
    };

    emulator.admin.updateSettings({ autoApproveUser: 'alice' });
    const auto = await signIn((url) => fetch(url, { redirect: 'manual' }));
    emulator.admin.updateSettings({ autoApproveUser: null });
    expect(auto.refreshToken).toBeTruthy();

    const viaForm = await signIn(async (url) => {
      const page = await fetch(url);
      expect(page.status).toBe(200);
      const html = await page.text();
      const requestId = /name="request_id" value="([^"]+)"/.exec(html)?.[1] ?? '';
      return fetch(`${emulator.endpoint}/authorize`, { method: 'POST', redirect: 'manual', body: new URLSearchParams({ request_id: requestId, user: 'bob', decision: 'allow' }) });
    });
    const portal = portalClient(emulator.endpoint);
    expect((await portal.send(new ListAccountsCommand({ accessToken: auto.accessToken, maxResults: 100 }))).accountList).toHaveLength(18);
    expect((await portal.send(new ListAccountsCommand({ accessToken: viaForm.accessToken, maxResults: 100 }))).accountList).toHaveLength(6); // bob
  });

  it('rotates the refresh token: the old one is then rejected, the new one works', async () => {
    const oidc = oidcClient(emulator.endpoint);
    const { registration, tokens } = await deviceSignIn(emulator, { oidc });
    const refresh = (refreshToken: string | undefined) =>
      oidc.send(new CreateTokenCommand({ clientId: registration.clientId, clientSecret: registration.clientSecret, grantType: 'refresh_token', refreshToken }));
    const second = await refresh(tokens.refreshToken);
    expect(second.refreshToken).toBeTruthy();
    expect(second.refreshToken).not.toBe(tokens.refreshToken);
    expect(second.accessToken).not.toBe(tokens.accessToken);
    const reuse = await refresh(tokens.refreshToken).catch((error: unknown) => error);
    expect(reuse).toBeInstanceOf(InvalidGrantException);
    expect((reuse as InvalidGrantException).error_description).toMatch(/already been used/);
    const third = await refresh(second.refreshToken);
    expect(third.accessToken).toBeTruthy();
  });

  it('hands out fresh, unique role credentials with an expiration in epoch milliseconds', async () => {
    const { tokens } = await deviceSignIn(emulator);
    const portal = portalClient(emulator.endpoint);
    const get = () => portal.send(new GetRoleCredentialsCommand({ accessToken: tokens.accessToken, accountId: '111111111111', roleName: 'AdministratorAccess' }));
    const [first, second] = [await get(), await get()];
    const one = first.roleCredentials;
    expect(one?.accessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(one?.expiration).toBe(nowMs + 3600_000); // milliseconds
    expect(second.roleCredentials?.accessKeyId).not.toBe(one?.accessKeyId);
    expect(second.roleCredentials?.secretAccessKey).not.toBe(one?.secretAccessKey);
    expect(emulator.admin.issuedCredentials(one?.accessKeyId ?? '')).toMatchObject({ accountId: '111111111111', roleName: 'AdministratorAccess', userName: 'alice' });
  });

  it('Logout ends the access token and its refresh token', async () => {
    const oidc = oidcClient(emulator.endpoint);
    const { registration, tokens } = await deviceSignIn(emulator, { oidc });
    const portal = portalClient(emulator.endpoint);
    await portal.send(new LogoutCommand({ accessToken: tokens.accessToken }));
    await expect(portal.send(new ListAccountsCommand({ accessToken: tokens.accessToken }))).rejects.toBeInstanceOf(UnauthorizedException);
    await expect(
      oidc.send(new CreateTokenCommand({ clientId: registration.clientId, clientSecret: registration.clientSecret, grantType: 'refresh_token', refreshToken: tokens.refreshToken })),
    ).rejects.toBeInstanceOf(InvalidGrantException);
  });

  it('revokeUser ends every session of that user in every instance and no one else’s', async () => {
    const alice1 = await deviceSignIn(emulator, { userName: 'alice' });
    const alice2 = await deviceSignIn(emulator, { userName: 'alice', startUrl: SANDBOX_START_URL });
    const bob = await deviceSignIn(emulator, { userName: 'bob' });
    emulator.admin.revokeUser('alice');
    const portal = portalClient(emulator.endpoint);
    for (const { tokens } of [alice1, alice2]) {
      await expect(portal.send(new ListAccountsCommand({ accessToken: tokens.accessToken }))).rejects.toBeInstanceOf(UnauthorizedException);
    }
    await expect(portal.send(new ListAccountsCommand({ accessToken: bob.tokens.accessToken }))).resolves.toBeTruthy();
  });

  it('binds tokens to the instance their start URL named', async () => {
    const { tokens } = await deviceSignIn(emulator, { startUrl: SANDBOX_START_URL, userName: 'alice' });
    const accounts = await portalClient(emulator.endpoint, { region: 'us-east-1' }).send(new ListAccountsCommand({ accessToken: tokens.accessToken }));
    expect(accounts.accountList?.map((account) => account.accountName)).toEqual(['sandbox-alice', 'sandbox-shared', 'hackathon-2026', 'experiments', 'training', 'demo-prod']);
  });
});

describe('with a generated organisation of 1,000 accounts', () => {
  let emulator: RunningEmulator;
  const big = generateOrganisation({ accounts: 1000, rolesPerAccount: 3 });
  beforeAll(async () => {
    emulator = await startEmulator({ org: big, rateLimitPerSecond: 0, portalRateLimitPerSecond: 0 });
  });
  afterAll(() => emulator.close());

  it('pages through every account with paginateListAccounts, then lists roles', async () => {
    const { tokens } = await deviceSignIn(emulator, { startUrl: big.instances[0]?.startUrl });
    const client = portalClient(emulator.endpoint);
    for (const pageSize of [100, undefined]) {
      const seen: AccountInfo[] = [];
      let pages = 0;
      for await (const page of paginateListAccounts({ client, pageSize }, { accessToken: tokens.accessToken })) {
        pages++;
        seen.push(...(page.accountList ?? []));
      }
      expect(pages).toBe(pageSize ? 10 : 50);
      expect(seen.map((account) => account.accountId)).toEqual(big.instances[0]?.accounts.map((account) => account.accountId));
    }
    const roles: string[] = [];
    const accountId = big.instances[0]?.accounts[999]?.accountId;
    for await (const page of paginateListAccountRoles({ client, pageSize: 2 }, { accessToken: tokens.accessToken, accountId })) {
      roles.push(...(page.roleList ?? []).map((role) => role.roleName ?? ''));
    }
    expect(roles).toEqual(['AdministratorAccess', 'ReadOnlyAccess', 'PowerUserAccess']);
  });
});

describe('with a fake clock', () => {
  it('runs a simulated working day: access token expiry, refreshes, end of session', async () => {
    let nowMs = Date.UTC(2030, 0, 1, 8);
    const emulator = await startEmulator({ org, now: () => nowMs, lifetimes: { accessTokenSeconds: 3600, refreshTokenSeconds: 8 * 3600 } });
    try {
      const oidc = oidcClient(emulator.endpoint);
      const portal = portalClient(emulator.endpoint);
      const { registration, tokens } = await deviceSignIn(emulator, { oidc });
      let { accessToken, refreshToken } = tokens;
      const refresh = () => oidc.send(new CreateTokenCommand({ clientId: registration.clientId, clientSecret: registration.clientSecret, grantType: 'refresh_token', refreshToken }));
      for (let hour = 1; hour < 8; hour++) {
        nowMs += 3599_000;
        await portal.send(new ListAccountsCommand({ accessToken }));
        nowMs += 2_000;
        await expect(portal.send(new ListAccountsCommand({ accessToken }))).rejects.toBeInstanceOf(UnauthorizedException);
        ({ accessToken, refreshToken } = await refresh());
      }
      const credentials = await portal.send(new GetRoleCredentialsCommand({ accessToken, accountId: '111111111111', roleName: 'ReadOnlyAccess' }));
      expect(credentials.roleCredentials?.expiration).toBe(nowMs + 3600_000);
      nowMs += 3600_000; // past the 8 h session
      await expect(refresh()).rejects.toBeInstanceOf(InvalidGrantException);
    } finally {
      await emulator.close();
    }
  });
});
