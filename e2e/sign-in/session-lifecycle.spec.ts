// What happens around a session: consent denied in the browser, a session that ends on the
// service's side (the notice signs in again in one click), and signing out of one of two instances.
import { addInstance, approveInBrowser, expect, expectSignedIn, firstInstance, instanceCard, secondInstance, test } from './sign-in-fixture';
import { readKeychainSecret } from './keychain-reader';

test('consent denied in the browser shows the reason in the card; Try again signs in', async ({ page, app: _app }) => {
  const card = await addInstance(page, firstInstance);
  const session = card.getByRole('group', { name: 'Session' });
  const popupOpened = page.waitForEvent('popup');
  await session.getByRole('button', { name: 'Sign in' }).click();
  const popup = await popupOpened;
  await popup.getByRole('button', { name: 'Deny' }).click();
  await expect(popup.getByRole('heading', { name: 'Sign-in did not complete' })).toBeVisible();

  await expect(session.getByText('Sign-in failed')).toBeVisible();
  await expect(session.getByText('The sign-in was denied in the browser.')).toBeVisible();
  await approveInBrowser(page, () => session.getByRole('button', { name: 'Try again' }).click(), 'alice');
  await expectSignedIn(card);
});

test.describe('a session that ends on the service side', () => {
  // Two-second access tokens: the app refreshes about every 1.6 s, so a revoked session is noticed at once.
  test.use({ emulatorOptions: { lifetimes: { accessTokenSeconds: 2 } } });

  test('shows "Session expired" and a notice whose Sign in works in one click', async ({ page, app }) => {
    const card = await addInstance(page, firstInstance);
    await approveInBrowser(page, () => card.getByRole('button', { name: 'Sign in' }).click(), 'alice');
    await expectSignedIn(card);

    app.emulator.admin.revokeUser('alice');
    const session = card.getByRole('group', { name: 'Session' });
    await expect(session.getByText('Session expired')).toBeVisible();
    await expect(session.getByRole('button', { name: 'Sign in again' })).toBeVisible();
    const notices = page.getByRole('region', { name: 'Notices' });
    const notice = notices.getByRole('listitem').filter({ hasText: `Your session for ${firstInstance.name} has ended` });
    await expect(notice).toBeVisible();
    await expect(notice.getByRole('status')).toBeVisible();

    // The person is still signed in to the portal in the browser: one click in the app is enough.
    app.emulator.admin.updateSettings({ autoApproveUser: 'alice' });
    const popupOpened = page.waitForEvent('popup');
    await notice.getByRole('button', { name: 'Sign in' }).click();
    await expect((await popupOpened).getByRole('heading', { name: 'Signed in to SSO Tray' })).toBeVisible();
    await expectSignedIn(card);
    // A new sign-in answers the notice.
    await expect(notices).toHaveCount(0);
  });
});

test('signing out of one of two instances leaves the other signed in', async ({ page, app }) => {
  const first = await addInstance(page, firstInstance);
  const second = await addInstance(page, secondInstance);
  await approveInBrowser(page, () => first.getByRole('button', { name: 'Sign in' }).click(), 'alice');
  await expectSignedIn(first);
  await approveInBrowser(page, () => second.getByRole('button', { name: 'Sign in' }).click(), 'bob');
  await expectSignedIn(second);

  await first.getByRole('button', { name: 'Sign out' }).click();
  await expect(first.getByText('Signed out')).toBeVisible();
  await expect(first.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expectSignedIn(instanceCard(page, secondInstance.name));

  const ids = Object.fromEntries((await app.instances()).map((instance) => [instance.displayName, instance.id]));
  // The app deletes the keychain entries first and only then shows "Signed out", so they are gone now.
  expect(await readKeychainSecret(app.keychainService, `${ids[firstInstance.name]}/refresh-token`)).toBeUndefined();
  expect(await readKeychainSecret(app.keychainService, `${ids[secondInstance.name]}/refresh-token`)).toBeDefined();
  const sessions = Object.fromEntries((await app.instances()).map((instance) => [instance.displayName, instance.session.kind]));
  expect(sessions).toEqual({ [firstInstance.name]: 'signed-out', [secondInstance.name]: 'signed-in' });
});
