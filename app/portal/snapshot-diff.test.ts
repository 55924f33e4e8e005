// The diff between two lists is exact: applying it to the old list's ids, names and roles gives
// the new one's. A property test over random organisations (fixed seed, so a failure replays).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PortalAccount } from '../model/portal';
import { diffSnapshots, isEmptyDiff } from './snapshot-diff';

const accountIds = fc.uniqueArray(fc.integer({ min: 100_000_000_000, max: 100_000_000_060 }).map(String), { maxLength: 25 });
const roleNames = fc.uniqueArray(fc.constantFrom('Admin', 'ReadOnly', 'Billing', 'Developer', 'Auditor', 'Ops'), { maxLength: 6 });
const names = fc.constantFrom('payments', 'ledger', 'search', 'Ledger ', '<b>x</b>', 'مرحبا');

const org = accountIds.chain((ids) =>
  fc.tuple(...ids.map((accountId) => fc.record({ accountName: names, roles: roleNames }).map(({ accountName, roles }): PortalAccount => ({ accountId, accountName, emailAddress: `${accountId}@example.com`, roles: { status: 'loaded', names: roles, checkedAt: 1 } })))),
);

function applyDiff(before: readonly PortalAccount[], after: readonly PortalAccount[], diff: ReturnType<typeof diffSnapshots>) {
  const accounts = new Map(before.map((account) => [account.accountId, { name: account.accountName, roles: new Set(account.roles.status === 'loaded' ? account.roles.names : []) }]));
  const byId = new Map(after.map((account) => [account.accountId, account]));
  for (const accountId of diff.removedAccounts) accounts.delete(accountId);
  for (const accountId of diff.addedAccounts) {
    const added = byId.get(accountId)!;
    accounts.set(accountId, { name: added.accountName, roles: new Set(added.roles.status === 'loaded' ? added.roles.names : []) });
  }
  for (const accountId of diff.renamedAccounts) accounts.get(accountId)!.name = byId.get(accountId)!.accountName;
  for (const { accountId, roleName } of diff.addedRoles) accounts.get(accountId)!.roles.add(roleName);
  for (const { accountId, roleName } of diff.removedRoles) accounts.get(accountId)!.roles.delete(roleName);
  return accounts;
}

const view = (accounts: readonly PortalAccount[]) =>
  new Map(accounts.map((account) => [account.accountId, { name: account.accountName, roles: new Set(account.roles.status === 'loaded' ? account.roles.names : []) }]));

describe('diffSnapshots', () => {
  it('is exact: the old list plus the diff is the new list', () => {
    fc.assert(
      fc.property(org, org, (before, after) => {
        const diff = diffSnapshots(before, after);
        expect(applyDiff(before, after, diff)).toEqual(view(after));
        // Nothing reported twice, nothing reported that did not change.
        expect(new Set(diff.addedAccounts).size).toBe(diff.addedAccounts.length);
        expect(isEmptyDiff(diff)).toBe(JSON.stringify([...view(before)].sort()) === JSON.stringify([...view(after)].sort()));
      }),
      { seed: 20261201, numRuns: 500 },
    );
  });

  it.each([
    ['a new account', [], [acc('111111111111', 'a', ['Admin'])], { addedAccounts: ['111111111111'] }],
    ['a removed account', [acc('111111111111', 'a', ['Admin'])], [], { removedAccounts: ['111111111111'] }],
    ['a renamed account', [acc('111111111111', 'a', ['Admin'])], [acc('111111111111', 'b', ['Admin'])], { renamedAccounts: ['111111111111'] }],
    ['a role added and one removed', [acc('111111111111', 'a', ['Admin'])], [acc('111111111111', 'a', ['ReadOnly'])], { addedRoles: [{ accountId: '111111111111', roleName: 'ReadOnly' }], removedRoles: [{ accountId: '111111111111', roleName: 'Admin' }] }],
  ] as const)('%s', (_name, before, after, expected) => {
    expect(diffSnapshots(before, after)).toEqual({ addedAccounts: [], removedAccounts: [], renamedAccounts: [], addedRoles: [], removedRoles: [], ...expected });
  });

  it('says nothing about roles of an account whose roles are not known on one side', () => {
    const pending: PortalAccount = { accountId: '111111111111', accountName: 'a', emailAddress: 'a@x', roles: { status: 'pending' } };
    expect(diffSnapshots([pending], [acc('111111111111', 'a', ['Admin'])])).toEqual({ addedAccounts: [], removedAccounts: [], renamedAccounts: [], addedRoles: [], removedRoles: [] });
  });
});

function acc(accountId: string, accountName: string, roles: readonly string[]): PortalAccount {
  return { accountId, accountName, emailAddress: `${accountId}@example.com`, roles: { status: 'loaded', names: [...roles], checkedAt: 1 } };
}
