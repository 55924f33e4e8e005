// What changed between two lists of one instance: new, removed and renamed accounts, and roles
// added or removed where both lists know an account's roles. Pure; a property test pins it.
import type { PortalAccount, PortalDiff } from '../model/portal';

export function diffSnapshots(before: readonly PortalAccount[], after: readonly PortalAccount[]): PortalDiff {
  const old = new Map(before.map((account) => [account.accountId, account]));
  const now = new Map(after.map((account) => [account.accountId, account]));
  const diff: PortalDiff = { addedAccounts: [], removedAccounts: [], renamedAccounts: [], addedRoles: [], removedRoles: [] };
  for (const [accountId, account] of now) {
    const previous = old.get(accountId);
    if (!previous) {
      diff.addedAccounts.push(accountId);
      continue;
    }
    if (previous.accountName !== account.accountName) diff.renamedAccounts.push(accountId);
    const was = knownRoles(previous);
    const is = knownRoles(account);
    if (!was || !is) continue;
    for (const roleName of is) if (!was.has(roleName)) diff.addedRoles.push({ accountId, roleName });
    for (const roleName of was) if (!is.has(roleName)) diff.removedRoles.push({ accountId, roleName });
  }
  for (const accountId of old.keys()) if (!now.has(accountId)) diff.removedAccounts.push(accountId);
  return diff;
}

/** True when the refresh found nothing to tell. */
export function isEmptyDiff(diff: PortalDiff): boolean {
  return Object.values(diff).every((list) => list.length === 0);
}

function knownRoles(account: PortalAccount): ReadonlySet<string> | undefined {
  return account.roles.status === 'loaded' ? new Set(account.roles.names) : undefined;
}
