import { describe, expect, it } from 'vitest';
import type { PortalAccount } from './portal';
import type { Preferences } from './preferences';
import { menuRoles, roleChoice, roleChoiceLabel } from './role-choices';

const accounts = new Map<string, readonly PortalAccount[]>([
  ['i1', [{ accountId: '111122223333', accountName: 'payments\u202Eexe.png', emailAddress: 'a@example.com', roles: { status: 'loaded', names: ['Admin'], checkedAt: 1 } }]],
]);
const role = (roleName: string, accountId = '111122223333', instanceId = 'i1') => ({ instanceId, accountId, roleName });

describe('roleChoice', () => {
  it('names the account by its alias, else its cleaned name, else its id', () => {
    const preferences: Preferences = { favourites: [role('Admin')], recent: [], accounts: {} };
    expect(roleChoiceLabel(roleChoice(role('Admin'), accounts, preferences))).toBe('paymentsexe.png / Admin');
    expect(roleChoice(role('Admin'), accounts, preferences).favourite).toBe(true);
    expect(roleChoiceLabel(roleChoice(role('Admin'), accounts, { ...preferences, accounts: { 'i1/111122223333': { alias: 'Pay' } } }))).toBe('Pay / Admin');
    expect(roleChoiceLabel(roleChoice(role('Ops', '999999999999'), accounts, preferences))).toBe('999999999999 / Ops');
  });
});

describe('menuRoles', () => {
  it('a few of each, recent ones that are favourites left out, removed instances left out', () => {
    const preferences: Preferences = {
      favourites: [role('A'), role('B'), role('C'), role('Z', '111122223333', 'gone')],
      recent: [role('B'), role('D'), role('E'), role('F'), role('G', '111122223333', 'gone')].map((item, usedAt) => ({ ...item, usedAt })),
      accounts: {},
    };
    const { favourites, recent } = menuRoles(preferences, accounts, new Set(['i1']), 2);
    expect(favourites.map((item) => item.roleName)).toEqual(['A', 'B']);
    expect(recent.map((item) => item.roleName)).toEqual(['D', 'E']);
  });
});
