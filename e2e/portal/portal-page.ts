// What the portal specs share: the tray-sized window, signing in as a person and waiting for the
// list, the list's elements found by role and name as a screen reader would, and screenshots
// written under test-results/ (and, with SCREENSHOTS_TO_DOCS=1, the README's copy in docs/).
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { addInstance, approveInBrowser, expect, expectSignedIn, firstInstance } from '../sign-in/sign-in-fixture';

/**
 * What the page gets in the portal window: main/windows/portal-window-options.ts opens it at
 * 380 x 600 outside, and a title bar takes up to about 40 px of that on the desktops we ship for.
 */
export const trayViewport = { width: 380, height: 560 } as const;

/** alice's accounts in d-1234567890 of e2e/fixtures/sample-org.json. */
export const sampleAccountCount = 18;

export function searchBox(page: Page): Locator {
  return page.getByRole('searchbox', { name: 'Search accounts and roles' });
}

export function accountList(page: Page): Locator {
  return page.getByRole('tree', { name: 'Accounts and roles' });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An account's row: a tree item whose accessible name begins with the account's display name. */
export function accountRow(page: Page, displayName: string): Locator {
  return accountList(page).getByRole('treeitem', { name: new RegExp(`^${escapeRegExp(displayName)},`) });
}

/** A role's row under an expanded account (not its copy in the favourites). */
export function roleRow(page: Page, roleName: string): Locator {
  return accountList(page).getByRole('treeitem', { name: new RegExp(`^${escapeRegExp(roleName)}(,|$)`) });
}

/** The list's status line: "18 accounts", "2 of 18 accounts", "No account or role matches …". */
export function listCount(page: Page): Locator {
  return page.locator('.portal-count');
}

/** Adds the sample instance, signs in as `userName` in the browser, and waits for the whole list. */
export async function signInAndList(page: Page, accounts = sampleAccountCount, userName = 'alice'): Promise<void> {
  const card = await addInstance(page, firstInstance);
  await approveInBrowser(page, () => card.getByRole('button', { name: 'Sign in' }).click(), userName);
  await expectSignedIn(card);
  await waitForListed(page, accounts);
}

/** The list holds `accounts` accounts, every one with its roles known, and no listing runs. */
export async function waitForListed(page: Page, accounts: number): Promise<void> {
  await expect(listCount(page)).toHaveText(`${accounts} accounts`, { timeout: 30_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByText(/^Refreshed /)).toBeVisible({ timeout: 30_000 });
}

/** Folds the instances panel away, so the list has the window. */
export async function foldInstances(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: /^Instances \(\d+\)$/ });
  if ((await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click();
}

/**
 * A screenshot as a test artifact (test-results/…/name.png); with SCREENSHOTS_TO_DOCS=1 also
 * copied to docs/screenshots/<docsName> for the README.
 */
export async function screenshot(page: Page, testInfo: TestInfo, name: string, docsName?: string): Promise<string> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
  await testInfo.attach(name, { path, contentType: 'image/png' });
  if (docsName && process.env.SCREENSHOTS_TO_DOCS === '1') {
    const target = join(__dirname, '../../docs/screenshots', docsName);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(path, target);
  }
  return path;
}
