// Account names are the organisation's and may hold anything: HTML and script tags, right-to-left
// text with a direction override, emoji, a name as long as the portal allows. They render as the
// characters they are (no element, no script, no dialog), on one line cut with an ellipsis, and
// the window never scrolls sideways.
import { join } from 'node:path';
import { NodeFileSystem } from '../../app/files/node-file-system';
import { cleanText } from '../../app/model/display-text';
import { PortalCache } from '../../app/portal/portal-cache';
import { silentLogger } from '../../app/ports/logger';
import { expect, test } from '../sign-in/sign-in-fixture';
import { accountList, accountRow, foldInstances, listCount, roleRow, screenshot, searchBox, signInAndList, trayViewport } from './portal-page';

test.use({ viewport: trayViewport });

// The sample org's own hostile account (423456789012) plus these, added through the emulator's admin.
const sampleHostile = '<script>alert("pwned")</script> O\'Hara & "quoted" </h1><img src=x onerror=alert(1)>';
const added = [
  { accountId: '610000000001', accountName: 'حساب الإنتاج \u202Egnp.exe' },
  { accountId: '610000000002', accountName: 'launch 🚀🔥 team 👩‍💻 ünïcødé' },
  // The emulator (like the portal) allows up to 256 characters; the list allows 1,000.
  { accountId: '610000000003', accountName: `${'very-long-account-name-'.repeat(11)}end`.slice(0, 256) },
  { accountId: '610000000004', accountName: '<b onmouseover="alert(2)">bold</b> &amp; &lt;tag&gt;' },
] as const;

test('hostile account names render as text and do not break the layout', async ({ page, app }, testInfo) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  app.emulator.admin.addAccounts(added.map((account) => ({ ...account, roles: ['ReadOnlyAccess'], users: ['alice'] })));
  await signInAndList(page, 18 + added.length);
  const list = accountList(page);

  // Shown as the characters they are, less bidirectional controls (the override would turn
  // "gnp.exe" into "exe.png"): app/model/display-text.ts.
  expect(cleanText(added[0].accountName)).toBe('حساب الإنتاج gnp.exe');
  for (const name of [sampleHostile, ...added.map((account) => cleanText(account.accountName))]) {
    await searchBox(page).fill(name.slice(0, 30));
    const row = accountRow(page, name);
    await expect(row).toBeVisible();
    await expect(row.locator('.account-name')).toHaveText(name, { useInnerText: false });
    await expect(row).toHaveJSProperty('offsetHeight', 50);
  }
  // Nothing of the names became markup.
  await expect(list.locator('script, img, b, h1')).toHaveCount(0);

  // The long name is cut on one line; its whole text is in the tooltip.
  await searchBox(page).fill('very-long');
  const long = accountRow(page, added[2].accountName).locator('.account-name');
  await expect(long).toHaveAttribute('title', added[2].accountName);
  expect(await long.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);

  // A search for a tag highlights it as text.
  await searchBox(page).fill('<script>');
  await expect(listCount(page)).toHaveText('1 of 22 accounts');
  await expect(accountRow(page, sampleHostile).locator('mark')).toHaveText('<script>');

  await searchBox(page).fill('');
  await foldInstances(page);
  await page.mouse.move(0, 0);
  await screenshot(page, testInfo, 'portal-hostile-names-top');
  // The end of the list: the right-to-left, emoji and long names sort last.
  await searchBox(page).press('ArrowDown');
  await page.keyboard.press('End');
  await screenshot(page, testInfo, 'portal-hostile-names-end');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
  expect(dialogs).toEqual([]);
});

// Longer than the portal allows (the emulator, like AWS, caps names at 256), so it comes from the
// portal cache, with ListAccounts failing so the refresh keeps the cached list: 500 characters with
// no space to break at, and another with spaces, both on one line, cut, whole in the tooltip.
const longNames = [`${'x'.repeat(499)}!`, `${'a long account name '.repeat(25).slice(0, 499)}.`] as const;

test('500-character account names are cut on one line and never widen the window', async ({ page, app }, testInfo) => {
  await signInAndList(page);
  const [instance] = await app.instances();
  const now = Date.now();
  const cached = longNames.map((accountName, index) => ({ accountId: `62000000000${index}`, accountName, emailAddress: `long-${index}@example.com`, roles: { status: 'loaded' as const, names: ['ReadOnlyAccess'], checkedAt: now } }));
  app.emulator.admin.updateSettings({ faults: { errorRate: 1, operations: ['ListAccounts'] } });
  await app.restart(() => new PortalCache(join(app.userDataDir, 'portal-cache'), new NodeFileSystem(), silentLogger, Date.now).save(instance!.id, cached, now));
  await page.goto(app.host.url);
  await expect(listCount(page)).toHaveText('2 accounts');
  await foldInstances(page);

  for (const name of longNames) {
    expect(name).toHaveLength(500);
    const row = accountRow(page, name);
    await expect(row).toBeVisible();
    await expect(row).toHaveJSProperty('offsetHeight', 50);
    const text = row.locator('.account-name');
    await expect(text).toHaveText(name, { useInnerText: false });
    await expect(text).toHaveAttribute('title', name);
    expect(await text.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    // The row's own controls stay inside the window.
    await row.hover();
    const edit = await row.getByRole('button', { name: /^Edit / }).boundingBox();
    expect((edit?.x ?? 0) + (edit?.width ?? 0)).toBeLessThanOrEqual(380);
  }
  // Expanded, its roles and their buttons fit too; a search highlights inside the long name.
  await accountRow(page, longNames[1]).click();
  await roleRow(page, 'ReadOnlyAccess').hover();
  const console = await accountList(page).getByRole('button', { name: /^Management console for ReadOnlyAccess in a long account name/ }).boundingBox();
  expect((console?.x ?? 0) + (console?.width ?? 0)).toBeLessThanOrEqual(380);
  await searchBox(page).fill('xxxxxxxx!');
  await expect(accountRow(page, longNames[0]).locator('mark')).not.toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
  await searchBox(page).fill('');
  await page.mouse.move(0, 0);
  await screenshot(page, testInfo, 'portal-500-character-names');
});

// Instance names are the user's own, typed or pasted into the form: the same rules hold on the
// cards and on the settings screen, at the tray's 380 px.
const hostileInstances = [
  { startUrl: 'https://d-1234567890.awsapps.com/start', region: 'eu-west-1', name: '<script>alert("pwned")</script> <img src=x onerror=alert(1)> 🚀 حساب' },
  // As long as a display name may be (200), with no space to break at.
  { startUrl: 'https://acme-sandbox.awsapps.com/start', region: 'us-east-1', name: `${'very-long-instance-name-'.repeat(9)}`.slice(0, 200) },
] as const;

test('hostile instance names render as text on the cards and the settings screen, and keep every control on screen at 380 px', async ({ page, app: _app }, testInfo) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  for (const instance of hostileInstances) {
    const addAnother = page.getByRole('button', { name: 'Add another instance' });
    if (await addAnother.isVisible()) await addAnother.click();
    const form = page.getByRole('form', { name: 'Add an instance' });
    await form.getByLabel('Display name').fill(instance.name);
    await form.getByLabel('Start URL').fill(instance.startUrl);
    await form.getByLabel('Region').selectOption(instance.region);
    await form.getByRole('button', { name: 'Add instance' }).click();
    await expect(page.getByRole('article', { name: instance.name })).toBeVisible();
  }

  const expectOnScreen = async (control: ReturnType<typeof page.getByRole>) => {
    const box = await control.boundingBox();
    expect(box, 'the control is laid out').not.toBeNull();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(380);
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
  };

  for (const instance of hostileInstances) {
    const card = page.getByRole('article', { name: instance.name });
    await expect(card.getByRole('heading', { name: instance.name })).toHaveText(instance.name);
    await expectOnScreen(card.getByRole('button', { name: `Remove ${instance.name}` }));
    await expectOnScreen(card.getByRole('button', { name: `Details of ${instance.name}` }));
    await expectOnScreen(card.getByRole('button', { name: 'Sign in' }));
  }
  await expect(page.locator('main script, main img')).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
  await page.mouse.move(0, 0);
  await screenshot(page, testInfo, 'instances-hostile-names');

  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('region', { name: 'Settings' });
  for (const instance of hostileInstances) {
    const section = settings.getByRole('region', { name: instance.name });
    await section.scrollIntoViewIfNeeded();
    await expect(section.getByRole('heading', { name: instance.name })).toHaveText(instance.name);
    await expect(section.getByLabel('Display name')).toHaveValue(instance.name);
    await expectOnScreen(section.getByRole('button', { name: `Remove ${instance.name}` }));
    await expectOnScreen(section.getByLabel('Console region'));
    await expectOnScreen(section.getByRole('switch', { name: 'Share the sign-in with the AWS CLI and SDKs' }));
  }
  await expect(page.locator('main script, main img')).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
  await settings.getByRole('region', { name: hostileInstances[0].name }).scrollIntoViewIfNeeded();
  await screenshot(page, testInfo, 'settings-hostile-names');
  expect(dialogs).toEqual([]);
});
