// The add form against the real core: its validation messages appear at the field they are about,
// and removing an instance signs it out and forgets its secrets.
import { addInstance, approveInBrowser, expect, expectSignedIn, firstInstance, instanceCard, test } from './sign-in-fixture';
import { readKeychainSecret } from './keychain-reader';

test('the core’s validation messages show inline at their field', async ({ page, app: _app }) => {
  const form = page.getByRole('form', { name: 'Add an instance' });
  const startUrl = form.getByLabel('Start URL');
  const region = form.getByLabel('Region');
  const add = form.getByRole('button', { name: 'Add instance' });

  await startUrl.fill('http://d-1234567890.awsapps.com/start');
  await region.selectOption('eu-west-1');
  await add.click();
  await expect(form.getByRole('alert')).toHaveText('The start URL must begin with https://.');
  await expect(startUrl).toHaveAttribute('aria-invalid', 'true');

  await startUrl.fill('https://acme.awsapps.cn/start');
  await add.click();
  await expect(form.getByRole('alert')).toHaveText(/belongs to AWS China, but eu-west-1 is in AWS/);
  await expect(region).toHaveAttribute('aria-invalid', 'true');
  await expect(startUrl).not.toHaveAttribute('aria-invalid');

  await addInstance(page, firstInstance);
  // With an instance in the list the form folds away; it comes back empty, without the old errors.
  await expect(form).toHaveCount(0);
  await page.getByRole('button', { name: 'Add another instance' }).click();
  await expect(form.getByRole('alert')).toHaveCount(0);
  await startUrl.fill(`${firstInstance.startUrl}/`);
  await region.selectOption(firstInstance.region);
  await add.click();
  await expect(form.getByRole('alert')).toHaveText(/already/i);
  await expect(page.getByRole('article')).toHaveCount(1);
});

test('an empty form marks both fields, and a 5,000-character start URL gets plain words at its field', async ({ page, app }) => {
  const form = page.getByRole('form', { name: 'Add an instance' });
  const startUrl = form.getByLabel('Start URL');
  const region = form.getByLabel('Region');
  await form.getByRole('button', { name: 'Add instance' }).click();
  await expect(startUrl).toHaveAttribute('aria-invalid', 'true');
  await expect(region).toHaveAttribute('aria-invalid', 'true');
  await expect(startUrl).toBeFocused();
  await expect(form.getByRole('alert')).toHaveText([/^Enter your AWS access portal URL/, 'Choose the region your IAM Identity Center is in.']);

  await startUrl.fill(`${firstInstance.startUrl}?${'x'.repeat(5000 - firstInstance.startUrl.length - 1)}`);
  await region.selectOption(firstInstance.region);
  await form.getByRole('button', { name: 'Add instance' }).click();
  await expect(form.getByRole('alert')).toHaveText('This is 5,000 characters long; a start URL has at most 2,048. Copy it again from the access portal.');
  await expect(startUrl).toHaveAttribute('aria-describedby', (await form.getByRole('alert').getAttribute('id')) ?? '');
  await expect(page.getByText(/Too big|startUrl:/)).toHaveCount(0);
  expect(await app.instances()).toEqual([]);
});

test('a display name from the form names the card; Remove signs out and deletes the secrets', async ({ page, app }) => {
  const form = page.getByRole('form', { name: 'Add an instance' });
  await form.getByLabel('Display name').fill('Payments');
  const card = await addInstance(page, { ...firstInstance, name: 'Payments' });
  await approveInBrowser(page, () => card.getByRole('button', { name: 'Sign in' }).click(), 'alice');
  await expectSignedIn(card);
  const [instance] = await app.instances();
  expect(await readKeychainSecret(app.keychainService, `${instance!.id}/refresh-token`)).toBeDefined();

  await card.getByRole('button', { name: 'Remove Payments' }).click();
  await card.getByRole('group', { name: 'Remove Payments?' }).getByRole('button', { name: 'Remove' }).click();
  await expect(instanceCard(page, 'Payments')).toHaveCount(0);
  await expect(page.getByText(/No instance yet/)).toBeVisible();
  expect(await readKeychainSecret(app.keychainService, `${instance!.id}/refresh-token`)).toBeUndefined();
  expect(await readKeychainSecret(app.keychainService, `${instance!.id}/client-registration`)).toBeUndefined();
});
