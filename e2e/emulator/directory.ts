// Indexes over the organisation: which instance a start URL names, which accounts and roles a user
// holds. Built at start-up so 5,000-account organisations page quickly, and changed in place by the
// admin API (organisation.ts) so sessions, which hold their InstanceIndex, see the new organisation.
import { normaliseStartUrl, type Account, type Organisation, type User } from './fixture';

export class InstanceIndex {
  readonly startUrl: string;
  readonly region: string;
  /** userName → user; `assignments` (accountId → role names) is changed only by this class. */
  readonly users: ReadonlyMap<string, User>;
  private readonly accountMap = new Map<string, Account>();
  /** userName → the accounts they hold a role in, in fixture order; rebuilt lazily after a change. */
  private accountsByUser: Map<string, readonly Account[]> | undefined;

  constructor(startUrl: string, region: string, users: readonly User[], accounts: readonly Account[]) {
    this.startUrl = startUrl;
    this.region = region;
    this.users = new Map(users.map((user) => [user.userName, user]));
    for (const account of accounts) this.accountMap.set(account.accountId, account);
  }

  /** accountId → account, in fixture order (added accounts at the end). */
  get accounts(): ReadonlyMap<string, Account> {
    return this.accountMap;
  }

  accountsOf(userName: string): readonly Account[] {
    this.accountsByUser ??= this.indexAccountsByUser();
    return this.accountsByUser.get(userName) ?? [];
  }

  /** Role names the user holds in the account; undefined when none (not assigned / unknown). */
  rolesOf(userName: string, accountId: string): readonly string[] | undefined {
    if (!this.accountMap.has(accountId)) return undefined;
    const roles = this.users.get(userName)?.assignments[accountId];
    return roles && roles.length > 0 ? roles : undefined;
  }

  /** userName → role names, for everyone who holds a role in the account. */
  holdersOf(accountId: string): Record<string, string[]> {
    const holders: Record<string, string[]> = {};
    for (const user of this.users.values()) {
      const roles = user.assignments[accountId];
      if (roles && roles.length > 0) holders[user.userName] = [...roles];
    }
    return holders;
  }

  // Changes. The caller (organisation.ts) has validated them; role arrays are replaced, never
  // edited, because a parsed or generated organisation may share one array between assignments.

  addAccount(account: Account): void {
    this.accountMap.set(account.accountId, account);
    this.accountsByUser = undefined;
  }

  /** Replaces the account's record in place (same position in listings). */
  replaceAccount(account: Account): void {
    this.accountMap.set(account.accountId, account);
    this.accountsByUser = undefined;
  }

  removeAccount(accountId: string): void {
    this.accountMap.delete(accountId);
    for (const user of this.users.values()) delete user.assignments[accountId];
    this.accountsByUser = undefined;
  }

  /** Sets the user's roles in the account; an empty list removes the assignment (the account leaves their listing). */
  setRoles(userName: string, accountId: string, roles: readonly string[]): void {
    const user = this.users.get(userName);
    if (!user) return;
    if (roles.length === 0) delete user.assignments[accountId];
    else user.assignments[accountId] = [...roles];
    this.accountsByUser = undefined;
  }

  private indexAccountsByUser(): Map<string, readonly Account[]> {
    const index = new Map<string, readonly Account[]>();
    const accounts = [...this.accountMap.values()];
    for (const user of this.users.values()) {
      index.set(
        user.userName,
        accounts.filter((account) => (user.assignments[account.accountId]?.length ?? 0) > 0),
      );
    }
    return index;
  }
}

export class Directory {
  readonly instances: readonly InstanceIndex[];
  private readonly byStartUrl = new Map<string, InstanceIndex>();

  constructor(organisation: Organisation) {
    this.instances = organisation.instances.map((instance) => new InstanceIndex(instance.startUrl, instance.region, instance.users, instance.accounts));
    for (const index of this.instances) this.byStartUrl.set(normaliseStartUrl(index.startUrl), index);
  }

  /** The instance a startUrl / issuerUrl names, ignoring a trailing `/` or `#`. */
  instanceFor(startUrl: string): InstanceIndex | undefined {
    return this.byStartUrl.get(normaliseStartUrl(startUrl));
  }

  get first(): InstanceIndex {
    const first = this.instances[0];
    if (!first) throw new Error('the organisation has no instance');
    return first;
  }

  accountsOf(instance: InstanceIndex, userName: string): readonly Account[] {
    return instance.accountsOf(userName);
  }

  /** Role names the user holds in the account; undefined when none (not assigned / unknown). */
  rolesOf(instance: InstanceIndex, userName: string, accountId: string): readonly string[] | undefined {
    return instance.rolesOf(userName, accountId);
  }
}
