// Screenshots of the list, of a search and of the settings, in the light and the dark theme (the
// page follows the OS through prefers-color-scheme unless the settings pick a theme), written as
// test artifacts under test-results/, with the access-keys dialog. With SCREENSHOTS_TO_DOCS=1 the
// light list, access-keys dialog and settings are also copied to docs/screenshots/ for the README.
import type { Page } from '@playwright/test';
import { expect, test } from '../sign-in/sign-in-fixture';
import { accountList, accountRow, foldInstances, listCount, roleRow, screenshot, searchBox, signInAndList, trayViewport } from './portal-page';

test.use({ viewport: trayViewport });

const backgrounds = { light: 'rgb(255, 255, 255)', dark: 'rgb(30, 31, 34)' } as const;
const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('screenshots of the list, a search and the settings, light and dark; the settings\' theme overrides the OS', async ({ page, app }, testInfo) => {
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
    await expect.poll(() => bodyBackground(page)).toBe(backgrounds[colorScheme]);
    await screenshot(page, testInfo, `portal-list-${colorScheme}`, colorScheme === 'light' ? 'portal-list.png' : undefined);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await searchBox(page).fill('paymnts');
  await expect(listCount(page)).toHaveText('2 of 18 accounts');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await screenshot(page, testInfo, `portal-search-${colorScheme}`);
  }

  // The access-keys dialog of a role: the masked key id and the time left, never the key itself.
  await page.emulateMedia({ colorScheme: 'light' });
  await searchBox(page).fill('payments-prod');
  await roleRow(page, 'ReadOnlyAccess').hover();
  await page.getByRole('button', { name: 'Access keys for ReadOnlyAccess in payments-prod' }).click();
  const dialog = page.getByRole('dialog', { name: 'Access keys for ReadOnlyAccess in payments-prod' });
  await expect(dialog.getByTestId('masked-key')).toHaveText(/^ASIA…[A-Z0-9]{4}$/);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await screenshot(page, testInfo, `access-keys-${colorScheme}`, colorScheme === 'light' ? 'access-keys.png' : undefined);
  }
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);

  await page.emulateMedia({ colorScheme: 'light' });
  await searchBox(page).fill('');
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('region', { name: 'Settings' });
  await expect(settings.getByRole('heading', { name: 'Settings' })).toBeFocused();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expect.poll(() => bodyBackground(page)).toBe(backgrounds[colorScheme]);
    await screenshot(page, testInfo, `settings-${colorScheme}`, colorScheme === 'light' ? 'settings.png' : undefined);
  }

  // A theme picked in the settings wins over the OS, and "Same as the system" follows it again.
  await page.emulateMedia({ colorScheme: 'light' });
  await settings.getByRole('radio', { name: 'Dark' }).check();
  await expect.poll(() => bodyBackground(page)).toBe(backgrounds.dark);
  await expect.poll(async () => (await app.composition.core.appSettings()).shell.theme).toBe('dark');
  await page.reload();
  await expect.poll(() => bodyBackground(page)).toBe(backgrounds.dark);
  await page.getByRole('button', { name: 'Settings' }).click();
  await settings.getByRole('radio', { name: 'Same as the system' }).check();
  await expect.poll(() => bodyBackground(page)).toBe(backgrounds.light);
});
