// "Management console" in the web host against the emulator: the click opens the role's console
// the way the settings say (an in-app window, in the role's partition), a second click focuses it,
// the options dialog opens the browser or the portal shortcut at a service in another region; the
// URL the app would open signs in to that account and role on the emulator, and the page never
// sees it.
import type { Page } from '@playwright/test';
import { expect, test } from '../sign-in/sign-in-fixture';
import { accountRow, roleRow, searchBox, signInAndList } from '../portal/portal-page';

const consoleLine = (page: Page) => page.getByRole('status', { name: 'Console' });

test('a click opens the role in an app window that signs in to that account and role', async ({ app, page }) => {
  await signInAndList(page);
  await searchBox(page).fill('payments-staging');
  await accountRow(page, 'payments-staging').click();
  const role = roleRow(page, 'PowerUserAccess');
  await role.getByRole('button', { name: 'Management console for PowerUserAccess in payments-staging' }).click();
  await expect(consoleLine(page)).toHaveText('Opened the console of PowerUserAccess in payments-staging (eu-west-1) in an app window.');

  const opened = app.composition.consoles.opened;
  expect(opened).toHaveLength(1);
  expect(opened[0]).toMatchObject({ way: 'app-window', partition: 'persist:console:222222222222:PowerUserAccess' });
  const url = new URL(opened[0]?.url ?? '');
  expect(url.origin).toBe(app.emulator.endpoint);
  expect(url.searchParams.get('Destination')).toBe('https://eu-west-1.console.aws.amazon.com/console/home?region=eu-west-1');
  // The page never held the sign-in URL or its token.
  const token = url.searchParams.get('SigninToken') ?? '';
  expect(await page.content()).not.toContain(token);

  // Following it, as the in-app window would, signs in to that account and role.
  const consolePage = await page.context().newPage();
  await consolePage.goto(url.href);
  await expect(consolePage.getByRole('heading', { name: 'Signed in to payments-staging (222222222222) as PowerUserAccess' })).toBeVisible();
  await consolePage.close();

  // A second click brings the same window forward instead of opening another.
  await role.getByRole('button', { name: 'Management console for PowerUserAccess in payments-staging' }).click();
  await expect(consoleLine(page)).toHaveText('The console of PowerUserAccess in payments-staging is already open; it was brought forward.');
  expect(app.composition.consoles.opened).toHaveLength(1);
  expect(app.composition.consoles.focused).toEqual(['persist:console:222222222222:PowerUserAccess']);
});

test('the options open the browser with log-out-first at a service in another region, or the portal shortcut', async ({ app, page }) => {
  await signInAndList(page);
  await searchBox(page).fill('payments-staging');
  await accountRow(page, 'payments-staging').click();
  const role = roleRow(page, 'PowerUserAccess');

  await role.getByRole('button', { name: 'Console options for PowerUserAccess in payments-staging' }).click();
  let dialog = page.getByRole('dialog', { name: 'Console for PowerUserAccess in payments-staging' });
  await dialog.getByLabel('Open').selectOption({ label: 'In the default browser' });
  await dialog.getByLabel('Log out of the console first').check();
  await dialog.getByLabel('Destination').selectOption({ label: 'Lambda' });
  await dialog.getByLabel('Region').selectOption('us-west-2');
  await dialog.getByRole('button', { name: 'Open console' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(consoleLine(page)).toHaveText('Opened the console of PowerUserAccess in payments-staging (us-west-2) in the default browser.');
  const browser = app.composition.consoles.last;
  expect(browser?.way).toBe('browser');
  const logout = new URL(browser?.url ?? '');
  expect(`${logout.origin}${logout.pathname}`).toBe(`${app.emulator.endpoint}/oauth`);
  const tab = await page.context().newPage();
  await tab.goto(logout.href);
  await expect(tab.getByRole('heading', { name: 'Signed in to payments-staging (222222222222) as PowerUserAccess' })).toBeVisible();
  await expect(tab.getByText('https://us-west-2.console.aws.amazon.com/lambda/home?region=us-west-2')).toBeVisible();
  await tab.close();

  await role.getByRole('button', { name: 'Console options for PowerUserAccess in payments-staging' }).click();
  dialog = page.getByRole('dialog', { name: 'Console for PowerUserAccess in payments-staging' });
  await dialog.getByLabel('Open').selectOption({ label: 'Through the access portal' });
  await dialog.getByLabel('Destination').selectOption({ label: 'Other console path…' });
  await dialog.getByLabel('Console path').fill('/ec2/home#Instances:');
  await dialog.getByRole('button', { name: 'Open console' }).click();
  await expect(consoleLine(page)).toHaveText('Opened the console of PowerUserAccess in payments-staging (eu-west-1) through the access portal.');
  expect(app.composition.consoles.last).toEqual({
    way: 'portal-link',
    url: `https://d-1234567890.awsapps.com/start/#/console?account_id=222222222222&role_name=PowerUserAccess&destination=${encodeURIComponent('https://eu-west-1.console.aws.amazon.com/ec2/home?region=eu-west-1#Instances:')}`,
  });
});

test('a session longer than the credentials is refused with a clear message in the dialog', async ({ app, page }) => {
  await signInAndList(page);
  const instanceId = (await app.instances())[0]?.id ?? '';
  await app.composition.core.handlers['settings:update']({ console: { sessionSeconds: { [instanceId]: 43_200 } } }, { senderId: 'e2e' });
  await searchBox(page).fill('payments-staging');
  await accountRow(page, 'payments-staging').click();
  await roleRow(page, 'PowerUserAccess').getByRole('button', { name: 'Console options for PowerUserAccess in payments-staging' }).click();
  const dialog = page.getByRole('dialog', { name: 'Console for PowerUserAccess in payments-staging' });
  await dialog.getByRole('button', { name: 'Open console' }).click();
  // The emulator's credentials last an hour: "1 h left" when the click comes within the same second
  // as the credentials, "59 min left" after that.
  await expect(dialog.getByRole('alert')).toHaveText(/^The console session length in the settings \(12 h\) is longer than the role's credentials last \((1 h|\d+ min) left\)/);
  expect(app.composition.consoles.opened).toHaveLength(0);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  // The list's console line keeps the refusal until dismissed.
  await expect(page.getByRole('alert')).toHaveText(/^The console session length in the settings \(12 h\)/);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
