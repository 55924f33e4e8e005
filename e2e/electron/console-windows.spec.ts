// Two in-app console windows for two roles, side by side, in the built Electron app against the
// emulator: each signs in to its own account and role, and their session partitions differ. Runs
// only where an Electron binary exists (like app.spec.ts); skipped with the reason elsewhere.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startSampleEmulator } from '../emulator/testing';
import { findElectronBinary } from './find-electron-binary';
import { launchBuiltApp, repositoryRoot as root } from './launch-built-app';

const binary = findElectronBinary({ env: process.env, packageDir: join(root, 'node_modules/electron') });
if (!binary.found) console.log(`[e2e/electron] skipped: ${binary.reason}`);

test.skip(!binary.found, binary.found ? '' : binary.reason);

async function openRoleConsole(window: Page, accountName: string, roleName: string, expected = `Opened the console of ${roleName} in ${accountName} (eu-west-1) in an app window.`): Promise<void> {
  await window.getByRole('searchbox', { name: 'Search accounts and roles' }).fill(accountName);
  const list = window.getByRole('tree', { name: 'Accounts and roles' });
  const account = list.getByRole('treeitem', { name: new RegExp(`^${accountName},`) });
  if ((await account.getAttribute('aria-expanded')) !== 'true') await account.click();
  await list.getByRole('button', { name: `Management console for ${roleName} in ${accountName}` }).click();
  await expect(window.getByRole('status', { name: 'Console' })).toHaveText(expected);
}

test('opens two roles in two console windows with different partitions', async () => {
  if (!binary.found) return;
  const emulator = await startSampleEmulator();
  const userData = mkdtempSync(join(tmpdir(), 'sso-tray-e2e-'));
  const app = await launchBuiltApp(binary.path, userData, { SSO_TRAY_AWS_ENDPOINT: emulator.endpoint });
  try {
    const window = await app.firstWindow();
    // Device code: the emulator approves it as alice by itself.
    const form = window.getByRole('form', { name: 'Add an instance' });
    await form.getByLabel('Start URL').fill('https://d-1234567890.awsapps.com/start');
    await form.getByLabel('Region').selectOption('eu-west-1');
    await form.getByRole('radio', { name: 'Device code' }).check();
    await form.getByRole('button', { name: 'Add instance' }).click();
    await window.getByRole('article', { name: 'd-1234567890' }).getByRole('button', { name: 'Sign in' }).click();
    await expect(window.locator('.portal-count')).toHaveText(/\d+ accounts/, { timeout: 30_000 });

    const consoles = [app.waitForEvent('window'), app.waitForEvent('window')];
    await openRoleConsole(window, 'payments-staging', 'PowerUserAccess');
    await openRoleConsole(window, 'payments-prod', 'AdministratorAccess');
    const pages = await Promise.all(consoles);
    const headings = await Promise.all(pages.map(async (page) => page.getByRole('heading', { level: 1 }).textContent()));
    expect(headings.sort()).toEqual(['Signed in to payments-prod (111111111111) as AdministratorAccess', 'Signed in to payments-staging (222222222222) as PowerUserAccess']);

    // In main: two console windows, no preload, each in its own session.
    const facts = await app.evaluate(({ BrowserWindow }, origin) => {
      const consoleWindows = BrowserWindow.getAllWindows().filter((each) => each.webContents.getURL().startsWith(origin));
      return {
        count: consoleWindows.length,
        titles: consoleWindows.map((each) => each.getTitle()).sort(),
        sameSession: consoleWindows.length === 2 && consoleWindows[0]!.webContents.session === consoleWindows[1]!.webContents.session,
        sharesAppSession: consoleWindows.some((each) => each.webContents.session === BrowserWindow.getAllWindows().find((other) => !other.webContents.getURL().startsWith(origin))?.webContents.session),
      };
    }, emulator.endpoint);
    expect(facts.count).toBe(2);
    expect(facts.sameSession).toBe(false);
    expect(facts.sharesAppSession).toBe(false);
    expect(facts.titles).toEqual([expect.stringMatching(/^payments-prod \(111111111111\) · AdministratorAccess · (1 h 00|\d+) min left$/), expect.stringMatching(/^payments-staging \(222222222222\) · PowerUserAccess · (1 h 00|\d+) min left$/)]);

    // A second click focuses the open window: no third window.
    await openRoleConsole(window, 'payments-staging', 'PowerUserAccess', 'The console of PowerUserAccess in payments-staging is already open; it was brought forward.');
    expect(await app.evaluate(({ BrowserWindow }, origin) => BrowserWindow.getAllWindows().filter((each) => each.webContents.getURL().startsWith(origin)).length, emulator.endpoint)).toBe(2);
  } finally {
    await app.close();
    await emulator.close();
    rmSync(userData, { recursive: true, force: true });
  }
});
