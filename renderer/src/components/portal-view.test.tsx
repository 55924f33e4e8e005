// @vitest-environment happy-dom
// The access-portal list as a person uses it: accounts and roles, search, progress and refresh,
// favourites and the account editor, the keyboard, hostile names, and 5,000 accounts.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeLayout, renderPortal, signedIn } from '../testing/render-portal';
import { manyAccounts, portalAccount, preferencesWith, progressOf, sampleAccounts } from '../testing/sample-portal';
import { ok } from '../../../app/ipc/result';

let restoreLayout = () => {};
beforeAll(() => {
  restoreLayout = fakeLayout('portal-scroller', { width: 380, height: 420 });
});
afterAll(() => restoreLayout());
afterEach(cleanup);

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));
const search = () => screen.getByRole('searchbox', { name: 'Search accounts and roles' });
const tree = () => screen.getByRole('tree', { name: 'Accounts and roles' });
const account = (name: string | RegExp) => within(tree()).getByRole('treeitem', { name: typeof name === 'string' ? new RegExp(`^${escape(name)}`) : name });
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const treeItems = () => within(tree()).queryAllByRole('treeitem');
const type = async (text: string) => {
  fireEvent.change(search(), { target: { value: text } });
  await settle();
};

describe('the portal list', () => {
  it('shows each account with its name, id and email, sorted by name, and no console or access-key buttons on account rows', async () => {
    await renderPortal({ accounts: sampleAccounts });
    const names = treeItems().map((item) => item.getAttribute('aria-label'));
    expect(names).toEqual([
      'management, account 123456789012, aws-root@example.com',
      'payments-prod, account 111111111111, aws+payments-prod@example.com',
      'payments-staging, account 222222222222, aws+payments-staging@example.com',
    ]);
    const row = account('payments-prod');
    expect(within(row).getByText('111111111111')).toBeTruthy();
    expect(within(row).getByText('aws+payments-prod@example.com')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /console/i })).toBeNull();
    expect(screen.queryByRole('button', { name: /access key|credentials/i })).toBeNull();
    expect(screen.getByRole('status', { name: '' }).textContent).toBe('3 accounts');
  });

  it('expands an account to its roles and folds it again', async () => {
    await renderPortal({ accounts: sampleAccounts });
    const row = account('payments-prod');
    expect(row.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(row);
    expect(account('payments-prod').getAttribute('aria-expanded')).toBe('true');
    const roles = treeItems().filter((item) => item.getAttribute('aria-level') === '2');
    expect(roles.map((item) => item.getAttribute('aria-label'))).toEqual(['AdministratorAccess', 'ReadOnlyAccess']);
    expect(roles.map((item) => [item.getAttribute('aria-posinset'), item.getAttribute('aria-setsize')])).toEqual([['1', '2'], ['2', '2']]);
    fireEvent.click(account('payments-prod'));
    expect(treeItems()).toHaveLength(3);
  });

  it('shows the alias first, and the portal’s name beside it', async () => {
    await renderPortal({ accounts: sampleAccounts, preferences: preferencesWith({ accounts: { 'a/111111111111': { alias: 'Money', colour: 'red' } } }) });
    const row = account('Money');
    expect(row.getAttribute('aria-label')).toBe('Money, payments-prod, account 111111111111, aws+payments-prod@example.com');
    expect(row.className).toContain('colour-red');
    expect(treeItems()[1]).toBe(row);
  });

  it('says when an account’s roles are being listed, or could not be, and Retry refreshes the list', async () => {
    const { desktop } = await renderPortal({
      accounts: [portalAccount('111111111111', 'pending-account', 'pending'), portalAccount('222222222222', 'broken-account', { failed: 'The portal answered 500' })],
    });
    const broken = account('broken-account');
    expect(broken.getAttribute('aria-label')).toContain('roles could not be listed');
    expect(within(broken).getByText('Roles could not be listed.')).toBeTruthy();
    fireEvent.click(within(broken).getByRole('button', { name: 'Retry listing the roles of broken-account' }));
    expect(desktop.requests.at(-1)).toEqual({ channel: 'portal:refresh', input: { instanceId: 'a' } });
    // The button's click does not fold the row open.
    expect(account('broken-account').getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(account('broken-account'));
    expect(within(tree()).getByRole('treeitem', { name: 'Roles could not be listed: The portal answered 500.' })).toBeTruthy();
    fireEvent.click(account('pending-account'));
    expect(within(tree()).getByRole('treeitem', { name: 'Listing roles…' })).toBeTruthy();
  });

  it('shows "n of N accounts" with a progress bar while listing, then when it was refreshed; Refresh sends portal:refresh', async () => {
    const { desktop } = await renderPortal({ accounts: sampleAccounts, progress: { phase: 'roles', accounts: 40, accountsWithRoles: 12 } });
    const bar = screen.getByRole('progressbar', { name: '12 of 40 accounts' });
    expect(bar.getAttribute('value')).toBe('12');
    expect((screen.getByRole('button', { name: 'Refresh' }) as HTMLButtonElement).disabled).toBe(true);
    const refreshedAt = Date.now() - 5 * 60_000 - 20_000;
    act(() => desktop.emit('portal-progress-changed', progressOf('a', { phase: 'idle', accounts: 40, accountsWithRoles: 40, refreshedAt })));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByText('Refreshed 5 min ago')).toBeTruthy();
    // The date and time in the tooltip, once the window has painted (use-window-painted.ts).
    await waitFor(() => expect(screen.getByText('Refreshed 5 min ago').getAttribute('title')).toBe(new Date(refreshedAt).toLocaleString()));
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(desktop.requests.at(-1)).toEqual({ channel: 'portal:refresh', input: { instanceId: 'a' } });
  });

  it('marks accounts and roles new since the last refresh', async () => {
    const { desktop } = await renderPortal({ accounts: sampleAccounts });
    act(() => {
      desktop.emit('portal-progress-changed', progressOf('a', { phase: 'accounts', refreshedAt: 1 }));
      desktop.emit('portal-changed', { instanceId: 'a', changes: [{ kind: 'accounts-upserted', accounts: [portalAccount('333333333333', 'fresh-account', ['ReadOnlyAccess'])] }] });
      desktop.emit('portal-refreshed', {
        instanceId: 'a',
        diff: { addedAccounts: ['333333333333'], removedAccounts: [], renamedAccounts: [], addedRoles: [{ accountId: '111111111111', roleName: 'ReadOnlyAccess' }], removedRoles: [] },
      });
    });
    expect(account('fresh-account').getAttribute('aria-label')).toMatch(/, new$/);
    expect(within(account('fresh-account')).getByText('New')).toBeTruthy();
    fireEvent.click(account('payments-prod'));
    expect(within(tree()).getByRole('treeitem', { name: 'ReadOnlyAccess, new' })).toBeTruthy();
  });

  it('pins a role with its star, and shows the favourites on top', async () => {
    const { desktop } = await renderPortal({ accounts: sampleAccounts });
    fireEvent.click(account('payments-prod'));
    const star = screen.getByRole('button', { name: 'Favourite ReadOnlyAccess in payments-prod' });
    expect(star.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(star);
    expect(desktop.requests.at(-1)).toEqual({ channel: 'preferences:set-favourite', input: { instanceId: 'a', accountId: '111111111111', roleName: 'ReadOnlyAccess', favourite: true } });
    const items = treeItems();
    expect(items[0]?.getAttribute('aria-label')).toBe('Favourites, 1 role');
    expect(items[1]?.getAttribute('aria-label')).toBe('ReadOnlyAccess in payments-prod, favourite');
    expect(screen.getAllByRole('button', { name: 'Favourite ReadOnlyAccess in payments-prod' }).every((button) => button.getAttribute('aria-pressed') === 'true')).toBe(true);
    // The event from main is the truth.
    act(() => desktop.emit('preferences-changed', preferencesWith()));
    expect(treeItems()[0]?.getAttribute('aria-label')).toMatch(/^management/);
  });

  it('shows the roles used last under Recent, newest first, less the favourites and the roles no longer listed', async () => {
    const role = (accountId: string, roleName: string, usedAt: number) => ({ instanceId: 'a', accountId, roleName, usedAt });
    const preferences = preferencesWith({
      favourites: [{ instanceId: 'a', accountId: '123456789012', roleName: 'Billing' }],
      recent: [role('222222222222', 'PowerUserAccess', 3), role('123456789012', 'Billing', 2), role('111111111111', 'GoneAccess', 1), role('111111111111', 'ReadOnlyAccess', 0)],
    });
    const { desktop } = await renderPortal({ accounts: sampleAccounts, preferences });
    expect(treeItems().map((item) => item.getAttribute('aria-label')).slice(0, 6)).toEqual([
      'Favourites, 1 role',
      'Billing in management, favourite',
      'Recent, 2 roles',
      'PowerUserAccess in payments-staging',
      'ReadOnlyAccess in payments-prod',
      'management, account 123456789012, aws-root@example.com',
    ]);
    // The group folds like the others, and a role pinned from it moves to Favourites.
    fireEvent.click(within(tree()).getByRole('treeitem', { name: 'Recent, 2 roles' }));
    expect(within(tree()).getByRole('treeitem', { name: 'Recent, 2 roles' }).getAttribute('aria-expanded')).toBe('false');
    expect(within(tree()).queryByRole('treeitem', { name: 'PowerUserAccess in payments-staging' })).toBeNull();
    fireEvent.click(within(tree()).getByRole('treeitem', { name: 'Recent, 2 roles' }));
    act(() => desktop.emit('preferences-changed', { ...preferences, favourites: [...preferences.favourites, { instanceId: 'a', accountId: '111111111111', roleName: 'ReadOnlyAccess' }] }));
    expect(treeItems().map((item) => item.getAttribute('aria-label')).slice(0, 5)).toEqual([
      'Favourites, 2 roles',
      'Billing in management, favourite',
      'ReadOnlyAccess in payments-prod, favourite',
      'Recent, 1 role',
      'PowerUserAccess in payments-staging',
    ]);
  });

  it('groups the accounts by instance when there are several', async () => {
    await renderPortal({
      instances: [signedIn('a', 'd-1234567890'), signedIn('b', 'acme-sandbox')],
      accounts: { a: sampleAccounts, b: [portalAccount('500000000001', 'sandbox-alice')] },
    });
    const items = treeItems();
    expect(items.map((item) => [item.getAttribute('aria-level'), item.getAttribute('aria-label')?.split(',')[0]])).toEqual([
      ['1', 'd-1234567890'],
      ['2', 'management'],
      ['2', 'payments-prod'],
      ['2', 'payments-staging'],
      ['1', 'acme-sandbox'],
      ['2', 'sandbox-alice'],
    ]);
    fireEvent.click(within(tree()).getByRole('treeitem', { name: 'd-1234567890, 3 accounts' }));
    expect(treeItems().map((item) => item.getAttribute('aria-label')?.split(',')[0])).toEqual(['d-1234567890', 'acme-sandbox', 'sandbox-alice']);
  });

  it('edits an account’s alias, colour and default region in a dialog', async () => {
    const { desktop } = await renderPortal({ accounts: sampleAccounts });
    fireEvent.click(screen.getByRole('button', { name: 'Edit payments-prod' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit payments-prod' });
    expect(document.activeElement).toBe(within(dialog).getByLabelText('Alias'));
    fireEvent.change(within(dialog).getByLabelText('Alias'), { target: { value: '  Money  ' } });
    fireEvent.change(within(dialog).getByLabelText('Colour'), { target: { value: 'green' } });
    fireEvent.change(within(dialog).getByLabelText('Default region'), { target: { value: 'eu-west-1' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(desktop.requests.at(-1)).toEqual({
      channel: 'preferences:set-account',
      input: { instanceId: 'a', accountId: '111111111111', preferences: { alias: 'Money', colour: 'green', defaultRegion: 'eu-west-1' } },
    });
    // Escape closes without saving.
    fireEvent.click(screen.getByRole('button', { name: 'Edit management' }));
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('keeps the instances below the list, foldable', async () => {
    await renderPortal({ accounts: sampleAccounts });
    const toggle = screen.getByRole('button', { name: 'Instances (1)' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('article', { name: 'd-1234567890' })).toBeTruthy();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('article', { name: 'd-1234567890' })).toBeNull();
  });
});

describe('searching the list', () => {
  it('finds accounts as you type, typos included, and highlights the matches as text', async () => {
    await renderPortal({ accounts: sampleAccounts });
    await type('paymnts');
    expect(treeItems().map((item) => item.getAttribute('aria-label')?.split(',')[0])).toEqual(['payments-prod', 'payments-staging']);
    const marks = account('payments-prod').querySelectorAll('mark');
    expect([...marks].map((mark) => mark.textContent)).toEqual(['payments', 'payments']);
    expect(screen.getByText('2 of 3 accounts')).toBeTruthy();
    await type('zzzqqq');
    expect(screen.getByText('No account or role matches “zzzqqq”.')).toBeTruthy();
    expect(screen.queryByRole('tree')).toBeNull();
  });

  it('a role match shows the account with the matching roles', async () => {
    await renderPortal({ accounts: sampleAccounts });
    await type('billing');
    expect(treeItems().map((item) => item.getAttribute('aria-label'))).toEqual(['management, account 123456789012, aws-root@example.com', 'Billing']);
    expect(account('management').getAttribute('aria-expanded')).toBe('true');
    expect(within(tree()).getByRole('treeitem', { name: 'Billing' }).querySelector('mark')?.textContent).toBe('Billing');
  });

  it('finds by id and email too, and Escape clears the search', async () => {
    await renderPortal({ accounts: sampleAccounts });
    await type('2222');
    expect(treeItems().map((item) => item.getAttribute('aria-label')?.split(',')[0])).toEqual(['payments-staging']);
    await type('aws-root');
    expect(treeItems().map((item) => item.getAttribute('aria-label')?.split(',')[0])).toEqual(['management']);
    fireEvent.keyDown(search(), { key: 'Escape' });
    await settle();
    expect((search() as HTMLInputElement).value).toBe('');
    expect(treeItems()).toHaveLength(3);
  });

  it('writes performance marks for the first render and for each keystroke', async () => {
    performance.clearMarks();
    performance.clearMeasures();
    await renderPortal({ accounts: sampleAccounts });
    await waitFor(() => expect(performance.getEntriesByName('ui-list:first-render', 'mark')).toHaveLength(1));
    expect((performance.getEntriesByName('ui-list:first-render', 'mark')[0] as PerformanceMark).detail).toEqual({ accounts: 3 });
    await type('pay');
    const measured = () => performance.getEntriesByName('ui-search:input-to-paint', 'measure') as PerformanceMeasure[];
    await waitFor(() => expect(measured().map((entry) => entry.detail)).toContainEqual({ query: 'pay', rendered: 'pay' }));
    expect(measured().find((entry) => (entry.detail as { query: string }).query === 'pay')!.duration).toBeGreaterThanOrEqual(0);
    expect(performance.getEntriesByName('ui-search:input', 'mark').map((entry) => (entry as PerformanceMark).detail)).toContainEqual({ query: 'pay' });
  });
});

describe('the keyboard', () => {
  it('/ and Ctrl/Cmd+F focus the search box; ↓ goes into the results, ↑ back', async () => {
    await renderPortal({ accounts: sampleAccounts });
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(search());
    (document.activeElement as HTMLElement).blur();
    fireEvent.keyDown(document.body, { key: 'f', ctrlKey: true });
    expect(document.activeElement).toBe(search());
    fireEvent.keyDown(document.body, { key: 'F', metaKey: true });
    expect(document.activeElement).toBe(search());

    fireEvent.keyDown(search(), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(account('management'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(account('payments-prod'));
    expect(account('payments-prod').tabIndex).toBe(0);
    expect(account('management').tabIndex).toBe(-1);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(search());
  });

  it('→ and Enter expand, ← folds and goes to the parent, Enter on a role opens its console', async () => {
    const { desktop } = await renderPortal({ accounts: sampleAccounts, answers: { 'console:open': async () => ok({ way: 'app-window', destination: 'https://eu-west-1.console.aws.amazon.com/console/home?region=eu-west-1', region: 'eu-west-1', partition: 'console:123456789012:Billing', focused: false }) } });
    fireEvent.keyDown(search(), { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(account('management').getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Billing');
    const before = treeItems().length;
    await act(async () => {
      fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    });
    expect(treeItems()).toHaveLength(before);
    expect(desktop.requests.filter((request) => request.channel === 'console:open').map((request) => request.input)).toEqual([{ instanceId: 'a', accountId: '123456789012', roleName: 'Billing' }]);
    expect(screen.getByRole('status', { name: 'Console' }).textContent).toBe('Opened the console of Billing in management (eu-west-1) in an app window.');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(account('management'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(account('management').getAttribute('aria-expanded')).toBe('false');
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(account('management').getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toBe(account('payments-staging'));
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement).toBe(account('management'));
  });

  it('a letter typed in the list goes to the search box', async () => {
    await renderPortal({ accounts: sampleAccounts });
    fireEvent.keyDown(search(), { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'p' });
    expect(document.activeElement).toBe(search());
  });

  it('the focused row’s buttons are in the Tab order, the other rows’ are not', async () => {
    await renderPortal({ accounts: sampleAccounts });
    fireEvent.click(account('payments-prod'));
    const [first, second] = screen.getAllByRole('button', { name: /^Favourite/ });
    fireEvent.focus(treeItems().find((item) => item.getAttribute('aria-label') === 'AdministratorAccess')!);
    expect(first!.tabIndex).toBe(0);
    expect(second!.tabIndex).toBe(-1);
  });
});

describe('hostile names', () => {
  const hostile = [
    portalAccount('423456789012', '<script>alert("pwned")</script> O\'Hara & "quoted" </h1><img src=x onerror=alert(1)>'),
    portalAccount('433333333333', 'حساب-الإنتاج \u202Eevil'),
    portalAccount('444444444444', 'rocket 🚀🔥 launch 👩‍💻'),
    portalAccount('455555555555', `${'x'.repeat(500)}`),
  ];

  it('render as plain text, never as markup', async () => {
    await renderPortal({ accounts: hostile });
    const list = tree();
    expect(list.querySelector('script, img, h1')).toBeNull();
    const names = [...list.querySelectorAll('.account-name')].map((name) => name.textContent);
    // As the characters they are, less the bidirectional controls that would make one name read as another.
    expect(names).toEqual(expect.arrayContaining([hostile[0]!.accountName, 'حساب-الإنتاج evil', hostile[2]!.accountName, hostile[3]!.accountName]));
    expect(list.textContent).not.toContain('\u202E');
    const script = account('<script>');
    expect(script.getAttribute('aria-label')).toBe(`${hostile[0]!.accountName}, account 423456789012, aws+${hostile[0]!.accountName}@example.com`);
    // Names keep their own direction without turning what is around them.
    for (const name of list.querySelectorAll('.account-name')) expect(name.getAttribute('dir')).toBe('auto');
    // A long name is one cut line with the whole name in its tooltip.
    const long = list.querySelector(`[title="${'x'.repeat(500)}"]`);
    expect(long?.className).toBe('account-name');
  });

  it('are found by search with the highlight as text', async () => {
    await renderPortal({ accounts: hostile });
    await type('<script>');
    expect(treeItems()).toHaveLength(1);
    expect(tree().querySelector('mark')?.textContent).toBe('<script>');
    expect(tree().querySelector('script')).toBeNull();
    await type('🚀');
    expect(treeItems().map((item) => item.getAttribute('aria-label')?.split(',')[0])).toEqual(['rocket 🚀🔥 launch 👩‍💻']);
  });
});

describe('5,000 accounts × 4 roles', () => {
  it('renders only the rows in view, and filters on every keystroke', async () => {
    await renderPortal({ accounts: manyAccounts(5_000, 4) });
    expect(screen.getByText('5,000 accounts')).toBeTruthy();
    expect(treeItems().length).toBeGreaterThan(5);
    expect(treeItems().length).toBeLessThan(40);
    expect(treeItems()[0]?.getAttribute('aria-setsize')).toBe('5000');
    for (const text of ['l', 'le', 'led', 'ledg', 'ledgr', 'ledgr p', 'ledgr pr', 'ledgr pro']) await type(text);
    expect(screen.getByText(/^[\d,]+ of 5,000 accounts$/)).toBeTruthy();
    expect(treeItems()[0]?.getAttribute('aria-label')).toMatch(/^ledger-prod-/);
    // Still only the rows in view. Speed is not judged here (no timed assertion): the bench's
    // ui-list line measures first render and input-to-paint in Chromium (bench/ui-list.ts).
    expect(treeItems().length).toBeLessThan(40);
  });
});
