// A new user in the tray-sized window: adds the instance, signs in with the browser as alice, sees
// the list arrive, and finds an account by typing part of its name with a typo. Also: what a
// refresh finds is marked new, and an account whose roles cannot be listed says so, with a retry.
import { execFileSync } from 'node:child_process';
import { expect, test } from '../sign-in/sign-in-fixture';
import { accountList, accountRow, listCount, roleRow, searchBox, signInAndList, trayViewport, waitForListed } from './portal-page';

test.use({ viewport: trayViewport });

test('a new user adds an instance, signs in, finds an account by typing part of its name with a typo, opens its console and copies bash exports', async ({ page, app }) => {
  await signInAndList(page);
  const list = accountList(page);
  // Sorted by name; only the rows in view are in the page.
  await expect(accountRow(page, 'billing-finance')).toBeVisible();
  await expect(accountRow(page, 'billing-finance')).toContainText('389012345678');
  await expect(accountRow(page, 'billing-finance')).toContainText('aws+billing-finance@example.com');
  await expect(list.getByRole('treeitem').first()).toHaveAttribute('aria-setsize', '18');
  // Folded accounts show no role buttons yet.
  await expect(page.getByRole('button', { name: /^(Management console|Access keys) for/ })).toHaveCount(0);

  await searchBox(page).fill('paymnts');
  await expect(listCount(page)).toHaveText('2 of 18 accounts');
  await expect(list.getByRole('treeitem')).toHaveCount(2);
  await expect(list.getByRole('treeitem').first()).toHaveAccessibleName(/^payments-prod,/);
  await expect(list.getByRole('treeitem').nth(1)).toHaveAccessibleName(/^payments-staging,/);
  await expect(accountRow(page, 'payments-prod').locator('.account-name mark')).toHaveText('payments');

  // Expanding the account shows its permission sets.
  await accountRow(page, 'payments-prod').click();
  await expect(roleRow(page, 'AdministratorAccess')).toBeVisible();
  await expect(roleRow(page, 'ReadOnlyAccess')).toBeVisible();

  // Its console: what the app would open signs in to that account and role on the emulator. The
  // row's buttons show under the pointer.
  await roleRow(page, 'ReadOnlyAccess').hover();
  await roleRow(page, 'ReadOnlyAccess').getByRole('button', { name: 'Management console for ReadOnlyAccess in payments-prod' }).click();
  await expect(page.getByRole('status', { name: 'Console' })).toContainText('Opened the console of ReadOnlyAccess in payments-prod');
  const consoleUrl = app.composition.consoles.opened.at(-1)?.url ?? '';
  const consolePage = await (await fetch(consoleUrl)).text();
  expect(consolePage).toContain('<dd data-field="accountId">111111111111</dd>');
  expect(consolePage).toContain('<dd data-field="roleName">ReadOnlyAccess</dd>');

  // Bash exports: real bash evaluates the copied text to credentials the emulator issued to alice.
  await roleRow(page, 'ReadOnlyAccess').hover();
  await page.getByRole('button', { name: 'Access keys for ReadOnlyAccess in payments-prod' }).click();
  const dialog = page.getByRole('dialog', { name: 'Access keys for ReadOnlyAccess in payments-prod' });
  await dialog.getByRole('button', { name: 'Copy bash / zsh' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/^Copied to the clipboard/);
  const exported = execFileSync('bash', ['--norc', '--noprofile', '-c', `${app.composition.clipboard.read() ?? ''}\nprintf '%s\\n' "$AWS_ACCESS_KEY_ID" "$AWS_SECRET_ACCESS_KEY"`], { encoding: 'utf8', env: {} }).split('\n');
  const instanceId = (await app.instances())[0]!.id;
  const credentials = await app.composition.core.roleCredentials({ instanceId, accountId: '111111111111', roleName: 'ReadOnlyAccess' });
  expect(exported.slice(0, 2)).toEqual([credentials.accessKeyId, credentials.secretAccessKey]);
  expect(app.emulator.admin.issuedCredentials(credentials.accessKeyId)).toMatchObject({ accountId: '111111111111', roleName: 'ReadOnlyAccess', userName: 'alice' });
  await dialog.getByRole('button', { name: 'Close' }).click();

  // A role name finds the accounts that hold it, with the role shown.
  await searchBox(page).fill('billng');
  await expect(list.getByRole('treeitem').first()).toHaveAccessibleName(/^billing-finance,/);
  await expect(roleRow(page, 'Billing').first()).toBeVisible();
});

test('accounts a refresh finds are marked new; an account whose roles fail says so, and Retry lists them', async ({ page, app }) => {
  await signInAndList(page);
  app.emulator.admin.addAccounts([{ accountId: '600000000001', accountName: 'fresh-from-the-oven', roles: ['ReadOnlyAccess'], users: ['alice'] }]);
  app.emulator.admin.updateSettings({ faults: { failAccounts: ['111111111111'], failAccountsStatus: 500 } });
  await page.getByRole('button', { name: 'Refresh' }).click();
  await searchBox(page).fill('fresh');
  await expect(accountRow(page, 'fresh-from-the-oven')).toHaveAccessibleName(/, new$/, { timeout: 30_000 });
  await expect(accountRow(page, 'fresh-from-the-oven').getByText('New', { exact: true })).toBeVisible();
  // The sweep re-lists known accounts: payments-prod's roles now fail.
  await searchBox(page).fill('payments-prod');
  const failing = accountRow(page, 'payments-prod');
  await expect(failing).toHaveAccessibleName(/roles could not be listed/, { timeout: 30_000 });
  await expect(failing.getByText('Roles could not be listed.')).toBeVisible();
  await searchBox(page).fill('');
  await waitForListed(page, 19);
  await searchBox(page).fill('payments-prod');

  app.emulator.admin.updateSettings({ faults: {} });
  await failing.getByRole('button', { name: 'Retry listing the roles of payments-prod' }).click();
  await expect(accountRow(page, 'payments-prod')).not.toHaveAccessibleName(/roles could not be listed/, { timeout: 30_000 });
  await accountRow(page, 'payments-prod').click();
  await expect(roleRow(page, 'AdministratorAccess')).toBeVisible();
});
