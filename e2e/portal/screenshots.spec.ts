// Screenshots of the list and of a search, in the light and the dark theme (the page follows the
// OS through prefers-color-scheme), written as test artifacts under test-results/. With
// SCREENSHOTS_TO_DOCS=1 the light list is also copied to docs/screenshots/portal-list.png.
import { expect, test } from '../sign-in/sign-in-fixture';
import { accountList, accountRow, foldInstances, listCount, screenshot, searchBox, signInAndList, trayViewport } from './portal-page';

test.use({ viewport: trayViewport });

test('screenshots of the list and of a search, light and dark', async ({ page, app: _app }, testInfo) => {
  await signInAndList(page);
  await foldInstances(page);
  // A favourite and an alias, so both show.
  await searchBox(page).fill('payments-prod');
  await accountRow(page, 'payments-prod').click();
  await accountList(page).getByRole('button', { name: 'Favourite AdministratorAccess in payments-prod' }).click();
  await searchBox(page).fill('');
  await page.mouse.move(0, 0);
  await searchBox(page).blur();

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe(colorScheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(30, 31, 34)');
    await screenshot(page, testInfo, `portal-list-${colorScheme}`, colorScheme === 'light' ? 'portal-list.png' : undefined);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await searchBox(page).fill('paymnts');
  await expect(listCount(page)).toHaveText('2 of 18 accounts');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await screenshot(page, testInfo, `portal-search-${colorScheme}`);
  }
});
