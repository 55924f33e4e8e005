// A person signs in with the browser (authorization code with PKCE): the authorize page opens as a
// popup, the person allows it on the emulator's consent page, the popup ends on the loopback
// listener's page, and the app shows the session. The refresh token then lives in the keychain and
// nowhere else: not in the user-data folder, the page or the log.
import { addInstance, approveInBrowser, expect, expectSignedIn, firstInstance, test } from './sign-in-fixture';
import { filesUnder, readKeychainSecret } from './keychain-reader';

test('sign in with the browser as alice; the refresh token reaches the keychain and no file', async ({ page, app }) => {
  const card = await addInstance(page, firstInstance);
  const session = card.getByRole('group', { name: 'Session' });
  await expect(session.getByText('Signed out')).toBeVisible();
  await expect(card.getByText(firstInstance.startUrl)).toBeVisible();
  await expect(card.getByText(firstInstance.region)).toBeVisible();

  const popup = await approveInBrowser(page, () => session.getByRole('button', { name: 'Sign in' }).click(), 'alice', async () => {
    // While the consent page waits for the person, the card says so and offers a way out.
    await expect(session.getByText('Waiting for your browser…')).toBeVisible();
    await expect(session.getByRole('button', { name: 'Open the sign-in page again' })).toBeVisible();
    await expect(session.getByRole('button', { name: 'Cancel' })).toBeVisible();
  });
  await expect(popup.getByText(/You can close this tab/)).toBeVisible();
  await expectSignedIn(card);
  await expect(session.getByText(/Access token valid for \d+ min, renewed automatically/)).toBeVisible();
  await expect(session.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(card.getByText(/will not be remembered/)).toHaveCount(0);

  const [instance] = await app.instances();
  expect(instance?.session.kind).toBe('signed-in');
  const refreshToken = await readKeychainSecret(app.keychainService, `${instance!.id}/refresh-token`);
  // The emulator's refresh tokens are realistically long (about 1,200 characters).
  expect(refreshToken?.length).toBeGreaterThan(500);

  const files = filesUnder(app.userDataDir);
  expect(files.map((file) => file.path)).toContainEqual(expect.stringMatching(/settings\.json$/));
  for (const file of files) expect(file.text, file.path).not.toContain(refreshToken!);
  expect(await page.content()).not.toContain(refreshToken!);
  expect(app.logLines.join('\n')).not.toContain(refreshToken!);
});

test('the instance and its session survive a restart: settings from the file, tokens from the keychain', async ({ page, app }) => {
  const card = await addInstance(page, firstInstance);
  await approveInBrowser(page, () => card.getByRole('button', { name: 'Sign in' }).click(), 'alice');
  await expectSignedIn(card);

  await app.restart();
  await page.goto(app.host.url);
  await expectSignedIn(page.getByRole('article', { name: firstInstance.name }));
});

test('Cancel ends a waiting browser sign-in and goes back to signed out', async ({ page, app: _app }) => {
  const card = await addInstance(page, firstInstance);
  const popupOpened = page.waitForEvent('popup');
  await card.getByRole('button', { name: 'Sign in' }).click();
  const popup = await popupOpened;
  await expect(card.getByText('Waiting for your browser…')).toBeVisible();

  // The page opens again on request (a lost tab), then the person gives up.
  const againOpened = page.waitForEvent('popup');
  await card.getByRole('button', { name: 'Open the sign-in page again' }).click();
  expect((await againOpened).url()).toBe(popup.url());
  await card.getByRole('button', { name: 'Cancel' }).click();
  await expect(card.getByText('Signed out')).toBeVisible();
  await expect(card.getByRole('button', { name: 'Sign in' })).toBeEnabled();
});
