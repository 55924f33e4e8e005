// The renderer build in Chromium, talking to the core through the dev web host: the same contract
// as the Electron app over a WebSocket instead of IPC. Needs `npm run build:web` first.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { silentLogger } from '../../app/ports/logger';
import { composeNodeCore, type NodeComposition } from './compose-node';
import { startWebHost, type WebHost } from './start-web-host';

let composition: NodeComposition;
let host: WebHost;
// Stands in for the emulator's sign-in page, so the popup has somewhere real to land.
let signInPage: Server;
let signInOrigin: string;

test.beforeEach(async () => {
  signInPage = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>Emulator sign-in</title><h1>Sign in</h1>');
  });
  await new Promise<void>((resolve) => signInPage.listen(0, '127.0.0.1', resolve));
  signInOrigin = `http://127.0.0.1:${(signInPage.address() as AddressInfo).port}`;
  composition = composeNodeCore({ logger: silentLogger, awsEndpoint: signInOrigin });
  host = await startWebHost({ core: composition.core, browserRelay: composition.browserRelay });
});

test.afterEach(async () => {
  await host.close();
  await composition.core.dispose();
  signInPage.closeAllConnections();
  await new Promise((resolve) => signInPage.close(resolve));
});

test('shows the app info that came through the WebSocket', async ({ page }) => {
  // A CSP violation or a failed module load shows up here before it shows up as a blank page.
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(host.url);
  const footer = page.getByRole('contentinfo', { name: 'App info' });
  await expect(footer.getByText('web-host', { exact: true })).toBeVisible();
  await expect(footer.getByText('SSO Tray', { exact: true })).toBeVisible();
  await expect(footer.getByText('0.1.0', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'SSO Tray' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('refuses the page with a wrong token', async ({ page }) => {
  const response = await page.goto(`${host.origin}/?token=not-the-token`);
  expect(response?.status()).toBe(403);
  await expect(page.getByText(/Forbidden/)).toBeVisible();
  await expect(page.getByRole('contentinfo', { name: 'App info' })).toHaveCount(0);
});

test('opens a link the core asks for as a popup', async ({ page }) => {
  await page.goto(host.url);
  // The footer's info proves the socket is connected before the core sends anything.
  await expect(page.getByRole('contentinfo', { name: 'App info' }).getByText('web-host', { exact: true })).toBeVisible();
  const popup = page.waitForEvent('popup');
  await composition.browserRelay.browser.open(`${signInOrigin}/device?user_code=ABCD-EFGH`);
  const signIn = await popup;
  await expect(signIn).toHaveTitle('Emulator sign-in');
  expect(signIn.url()).toBe(`${signInOrigin}/device?user_code=ABCD-EFGH`);
  // The popup is cut off from the app's page and never learns the token.
  expect(await signIn.evaluate(() => window.opener)).toBeNull();
  expect(await signIn.evaluate(() => document.referrer)).toBe('');
});
