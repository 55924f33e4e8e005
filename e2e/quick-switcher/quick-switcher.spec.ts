// The quick switcher page in the dev web host, against the emulator: after signing in from the
// portal page, the switcher lists the user's roles, finds one from a few letters (with a typo),
// moves the choice with the arrows, and answers Enter with the action the app offers for it.
// Enter opens the role's console, Ctrl+C copies its credentials; the active profile is another
// feature: a build without an action offers no key for it, and its key does nothing.
import { expect, test } from '../sign-in/sign-in-fixture';
import { signInAndList } from '../portal/portal-page';

test.use({ viewport: { width: 560, height: 380 } });

test('types a few letters, moves with the arrows and presses Enter on a role', async ({ page, context, app }) => {
  await signInAndList(page);
  const switcher = await context.newPage();
  const errors: string[] = [];
  switcher.on('pageerror', (error) => errors.push(error.message));
  const url = new URL(app.host.url);
  url.pathname = '/quick-switcher.html';
  await switcher.goto(url.href);

  const search = switcher.getByRole('combobox', { name: 'Find a role' });
  await expect(search).toBeFocused();
  const options = switcher.getByRole('listbox', { name: 'Roles' }).getByRole('option');
  // Without a query: every role, by account name.
  await expect(options.first()).toBeVisible();

  await search.pressSequentially('paymnts prod');
  await expect(options).toHaveCount(2);
  await expect(options.nth(0)).toContainText('payments-prod');
  await expect(options.nth(0)).toContainText('AdministratorAccess');
  await expect(options.nth(0)).toContainText('111111111111');
  await expect(options.nth(1)).toContainText('ReadOnlyAccess');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  // The typo still highlights the matched letters.
  await expect(options.nth(0).locator('mark').first()).toBeVisible();

  await search.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
  await search.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await search.press('ArrowUp');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await search.press('ArrowDown');

  const offered = await app.composition.core.handlers['quick-switcher:get-actions'](undefined, { senderId: 'e2e' });
  const hints = switcher.getByRole('list', { name: 'Keys' });
  // The hints name exactly the actions this build offers, then Esc.
  const hintText = { 'open-console': 'Enter Open console', 'copy-credentials': 'Ctrl+C Copy credentials', 'make-active': 'Ctrl+P Make active profile' } as const;
  await expect(hints.getByRole('listitem')).toHaveText([...offered.map((action) => hintText[action]), 'Esc Close']);

  await search.press('Enter');
  if (offered.includes('open-console')) {
    // The console opens in main (here the web host's recording opener): the chosen role, in an app window.
    await expect.poll(() => app.composition.consoles.opened.length).toBe(1);
    expect(app.composition.consoles.opened[0]).toMatchObject({ way: 'app-window', role: { accountId: '111111111111', roleName: 'ReadOnlyAccess' } });
    await expect(switcher.getByRole('status')).toHaveText('');
  } else {
    // No console feature in this build: no key for it, and Enter runs nothing.
    await expect(switcher.getByRole('status')).toHaveText('');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(search).toHaveValue('paymnts prod');
  }

  if (offered.includes('copy-credentials')) {
    // Ctrl+C with no text selected copies the chosen role's credentials (main writes the clipboard).
    await search.press('End');
    await search.press('Control+c');
    await expect.poll(() => app.composition.clipboard.read() ?? '').toMatch(/^export AWS_ACCESS_KEY_ID=/m);
    const issued = (app.composition.clipboard.read() ?? '').match(/AWS_ACCESS_KEY_ID='?([A-Z0-9]+)/)?.[1] ?? '';
    const response = await fetch(`${app.emulator.endpoint}/_emulator/credentials/${issued}`);
    expect(await response.json()).toMatchObject({ accountId: '111111111111', roleName: 'ReadOnlyAccess', userName: 'alice' });
  }

  // An id finds its account, and a query without a match says so.
  await search.fill('389012345678');
  await expect(options.first()).toContainText('billing-finance');
  await search.fill('zzzzqqq');
  await expect(options).toHaveCount(0);
  await expect(switcher.getByText('No role matches.')).toBeVisible();
  expect(errors).toEqual([]);
});
