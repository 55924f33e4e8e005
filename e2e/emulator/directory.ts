// Read-only indexes over the organisation: which instance a start URL names, which accounts and
// roles a user holds. Built once at start-up so 5,000-account organisations page quickly.
import { normaliseStartUrl, type Account, type Instance, type Organisation, type User } from './fixture';

export interface InstanceIndex {
  readonly instance: Instance;
  readonly startUrl: string;
  readonly region: string;
  readonly users: ReadonlyMap<string, User>;
  readonly accounts: ReadonlyMap<string, Account>;
  /** userName → the accounts they hold a role in, in fixture order. */
  readonly accountsByUser: ReadonlyMap<string, readonly Account[]>;
}

export class Directory {
  readonly instances: readonly InstanceIndex[];
  private readonly byStartUrl = new Map<string, InstanceIndex>();

  constructor(organisation: Organisation) {
    this.instances = organisation.instances.map(indexInstance);
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
    return instance.accountsByUser.get(userName) ?? [];
  }

  /** Role names the user holds in the account; undefined when none (not assigned / unknown). */
  rolesOf(instance: InstanceIndex, userName: string, accountId: string): readonly string[] | undefined {
    const roles = instance.users.get(userName)?.assignments[accountId];
    return roles && roles.length > 0 ? roles : undefined;
  }
}

function indexInstance(instance: Instance): InstanceIndex {
  const users = new Map(instance.users.map((user) => [user.userName, user]));
  const accounts = new Map(instance.accounts.map((account) => [account.accountId, account]));
  const accountsByUser = new Map<string, Account[]>();
  for (const user of instance.users) {
    accountsByUser.set(
      user.userName,
      instance.accounts.filter((account) => (user.assignments[account.accountId]?.length ?? 0) > 0),
    );
  }
  return { instance, startUrl: instance.startUrl, region: instance.region, users, accounts, accountsByUser };
}
