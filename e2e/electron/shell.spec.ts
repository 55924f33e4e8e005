// The desktop shell in the built Electron app (`npm run build`), against the emulator, where an
// Electron binary exists (skipped with its reason elsewhere, like app.spec.ts): sign in with a
// device code, open the quick switcher with its global shortcut (pressed through the OS with
// xdotool, as a user would; skipped where that tool or an X display is missing), find a role, open
// its console and copy its credentials, each where this build offers the action.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { QuickAction } from '../../app/model/quick-actions';
import { loadOrganisation, startEmulator, type RunningEmulator } from '../emulator';
import { findElectronBinary } from './find-electron-binary';
import { launchBuiltApp, repositoryRoot as root } from './launch-built-app';

const binary = findElectronBinary({ env: process.env, packageDir: join(root, 'node_modules/electron') });
if (!binary.found) console.log(`[e2e/electron] skipped: ${binary.reason}`);
test.skip(!binary.found, binary.found ? '' : binary.reason);

/** How the test presses a global shortcut: through the X server, so the OS delivers it. */
function shortcutPresser(): { readonly ok: true } | { readonly ok: false; readonly reason: string } {
  if (process.platform !== 'linux') return { ok: false, reason: 'pressing a global shortcut needs xdotool (Linux with X)' };
  if (!process.env.DISPLAY) return { ok: false, reason: 'no X display (DISPLAY is not set)' };
  try {
    execFileSync('xdotool', ['version'], { stdio: 'ignore' });
    return { ok: true };
  } catch {
    return { ok: false, reason: 'xdotool is not installed' };
  }
}

let emulator: RunningEmulator;
let userData: string;
let app: ElectronApplication;

test.beforeEach(async () => {
  if (!binary.found) return;
  emulator = await startEmulator({ org: loadOrganisation(join(root, 'e2e/fixtures/sample-org.json')), port: 0, pollIntervalSeconds: 0.2, log: () => {} });
  userData = mkdtempSync(join(tmpdir(), 'sso-tray-e2e-shell-'));
  app = await launchBuiltApp(binary.path, userData, { SSO_TRAY_AWS_ENDPOINT: emulator.endpoint });
});

test.afterEach(async () => {
  if (!binary.found) return;
  await app?.close();
  await emulator?.close();
  rmSync(userData, { recursive: true, force: true });
});

async function signInWithDeviceCode(window: Page): Promise<void> {
  const form = window.getByRole('form', { name: 'Add an instance' });
  await form.getByLabel('Start URL').fill('https://d-1234567890.awsapps.com/start');
  await form.getByLabel('Region').selectOption('eu-west-1');
  await form.getByRole('radio', { name: 'Device code' }).check();
  await form.getByRole('button', { name: 'Add instance' }).click();
  const card = window.getByRole('article', { name: 'd-1234567890' });
  await card.getByRole('button', { name: 'Sign in' }).click();
  const userCode = (await card.getByLabel('User code').textContent()) ?? '';
  expect(userCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  emulator.admin.approveDevice(userCode, 'alice');
  await expect(card.getByText('Signed in', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(window.locator('.portal-count')).toHaveText('18 accounts', { timeout: 30_000 });
}

test('signs in, opens the quick switcher with its shortcut, opens a console and copies credentials', async () => {
  if (!binary.found) return;
  const presser = shortcutPresser();
  test.skip(!presser.ok, presser.ok ? '' : presser.reason);

  const portal = await app.firstWindow();
  await signInWithDeviceCode(portal);
  const offered = await portal.evaluate(async () => {
    const result = await (window as unknown as { desktop: { request(channel: string): Promise<{ ok: boolean; value?: string[] }> } }).desktop.request('quick-switcher:get-actions');
    return result.value ?? [];
  }) as QuickAction[];

  const switcherOpened = app.waitForEvent('window', (page) => page.url().endsWith('/quick-switcher.html'));
  execFileSync('xdotool', ['key', 'ctrl+shift+a']);
  const switcher = await switcherOpened;
  const search = switcher.getByRole('combobox', { name: 'Find a role' });
  await expect(search).toBeFocused();
  // The window is frameless and above the others.
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().filter((window) => window.isAlwaysOnTop()).map((window) => window.getTitle()))).toEqual(['SSO Tray quick switcher']);

  await search.pressSequentially('paymnts prod');
  const options = switcher.getByRole('listbox', { name: 'Roles' }).getByRole('option');
  await expect(options.first()).toContainText('payments-prod');
  await search.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');

  if (offered.includes('copy-credentials')) {
    await search.press('Control+c');
    await expect.poll(() => app.evaluate(({ clipboard }) => clipboard.readText())).toMatch(/AWS_ACCESS_KEY_ID=/);
  }
  if (offered.includes('open-console')) {
    execFileSync('xdotool', ['key', 'ctrl+shift+a']);
    await search.pressSequentially('paymnts prod');
    const consoleOpened = app.waitForEvent('window', (page) => !page.url().startsWith('app://'));
    await search.press('Enter');
    const consoleWindow = await consoleOpened;
    await expect.poll(() => consoleWindow.url()).toContain(emulator.endpoint);
  }
  if (!offered.includes('open-console') && !offered.includes('copy-credentials')) {
    // Neither feature is in this build: the switcher offers no key for them.
    await expect(switcher.getByRole('list', { name: 'Keys' })).toHaveText('Esc Close');
  }
});
