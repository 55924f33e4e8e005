// A person's side of sign-in, in Chromium: the device verification page and the /authorize
// consent page, found by role and label as a screen reader would, then the real SDK redeems.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { AccessDeniedException, CreateTokenCommand, RegisterClientCommand, StartDeviceAuthorizationCommand } from '@aws-sdk/client-sso-oidc';
import { GetRoleCredentialsCommand, ListAccountsCommand } from '@aws-sdk/client-sso';
import { loadOrganisation, startEmulator, type RunningEmulator } from './index';
import { SAMPLE_START_URL, deviceSignIn, oidcClient, pkcePair, portalClient } from './testing';

const org = loadOrganisation('e2e/fixtures/sample-org.json');
const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

let emulator: RunningEmulator;
test.beforeEach(async () => {
  emulator = await startEmulator({ org, pollIntervalSeconds: 0 });
});
test.afterEach(async () => {
  await emulator.close();
});

async function startDevice(clientName = 'sso-tray-e2e') {
  const oidc = oidcClient(emulator.endpoint);
  const registration = await oidc.send(new RegisterClientCommand({ clientName, clientType: 'public', scopes: ['sso:account:access'] }));
  const device = await oidc.send(new StartDeviceAuthorizationCommand({ clientId: registration.clientId, clientSecret: registration.clientSecret, startUrl: SAMPLE_START_URL }));
  const redeem = () => oidc.send(new CreateTokenCommand({ clientId: registration.clientId, clientSecret: registration.clientSecret, grantType: DEVICE_GRANT, deviceCode: device.deviceCode }));
  return { device, redeem };
}

test.describe('device verification page', () => {
  test('Allow as the picked user lets CreateToken succeed for that user', async ({ page }) => {
    const { device, redeem } = await startDevice();
    await page.goto(device.verificationUriComplete ?? '');
    await expect(page.getByRole('heading', { name: 'Authorize request' })).toBeVisible();
    await expect(page.getByLabel('User code')).toHaveText(device.userCode ?? '');
    await page.getByLabel('Bob O\'Brien (bob)').check();
    await page.getByRole('button', { name: 'Allow' }).click();
    await expect(page.getByRole('status')).toHaveText(/Signed in as bob/);

    const tokens = await redeem();
    const accounts = await portalClient(emulator.endpoint).send(new ListAccountsCommand({ accessToken: tokens.accessToken }));
    expect(accounts.accountList).toHaveLength(6); // bob's, not alice's 18
  });

  test('Deny makes CreateToken fail with AccessDeniedException', async ({ page }) => {
    const { device, redeem } = await startDevice();
    await page.goto(device.verificationUriComplete ?? '');
    await page.getByRole('button', { name: 'Deny' }).click();
    await expect(page.getByRole('heading', { name: 'Request denied' })).toBeVisible();
    await expect(redeem()).rejects.toBeInstanceOf(AccessDeniedException);
  });

  test('a person can type the code at the bare verification URI', async ({ page }) => {
    const { device, redeem } = await startDevice();
    await page.goto(device.verificationUri ?? '');
    await page.getByLabel('User code').fill((device.userCode ?? '').toLowerCase().replace('-', ' '));
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('Alice Example (alice)').check();
    await page.getByRole('button', { name: 'Allow' }).click();
    await expect(page.getByRole('status')).toHaveText(/Signed in as alice/);
    await expect(redeem()).resolves.toMatchObject({ tokenType: 'Bearer' });
  });

  test('shows a hostile client name as text', async ({ page }) => {
    const hostile = '<img src=x onerror="document.title=\'pwned\'"> "quoted" & \'single\'';
    const { device } = await startDevice(hostile);
    await page.goto(device.verificationUriComplete ?? '');
    await expect(page.getByText(hostile)).toBeVisible();
    await expect(page.locator('img')).toHaveCount(0);
    expect(await page.title()).not.toBe('pwned');
  });
});

test.describe('/authorize consent page', () => {
  let callback: Server;
  let redirectUri: string;
  test.beforeEach(async () => {
    callback = createServer((_request, response) => response.end('callback received'));
    await new Promise<void>((resolve) => callback.listen(0, '127.0.0.1', resolve));
    redirectUri = `http://127.0.0.1:${(callback.address() as AddressInfo).port}/oauth/callback`;
  });
  test.afterEach(async () => {
    callback.closeAllConnections();
    await new Promise((resolve) => callback.close(resolve));
  });

  async function openConsent(page: Page) {
    const oidc = oidcClient(emulator.endpoint);
    const registration = await oidc.send(
      new RegisterClientCommand({
        clientName: 'sso-tray-pkce',
        clientType: 'public',
        grantTypes: ['authorization_code', 'refresh_token'],
        redirectUris: ['http://127.0.0.1/oauth/callback'],
        issuerUrl: SAMPLE_START_URL,
        scopes: ['sso:account:access'],
      }),
    );
    const { verifier, challenge } = pkcePair();
    const state = 'state-1234';
    await page.goto(
      `${emulator.endpoint}/authorize?response_type=code&client_id=${registration.clientId}&redirect_uri=${encodeURIComponent(redirectUri)}` +
        `&state=${state}&code_challenge_method=S256&scopes=sso%3Aaccount%3Aaccess&code_challenge=${challenge}`,
    );
    await expect(page.getByRole('heading', { name: 'Allow sso-tray-pkce to access your data?' })).toBeVisible();
    const redeem = (code: string) =>
      oidc.send(new CreateTokenCommand({ clientId: registration.clientId, clientSecret: registration.clientSecret, grantType: 'authorization_code', code, redirectUri, codeVerifier: verifier }));
    return { state, redeem };
  }

  test('Allow redirects to the loopback port with a code that CreateToken accepts', async ({ page }) => {
    const { state, redeem } = await openConsent(page);
    await page.getByLabel('Alice Example (alice)').check();
    await page.getByRole('button', { name: 'Allow' }).click();
    await page.waitForURL((url) => url.pathname === '/oauth/callback');
    await expect(page.getByText('callback received')).toBeVisible();
    const landed = new URL(page.url());
    expect(`${landed.origin}${landed.pathname}`).toBe(redirectUri);
    expect(landed.searchParams.get('state')).toBe(state);
    const tokens = await redeem(landed.searchParams.get('code') ?? '');
    expect(tokens.refreshToken).toBeTruthy();
  });

  test('Deny redirects with error=access_denied', async ({ page }) => {
    const { state } = await openConsent(page);
    await page.getByRole('button', { name: 'Deny' }).click();
    await page.waitForURL((url) => url.pathname === '/oauth/callback');
    const landed = new URL(page.url());
    expect(landed.searchParams.get('error')).toBe('access_denied');
    expect(landed.searchParams.get('state')).toBe(state);
    expect(landed.searchParams.has('code')).toBe(false);
  });
});

test('the console page names the account and role, with a hostile account name shown as text', async ({ page }) => {
  const { tokens } = await deviceSignIn(emulator);
  const { roleCredentials } = await portalClient(emulator.endpoint).send(new GetRoleCredentialsCommand({ accessToken: tokens.accessToken, accountId: '423456789012', roleName: 'ReadOnlyAccess' }));
  const session = JSON.stringify({ sessionId: roleCredentials?.accessKeyId, sessionKey: roleCredentials?.secretAccessKey, sessionToken: roleCredentials?.sessionToken });
  const { SigninToken } = (await (await fetch(`${emulator.endpoint}/federation?${new URLSearchParams({ Action: 'getSigninToken', Session: session })}`)).json()) as { SigninToken: string };
  await page.goto(`${emulator.endpoint}/federation?${new URLSearchParams({ Action: 'login', Destination: 'https://console.aws.amazon.com/', SigninToken })}`);
  const accountName = org.instances[0]?.accounts.find((account) => account.accountId === '423456789012')?.accountName ?? '';
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Signed in to ${accountName} (423456789012) as ReadOnlyAccess`);
  await expect(page.locator('img')).toHaveCount(0);
});
