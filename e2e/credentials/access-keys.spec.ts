// The access-keys dialog against the web host and the emulator: the masked key id and the time
// left, a copy on the Windows tab, and the web host's clipboard (main's, never the page's) holding
// the credentials the emulator issued to alice. Nothing the page ever received (DOM, every
// WebSocket frame, so no store state either) contains the secret key or the session token.
import { expect, test } from '../sign-in/sign-in-fixture';
import { accountRow, roleRow, searchBox, signInAndList, trayViewport } from '../portal/portal-page';

test.use({ viewport: trayViewport });

test('copies PowerShell credentials through main; the page sees only a masked key and the expiry', async ({ page, app }) => {
  const frames: string[] = [];
  page.on('websocket', (socket) => socket.on('framereceived', (frame) => frames.push(String(frame.payload))));
  await page.reload();
  await signInAndList(page);

  await searchBox(page).fill('payments-prod');
  await accountRow(page, 'payments-prod').click();
  await roleRow(page, 'ReadOnlyAccess').hover();
  await page.getByRole('button', { name: 'Access keys for ReadOnlyAccess in payments-prod' }).click();
  const dialog = page.getByRole('dialog', { name: 'Access keys for ReadOnlyAccess in payments-prod' });
  await expect(dialog.getByTestId('masked-key')).toHaveText(/^ASIA…[A-Z0-9]{4}$/);
  const expiresIn = dialog.getByTestId('expires-in');
  await expect(expiresIn).toHaveText(/^\d+:\d\d$/);
  const first = await expiresIn.textContent();
  await expect(expiresIn).not.toHaveText(first ?? '');

  await dialog.getByRole('tab', { name: 'Windows' }).click();
  await dialog.getByRole('button', { name: 'Copy PowerShell' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/^Copied to the clipboard/);

  const instanceId = (await app.instances())[0]!.id;
  const credentials = await app.composition.core.roleCredentials({ instanceId, accountId: '111111111111', roleName: 'ReadOnlyAccess' });
  const copied = app.composition.clipboard.read() ?? '';
  const values = Object.fromEntries([...copied.matchAll(/^\$Env:(\w+)='(.*)'$/gm)].map((match) => [match[1], match[2]]));
  expect(values).toMatchObject({ AWS_ACCESS_KEY_ID: credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey, AWS_SESSION_TOKEN: credentials.sessionToken });
  expect(app.emulator.admin.issuedCredentials(credentials.accessKeyId)).toMatchObject({ accountId: '111111111111', roleName: 'ReadOnlyAccess', userName: 'alice' });
  await expect(dialog.getByTestId('masked-key')).toHaveText(`${credentials.accessKeyId.slice(0, 4)}…${credentials.accessKeyId.slice(-4)}`);

  const html = await page.content();
  for (const secret of [credentials.accessKeyId, credentials.secretAccessKey, credentials.sessionToken]) {
    expect(html).not.toContain(secret);
    expect(frames.some((frame) => frame.includes(secret))).toBe(false);
  }
  expect(frames.some((frame) => frame.includes('credentials:copy') || frame.includes('expiresAt'))).toBe(true);

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
});

test('the dialog works with the keyboard alone: a tab by arrow key, a copy for cmd, Escape back to its button', async ({ page, app }) => {
  await signInAndList(page);
  await searchBox(page).fill('payments-prod');
  await accountRow(page, 'payments-prod').click();
  await roleRow(page, 'ReadOnlyAccess').focus();
  const opener = page.getByRole('button', { name: 'Access keys for ReadOnlyAccess in payments-prod' });
  for (let step = 0; step < 5 && !(await opener.evaluate((element) => element === document.activeElement)); step++) await page.keyboard.press('Tab');
  await expect(opener).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Access keys for ReadOnlyAccess in payments-prod' });
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await expect(dialog.getByTestId('masked-key')).toHaveText(/^ASIA…/);
  // Tab stays in the dialog: from Close it goes round to the selected tab.
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('tab', { name: 'macOS and Linux' })).toBeFocused();
  await expect(dialog.getByRole('tab', { name: 'macOS and Linux' })).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('tab', { name: 'Windows' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Copy PowerShell' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Copy Command Prompt' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toHaveText(/^Copied to the clipboard/);

  const instanceId = (await app.instances())[0]!.id;
  const credentials = await app.composition.core.roleCredentials({ instanceId, accountId: '111111111111', roleName: 'ReadOnlyAccess' });
  const copied = app.composition.clipboard.read() ?? '';
  const values = Object.fromEntries([...copied.matchAll(/^set "(\w+)=(.*)"$/gm)].map((match) => [match[1], match[2]]));
  expect(values).toMatchObject({ AWS_ACCESS_KEY_ID: credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey, AWS_SESSION_TOKEN: credentials.sessionToken });

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
  // The Escape closed the dialog only: the search still holds the query.
  await expect(searchBox(page)).toHaveValue('payments-prod');
});

test('Ctrl+C on a role copies its credentials in the quick-copy format from the settings', async ({ page, app }) => {
  await signInAndList(page);
  await app.composition.core.handlers['settings:update']({ credentials: { quickCopyFormat: 'fish' } }, { senderId: 'e2e' });
  await searchBox(page).fill('payments-prod');
  await accountRow(page, 'payments-prod').click();
  await roleRow(page, 'ReadOnlyAccess').focus();
  await page.keyboard.press('Control+c');
  await expect(page.getByRole('status').filter({ hasText: 'Copied the credentials of ReadOnlyAccess in payments-prod.' })).toBeVisible();

  const instanceId = (await app.instances())[0]!.id;
  const credentials = await app.composition.core.roleCredentials({ instanceId, accountId: '111111111111', roleName: 'ReadOnlyAccess' });
  const copied = app.composition.clipboard.read() ?? '';
  expect(copied.split('\n').slice(0, 3)).toEqual([
    `set -gx AWS_ACCESS_KEY_ID '${credentials.accessKeyId}'`,
    `set -gx AWS_SECRET_ACCESS_KEY '${credentials.secretAccessKey}'`,
    `set -gx AWS_SESSION_TOKEN '${credentials.sessionToken}'`,
  ]);
  expect(await page.content()).not.toContain(credentials.secretAccessKey);
});

test('"Files and tools" shows the role’s credential_process line and copies it through main', async ({ page, app }) => {
  await signInAndList(page);
  await searchBox(page).fill('payments-prod');
  await accountRow(page, 'payments-prod').click();
  await roleRow(page, 'ReadOnlyAccess').hover();
  await page.getByRole('button', { name: 'Access keys for ReadOnlyAccess in payments-prod' }).click();
  const dialog = page.getByRole('dialog', { name: 'Access keys for ReadOnlyAccess in payments-prod' });
  await dialog.getByRole('tab', { name: 'Files and tools' }).click();
  const line = dialog.getByTestId('credential-process-line');
  await expect(line).toHaveText(/^credential_process = .* credential-process --user-data .* --instance https:\/\/d-1234567890\.awsapps\.com\/start --account 111111111111 --role ReadOnlyAccess$/);
  expect(await line.textContent()).toContain(app.keychainService);
  await dialog.getByRole('button', { name: 'Copy credential_process line' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied the credential_process line. It holds no secret.');
  expect(app.composition.clipboard.read()).toBe(await line.textContent());
});
