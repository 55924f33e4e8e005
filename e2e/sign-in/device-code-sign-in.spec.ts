// A person signs in with a device code (RFC 8628): the app shows the code big with its expiry, the
// person copies it; the verification page opens by itself (as the AWS CLI does; the card's button
// opens it again) and the person approves it as bob there.
import { addInstance, expect, expectSignedIn, firstInstance, showDetails, test } from './sign-in-fixture';

test('sign in with a device code as bob, from the code on the page to "Signed in"', async ({ page, context, app }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.host.origin });
  const card = await addInstance(page, firstInstance, 'Device code');
  await showDetails(card);
  await expect(card.getByLabel('Sign-in method')).toHaveValue('device-code');
  const pageOpened = page.waitForEvent('popup');
  await card.getByRole('button', { name: 'Sign in' }).click();
  const opened = await pageOpened;

  const code = card.getByLabel('User code');
  await expect(code).toHaveText(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  const userCode = (await code.textContent()) ?? '';
  await expect(card.getByText(/Code expires in (10:00|9:\d\d)/)).toBeVisible();

  await card.getByRole('button', { name: 'Copy code' }).click();
  await expect(card.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(userCode);

  await expect(opened.getByLabel('User code')).toHaveText(userCode);
  await opened.close();
  const popupOpened = page.waitForEvent('popup');
  await card.getByRole('button', { name: 'Open verification page' }).click();
  const verification = await popupOpened;
  await expect(verification.getByRole('heading', { name: 'Authorize request' })).toBeVisible();
  await expect(verification.getByLabel('User code')).toHaveText(userCode);
  await verification.getByLabel(/\(bob\)$/).check();
  await verification.getByRole('button', { name: 'Allow' }).click();
  await expect(verification.getByRole('status')).toHaveText(/Signed in as bob/);

  await expectSignedIn(card);
  await expect(card.getByLabel('User code')).toHaveCount(0);
  expect(app.emulator.admin.pendingDeviceCodes()).toEqual([]);
});

test('switched to device code in the card, denied on the verification page: a clear message, and Try again starts over', async ({ page, app }) => {
  const card = await addInstance(page, firstInstance, 'Browser');
  await showDetails(card);
  await card.getByLabel('Sign-in method').selectOption('device-code');
  await expect.poll(async () => (await app.instances())[0]?.signInMethod).toBe('device-code');
  const popupOpened = page.waitForEvent('popup');
  await card.getByRole('button', { name: 'Sign in' }).click();
  const verification = await popupOpened;
  await expect(card.getByLabel('User code')).toHaveText(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  const userCode = (await card.getByLabel('User code').textContent()) ?? '';
  await verification.getByRole('button', { name: 'Deny' }).click();
  await expect(verification.getByRole('heading', { name: 'Request denied' })).toBeVisible();
  const session = card.getByRole('group', { name: 'Session' });
  await expect(session.getByText('Sign-in failed')).toBeVisible();
  await expect(session.getByText('The sign-in was denied in the browser.')).toBeVisible();

  await session.getByRole('button', { name: 'Try again' }).click();
  await expect(card.getByLabel('User code')).not.toHaveText(userCode);
  await expect(card.getByLabel('User code')).toHaveText(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
});
