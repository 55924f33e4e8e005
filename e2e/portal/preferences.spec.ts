// The user’s marks on the list (a favourite role, an alias and a colour) and the roles used last are kept by main in
// settings: they survive reloading the page, a refresh of the list, and a restart of the core.
import { expect, test } from '../sign-in/sign-in-fixture';
import { accountList, accountRow, listCount, roleRow, sampleAccountCount, searchBox, signInAndList, trayViewport, waitForListed } from './portal-page';

test.use({ viewport: trayViewport });

test('favourites and aliases survive a reload, a refresh of the list and a restart', async ({ page, app }) => {
  await signInAndList(page);
  const list = accountList(page);

  // Pin payments-prod's ReadOnlyAccess.
  await searchBox(page).fill('payments-prod');
  await accountRow(page, 'payments-prod').click();
  const star = list.getByRole('button', { name: 'Favourite ReadOnlyAccess in payments-prod' });
  await expect(star).toHaveAttribute('aria-pressed', 'false');
  await star.click();
  await expect(star).toHaveAttribute('aria-pressed', 'true');

  // Name it "Payments (live)" and colour it red.
  await accountRow(page, 'payments-prod').hover();
  await accountRow(page, 'payments-prod').getByRole('button', { name: 'Edit payments-prod' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit payments-prod' });
  await dialog.getByLabel('Alias').fill('Payments (live)');
  await dialog.getByLabel('Colour').selectOption('red');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  await searchBox(page).fill('');

  const expectMarks = async () => {
    await expect(list.getByRole('treeitem').first()).toHaveAccessibleName('Favourites, 1 role');
    await expect(list.getByRole('treeitem').nth(1)).toHaveAccessibleName('ReadOnlyAccess in Payments (live), favourite');
    // The alias is searchable, shown first, with the portal's name beside it.
    await searchBox(page).fill('live');
    await expect(accountRow(page, 'Payments (live)')).toHaveAccessibleName(/^Payments \(live\), payments-prod, account 111111111111/);
    await expect(accountRow(page, 'Payments (live)')).toHaveClass(/colour-red/);
    await searchBox(page).fill('');
  };
  await expectMarks();

  await page.reload();
  await waitForListed(page, sampleAccountCount);
  await expectMarks();

  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(listCount(page)).toHaveText(`${sampleAccountCount} accounts`);
  await waitForListed(page, sampleAccountCount);
  await expectMarks();

  await app.restart();
  await page.goto(app.host.url);
  await waitForListed(page, sampleAccountCount);
  await expectMarks();

  // Unpinning from the favourites group takes it out of the group.
  await list.getByRole('button', { name: 'Favourite ReadOnlyAccess in Payments (live)' }).click();
  await expect(list.getByRole('treeitem', { name: 'Favourites, 1 role' })).toHaveCount(0);
  await expect(roleRow(page, 'ReadOnlyAccess')).toHaveCount(0);
});

test('the roles used last show under Recent, newest first, and stay after a reload', async ({ page, app: _app }) => {
  await signInAndList(page);
  const list = accountList(page);
  for (const [account, role] of [
    ['payments-prod', 'ReadOnlyAccess'],
    ['checkout-prod', 'ReadOnlyAccess'],
  ] as const) {
    await searchBox(page).fill(account);
    await accountRow(page, account).click();
    await roleRow(page, role).hover();
    await list.getByRole('button', { name: `Management console for ${role} in ${account}` }).click();
    await expect(page.getByRole('status').filter({ hasText: `Opened the console of ${role} in ${account}` })).toBeVisible();
  }
  await searchBox(page).fill('');

  const expectRecent = async () => {
    await expect(list.getByRole('treeitem').first()).toHaveAccessibleName('Recent, 2 roles');
    await expect(list.getByRole('treeitem').nth(1)).toHaveAccessibleName('ReadOnlyAccess in checkout-prod');
    await expect(list.getByRole('treeitem').nth(2)).toHaveAccessibleName('ReadOnlyAccess in payments-prod');
  };
  await expectRecent();
  await page.reload();
  await waitForListed(page, sampleAccountCount);
  await expectRecent();
});
