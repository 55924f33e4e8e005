import { describe, expect, it } from 'vitest';
import type { PortalAccount } from './portal';
import { createPortalSearchIndex } from './portal-search';
import { emptyPreferences, type Preferences } from './preferences';
import { quickActions, type QuickAction } from './quick-actions';
import { createQuickSwitcherIndex, maxSwitcherRows, moveSelection, switcherCommand, switcherHints, type SwitcherKeyPress } from './quick-switcher';

const account = (accountId: string, accountName: string, roles: string[]): PortalAccount => ({
  accountId,
  accountName,
  emailAddress: `aws+${accountName}@example.com`,
  roles: { status: 'loaded', names: roles, checkedAt: 1 },
});

const accounts = new Map<string, readonly PortalAccount[]>([
  [
    'i1',
    [
      account('111111111111', 'payments-prod', ['AdministratorAccess', 'ReadOnlyAccess']),
      account('222222222222', 'payments-staging', ['PowerUserAccess', 'ReadOnlyAccess']),
      account('123456789012', 'management', ['Billing', 'ReadOnlyAccess']),
      account('333333333333', 'checkout-prod', ['PowerUserAccess']),
      { accountId: '444444444444', accountName: 'pending-account', emailAddress: 'x@example.com', roles: { status: 'pending' } },
    ],
  ],
  ['i2', [account('555555555555', 'data-lake', ['DataScientist'])]],
]);

const preferences: Preferences = {
  favourites: [{ instanceId: 'i1', accountId: '123456789012', roleName: 'Billing' }],
  recent: [
    { instanceId: 'i2', accountId: '555555555555', roleName: 'DataScientist', usedAt: 2 },
    { instanceId: 'i1', accountId: '123456789012', roleName: 'Billing', usedAt: 1 },
  ],
  accounts: { 'i1/333333333333': { alias: 'Shop (live)' } },
};

const index = createQuickSwitcherIndex(accounts, preferences);
const labels = (query: string) => index.rows(query).map((row) => `${row.accountLabel} / ${row.roleName}`);

describe('quick switcher rows', () => {
  it('without a query: favourites, then recent roles (no repeats), then the rest by name', () => {
    expect(labels('')).toEqual([
      'management / Billing',
      'data-lake / DataScientist',
      'management / ReadOnlyAccess',
      'payments-prod / AdministratorAccess',
      'payments-prod / ReadOnlyAccess',
      'payments-staging / PowerUserAccess',
      'payments-staging / ReadOnlyAccess',
      'Shop (live) / PowerUserAccess',
    ]);
  });

  it.each<[string, string, string[]]>([
    ['a few letters of an account', 'stag', ['payments-staging / PowerUserAccess', 'payments-staging / ReadOnlyAccess']],
    ['an alias', 'shop', ['Shop (live) / PowerUserAccess']],
    ['an account id', '123456789012', ['management / Billing', 'management / ReadOnlyAccess']],
    ['a role name: only the roles that matched', 'admin', ['payments-prod / AdministratorAccess']],
    ['account and role words together', 'payments readonly', ['payments-prod / ReadOnlyAccess', 'payments-staging / ReadOnlyAccess']],
    ['a typo', 'managment', ['management / Billing', 'management / ReadOnlyAccess']],
    ['nothing matches', 'zzzz', []],
  ])('%s (%s)', (_name, query, expected) => {
    expect(labels(query)).toEqual(expected);
  });

  it('ranks accounts exactly as the portal list search does', () => {
    const documents = [...accounts].flatMap(([instanceId, list]) =>
      list.filter((item) => item.roles.status === 'loaded').map((item) => ({ key: `${instanceId}/${item.accountId}`, accountId: item.accountId, accountName: item.accountName, alias: preferences.accounts[`${instanceId}/${item.accountId}`]?.alias, emailAddress: item.emailAddress, roles: item.roles.status === 'loaded' ? item.roles.names : [] })),
    );
    const portal = createPortalSearchIndex(documents);
    for (const query of ['prod', 'payments', 'access', 'pwr', '1111', 'shop live']) {
      const accountOrder = [...new Set(index.rows(query).map((row) => `${row.role.instanceId}/${row.accountId}`))];
      expect(accountOrder, query).toEqual(portal.search(query).map((hit) => hit.key));
    }
  });

  it('carries the ranges to highlight in the account label and the role', () => {
    const [row] = index.rows('stag');
    expect(row?.accountRanges).toEqual([9, 13]);
    const [role] = index.rows('admin');
    expect(role?.roleRanges).toEqual([0, 5]);
  });

  it(`shows at most ${maxSwitcherRows} rows`, () => {
    const many = new Map([['i1', Array.from({ length: 40 }, (_, n) => account(String(100000000000 + n), `acct-${n}`, ['A', 'B']))]]);
    const big = createQuickSwitcherIndex(many, emptyPreferences());
    expect(big.rows('acct')).toHaveLength(maxSwitcherRows);
    expect(big.rows('')).toHaveLength(maxSwitcherRows);
  });

  it('leaves out favourites whose role is no longer listed', () => {
    const gone = createQuickSwitcherIndex(accounts, { ...preferences, favourites: [{ instanceId: 'i1', accountId: '999999999999', roleName: 'Gone' }] });
    expect(gone.rows('').some((row) => row.roleName === 'Gone')).toBe(false);
  });
});

const press = (key: string, fields: Partial<SwitcherKeyPress> = {}): SwitcherKeyPress => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, textSelected: false, ...fields });
const all = new Set<QuickAction>(quickActions);

describe('quick switcher keys', () => {
  it.each<[string, SwitcherKeyPress, boolean, ReturnType<typeof switcherCommand>]>([
    ['down arrow', press('ArrowDown'), false, { kind: 'move', to: 'next' }],
    ['up arrow', press('ArrowUp'), false, { kind: 'move', to: 'previous' }],
    ['page down', press('PageDown'), false, { kind: 'move', to: 'last' }],
    ['page up', press('PageUp'), false, { kind: 'move', to: 'first' }],
    ['Escape closes', press('Escape'), false, { kind: 'close' }],
    ['Enter opens the console', press('Enter'), false, { kind: 'run', action: 'open-console' }],
    ['Ctrl+C copies credentials (Windows, Linux)', press('c', { ctrlKey: true }), false, { kind: 'run', action: 'copy-credentials' }],
    ['Cmd+C copies credentials (macOS)', press('c', { metaKey: true }), true, { kind: 'run', action: 'copy-credentials' }],
    ['Ctrl+C on macOS is not the copy key', press('c', { ctrlKey: true }), true, undefined],
    ['Ctrl+C with text selected copies the text, as everywhere', press('c', { ctrlKey: true, textSelected: true }), false, undefined],
    ['Ctrl+P makes the role active', press('p', { ctrlKey: true }), false, { kind: 'run', action: 'make-active' }],
    ['Ctrl+Shift+P is not it', press('P', { ctrlKey: true, shiftKey: true }), false, undefined],
    ['Shift+Enter is not Enter', press('Enter', { shiftKey: true }), false, undefined],
    ['a letter is typing', press('a'), false, undefined],
    ['Home stays with the search box caret', press('Home'), false, undefined],
  ])('%s', (_name, keyPress, mac, expected) => {
    expect(switcherCommand(keyPress, all, mac)).toEqual(expected);
  });

  it.each<[QuickAction, SwitcherKeyPress]>([
    ['open-console', press('Enter')],
    ['copy-credentials', press('c', { ctrlKey: true })],
    ['make-active', press('p', { ctrlKey: true })],
  ])('without %s, its key does nothing (left to the search box)', (action, keyPress) => {
    const without = new Set(quickActions.filter((candidate) => candidate !== action));
    expect(switcherCommand(keyPress, without, false)).toBeUndefined();
  });

  it.each<[number, number, 'next' | 'previous' | 'first' | 'last', number]>([
    [0, 5, 'next', 1],
    [4, 5, 'next', 4],
    [0, 5, 'previous', 0],
    [3, 5, 'previous', 2],
    [3, 5, 'first', 0],
    [1, 5, 'last', 4],
    [0, 0, 'next', 0],
  ])('moveSelection(%i of %i, %s) → %i (no wrapping)', (selected, count, to, expected) => {
    expect(moveSelection(selected, count, to)).toBe(expected);
  });

  it('hints name the keys of the offered actions only, in the platform\'s words', () => {
    expect(switcherHints(all, false)).toEqual([
      { keys: 'Enter', label: 'Open console' },
      { keys: 'Ctrl+C', label: 'Copy credentials' },
      { keys: 'Ctrl+P', label: 'Make active profile' },
      { keys: 'Esc', label: 'Close' },
    ]);
    expect(switcherHints(new Set(['copy-credentials']), true)).toEqual([
      { keys: '⌘C', label: 'Copy credentials' },
      { keys: 'Esc', label: 'Close' },
    ]);
  });
});
