// The main path with the keyboard alone, in the tray-sized window: add the instance, sign in (the
// consent page is the browser's, outside the app), find an account with `/` and a typo, move
// through the results with the arrows, open an account, pin a role, and give the account an
// alias. Every step has a visible focus.
import type { Page } from '@playwright/test';
import { approveInBrowser, expect, expectSignedIn, firstInstance, instanceCard, test } from '../sign-in/sign-in-fixture';
import { accountList, accountRow, sampleAccountCount, searchBox, trayViewport, waitForListed } from './portal-page';

test.use({ viewport: trayViewport });

const focused = (page: Page) => page.locator(':focus');

async function expectVisibleFocus(page: Page) {
  await expect(focused(page)).toHaveCount(1);
  await expect(focused(page)).toHaveCSS('outline-style', 'solid');
}

test('the main path works with the keyboard alone', async ({ page, app: _app }) => {
  const form = page.getByRole('form', { name: 'Add an instance' });
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Start URL')).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.type(firstInstance.startUrl);
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Region')).toBeFocused();
  // A closed <select> picks the option whose text starts with what is typed.
  await page.keyboard.type(firstInstance.region);
  await expect(form.getByLabel('Region')).toHaveValue(firstInstance.region);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  const card = instanceCard(page, firstInstance.name);
  await expect(card).toBeVisible();

  // From the emptied Start URL field, Shift+Tab reaches the card's Sign in button.
  await page.keyboard.press('Shift+Tab');
  await expect(card.getByRole('button', { name: 'Sign in' })).toBeFocused();
  await expectVisibleFocus(page);
  await approveInBrowser(page, () => page.keyboard.press('Enter'), 'alice');
  await expectSignedIn(card);
  await waitForListed(page, sampleAccountCount);

  // `/` focuses the search; a typo still finds checkout-dev and checkout-prod.
  await page.locator('body').press('/');
  await expect(searchBox(page)).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.type('chekout');
  const list = accountList(page);
  await expect(list.getByRole('treeitem')).toHaveCount(2);

  // ↓ into the results, ↓ to the second, Enter opens it, ↓ to its role, Tab to its star, Space pins it.
  await page.keyboard.press('ArrowDown');
  await expect(accountRow(page, 'checkout-dev')).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('ArrowDown');
  await expect(accountRow(page, 'checkout-prod')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(accountRow(page, 'checkout-prod')).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(focused(page)).toHaveAccessibleName('ReadOnlyAccess');
  await expectVisibleFocus(page);
  // Enter on a role opens its console (the default way: an app window); the focus stays on the row.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Opened the console of ReadOnlyAccess in checkout-prod' })).toBeVisible();
  await expect(focused(page)).toHaveAccessibleName('ReadOnlyAccess');
  // Tab reaches the role's buttons: the console, its options, the star.
  await page.keyboard.press('Tab');
  await expect(list.getByRole('button', { name: 'Management console for ReadOnlyAccess in checkout-prod' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(list.getByRole('button', { name: 'Console options for ReadOnlyAccess in checkout-prod' })).toBeFocused();
  await page.keyboard.press('Tab');
  const star = list.getByRole('button', { name: 'Favourite ReadOnlyAccess in checkout-prod' });
  await expect(star).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Space');
  await expect(star).toHaveAttribute('aria-pressed', 'true');

  // ↑ back to the account, ← folds it; Tab reaches its Edit button; Enter opens the editor.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('ArrowUp');
  await expect(accountRow(page, 'checkout-prod')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(accountRow(page, 'checkout-prod')).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Tab');
  await expect(list.getByRole('button', { name: 'Edit checkout-prod' })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Edit checkout-prod' });
  await expect(dialog.getByLabel('Alias')).toBeFocused();
  await page.keyboard.type('Shop');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);

  // Escape clears the search: the favourite is on top, the alias in the list.
  await page.locator('body').press('/');
  await page.keyboard.press('Escape');
  await expect(searchBox(page)).toHaveValue('');
  await expect(list.getByRole('treeitem').first()).toHaveAccessibleName('Favourites, 1 role');
  await expect(list.getByRole('treeitem').nth(1)).toHaveAccessibleName('ReadOnlyAccess in Shop, favourite');
  await page.keyboard.press('ArrowDown');
  await expect(list.getByRole('treeitem').first()).toBeFocused();
  // Ctrl+F goes back to the search box from anywhere.
  await page.keyboard.press('Control+f');
  await expect(searchBox(page)).toBeFocused();
});
