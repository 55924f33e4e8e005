// The list of one instance as the portal service holds it: accounts in the portal's order, the
// listing's progress, and the changes not yet published. Plain state with small operations; the
// service decides when to list and when to publish.
import type { AccountSummary } from '../aws/portal-client';
import type { PortalAccount, PortalChange, PortalProgress, Roles } from '../model/portal';

export class InstancePortal {
  readonly #accounts = new Map<string, PortalAccount>();
  #pendingUpserts = new Map<string, PortalAccount>();
  #pendingRemovals = new Set<string>();
  progress: PortalProgress;

  constructor(readonly instanceId: string) {
    this.progress = { instanceId, phase: 'idle', accountsWithRoles: 0, accounts: 0 };
  }

  get accounts(): readonly PortalAccount[] {
    return [...this.#accounts.values()];
  }

  account(accountId: string): PortalAccount | undefined {
    return this.#accounts.get(accountId);
  }

  /** Replaces everything (a cache loaded, a sign-out); pages read the snapshot again. */
  replace(accounts: readonly PortalAccount[]): void {
    this.#accounts.clear();
    for (const account of accounts) this.#accounts.set(account.accountId, account);
    this.#pendingUpserts.clear();
    this.#pendingRemovals.clear();
    this.#countRoles();
  }

  /** A page of ListAccounts: new accounts start with pending roles; known ones keep theirs. */
  mergeSummaries(summaries: readonly AccountSummary[]): void {
    for (const summary of summaries) {
      const known = this.#accounts.get(summary.accountId);
      if (known && known.accountName === summary.accountName && known.emailAddress === summary.emailAddress) continue;
      this.#put({ ...summary, roles: known?.roles ?? { status: 'pending' } });
    }
  }

  setRoles(accountId: string, roles: Roles): void {
    const known = this.#accounts.get(accountId);
    if (!known) return;
    // A sweep that finds the same roles only moves checkedAt: kept, but not worth telling pages.
    if (sameVisibleRoles(known.roles, roles)) {
      this.#accounts.set(accountId, { ...known, roles });
      return;
    }
    this.#put({ ...known, roles });
  }

  remove(accountIds: Iterable<string>): void {
    for (const accountId of accountIds) {
      const known = this.#accounts.get(accountId);
      if (!known) continue;
      this.#accounts.delete(accountId);
      this.#pendingUpserts.delete(accountId);
      this.#pendingRemovals.add(accountId);
      this.#adjust(hasRoles(known) ? -1 : 0, -1);
    }
  }

  /** The changes since the last call, as the events carry them (nothing when nothing changed). */
  takeChanges(): PortalChange[] {
    const changes: PortalChange[] = [];
    if (this.#pendingRemovals.size > 0) changes.push({ kind: 'accounts-removed', accountIds: [...this.#pendingRemovals] });
    if (this.#pendingUpserts.size > 0) changes.push({ kind: 'accounts-upserted', accounts: [...this.#pendingUpserts.values()] });
    this.#pendingUpserts = new Map();
    this.#pendingRemovals = new Set();
    return changes;
  }

  #put(account: PortalAccount): void {
    const known = this.#accounts.get(account.accountId);
    this.#accounts.set(account.accountId, account);
    this.#pendingRemovals.delete(account.accountId);
    this.#pendingUpserts.set(account.accountId, account);
    this.#adjust((hasRoles(account) ? 1 : 0) - (known && hasRoles(known) ? 1 : 0), known ? 0 : 1);
  }

  /** Counted as they change: a listing of 5,000 accounts must not recount 5,000 times. */
  #adjust(withRoles: number, accounts: number): void {
    this.progress = { ...this.progress, accounts: this.progress.accounts + accounts, accountsWithRoles: this.progress.accountsWithRoles + withRoles };
  }

  #countRoles(): void {
    const withRoles = [...this.#accounts.values()].filter(hasRoles).length;
    this.progress = { ...this.progress, accounts: this.#accounts.size, accountsWithRoles: withRoles };
  }
}

function hasRoles(account: PortalAccount): boolean {
  return account.roles.status !== 'pending';
}

function sameVisibleRoles(before: Roles, after: Roles): boolean {
  if (before.status !== 'loaded' || after.status !== 'loaded') return false;
  return before.names.length === after.names.length && before.names.every((name, index) => name === after.names[index]);
}
