// Changing the organisation while the emulator runs, for "refresh" tests and benchmarks: add
// accounts (with roles), remove or rename one, add or remove a role. Every change is validated as a
// whole before any of it applies, and takes effect for the next request of every session
// (directory.ts). Role credentials already issued stay valid, as in AWS.
import { z } from 'zod';
import { AdminError } from './admin-error';
import type { Directory, InstanceIndex } from './directory';
import { accountIdSchema, accountSchema, roleNameSchema, userNameSchema } from './fixture';
import { generateAccounts } from './generate';

/** An account to add: who holds `roles` in it is `users`, default every user of the instance. */
export interface NewAccount {
  accountId: string;
  accountName: string;
  /** Default `aws+<accountId>@example.com`. */
  emailAddress?: string;
  /** Role names (may be empty: the account then shows in nobody's listing). */
  roles: string[];
  users?: string[];
}

/** Which instance a change is about; by default the first (additions) or the one holding the account. */
export interface InstanceChoice {
  startUrl?: string;
}

export interface RoleChange extends InstanceChoice {
  /** Whose assignment changes; see addRole / removeRole for the defaults. */
  users?: string[];
}

export interface GeneratedAccountsSpec {
  accounts: number;
  rolesPerAccount: number;
  /** Default 1; ids already in the instance are skipped, so the result depends on the seed and the instance. */
  seed?: number;
  /** Who holds every role in the new accounts; default every user of the instance. */
  users?: string[];
}

/** One account as the admin API reports it. */
export interface AccountDetails {
  startUrl: string;
  accountId: string;
  accountName: string;
  emailAddress: string;
  /** userName → role names, for everyone who holds a role there. */
  assignments: Record<string, string[]>;
}

const accountNameSchema = accountSchema.shape.accountName;
const newAccountSchema = z.strictObject({
  accountId: accountIdSchema,
  accountName: accountNameSchema,
  emailAddress: accountSchema.shape.emailAddress.optional(),
  roles: z.array(roleNameSchema),
  users: z.array(userNameSchema).optional(),
});
const generatedSpecSchema = z.strictObject({
  accounts: z.number().int().min(0).max(100_000),
  rolesPerAccount: z.number().int().min(1).max(1000),
  seed: z.number().int().min(0).max(0xffff_ffff).optional(),
  users: z.array(userNameSchema).optional(),
});

function parse<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new AdminError(400, `Invalid ${what}: ${result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ')}`);
  }
  return result.data;
}

/** The instance a start URL names (404 when none), or the first one. */
export function instanceNamed(directory: Directory, startUrl: string | undefined): InstanceIndex {
  if (startUrl === undefined) return directory.first;
  const instance = directory.instanceFor(startUrl);
  if (!instance) throw new AdminError(404, `No instance has the start URL ${startUrl}`);
  return instance;
}

/** The instance holding the account: the named one, or the only one that has it. */
export function instanceWithAccount(directory: Directory, accountId: string, startUrl: string | undefined): InstanceIndex {
  parse(accountIdSchema, accountId, 'account id');
  if (startUrl !== undefined) {
    const instance = instanceNamed(directory, startUrl);
    if (!instance.accounts.has(accountId)) throw new AdminError(404, `${instance.startUrl} has no account ${accountId}`);
    return instance;
  }
  const holders = directory.instances.filter((instance) => instance.accounts.has(accountId));
  if (holders.length === 0) throw new AdminError(404, `No instance has an account ${accountId}`);
  if (holders.length > 1) throw new AdminError(400, `Account ${accountId} is in several instances: name the startUrl`);
  return holders[0] as InstanceIndex;
}

function checkUsers(instance: InstanceIndex, users: readonly string[]): void {
  const unknown = users.filter((userName) => !instance.users.has(userName));
  if (unknown.length > 0) throw new AdminError(400, `${instance.startUrl} has no user ${unknown.join(', ')}`);
}

export function accountDetails(instance: InstanceIndex, accountId: string): AccountDetails {
  const account = instance.accounts.get(accountId);
  if (!account) throw new AdminError(404, `${instance.startUrl} has no account ${accountId}`);
  return { startUrl: instance.startUrl, ...account, assignments: instance.holdersOf(accountId) };
}

/** Adds the accounts at the end of the instance's listing; all or none (409 on a taken id). */
export function addAccounts(directory: Directory, accounts: unknown, choice: InstanceChoice = {}): AccountDetails[] {
  const instance = instanceNamed(directory, choice.startUrl);
  const parsed = parse(z.array(newAccountSchema), accounts, 'accounts');
  const ids = new Set<string>();
  for (const account of parsed) {
    if (instance.accounts.has(account.accountId) || ids.has(account.accountId)) throw new AdminError(409, `${instance.startUrl} already has an account ${account.accountId}`);
    ids.add(account.accountId);
    if (account.users) checkUsers(instance, account.users);
  }
  const everyone = [...instance.users.keys()];
  for (const account of parsed) {
    const { accountId, accountName, emailAddress = `aws+${accountId}@example.com` } = account;
    instance.addAccount({ accountId, accountName, emailAddress });
    const roles = [...new Set(account.roles)];
    for (const userName of account.users ?? everyone) instance.setRoles(userName, accountId, roles);
  }
  return parsed.map((account) => accountDetails(instance, account.accountId));
}

/** Generated accounts (generate.ts, seeded) numbered after the instance's last one, then added. */
export function addGeneratedAccounts(directory: Directory, spec: unknown, choice: InstanceChoice = {}): AccountDetails[] {
  const instance = instanceNamed(directory, choice.startUrl);
  const { accounts, rolesPerAccount, seed, users } = parse(generatedSpecSchema, spec, 'generate spec');
  if (users) checkUsers(instance, users);
  // Ids of every instance are avoided, so the new ones never need a startUrl to be told apart.
  const takenIds = new Set(directory.instances.flatMap((each) => [...each.accounts.keys()]));
  const generated = generateAccounts({ accounts, rolesPerAccount, seed, firstNumber: instance.accounts.size + 1, takenIds });
  return addAccounts(
    directory,
    generated.map((account) => ({ ...account, ...(users ? { users } : {}) })),
    { startUrl: instance.startUrl },
  );
}

/** Removes the account and every assignment to it: ListAccountRoles for it answers 404 from now on. */
export function removeAccount(directory: Directory, accountId: string, choice: InstanceChoice = {}): void {
  instanceWithAccount(directory, accountId, choice.startUrl).removeAccount(accountId);
}

/** Renames in place: the account keeps its position in every listing. */
export function renameAccount(directory: Directory, accountId: string, accountName: unknown, choice: InstanceChoice = {}): AccountDetails {
  const instance = instanceWithAccount(directory, accountId, choice.startUrl);
  const name = parse(accountNameSchema, accountName, 'accountName');
  const account = instance.accounts.get(accountId);
  if (account) instance.replaceAccount({ ...account, accountName: name });
  return accountDetails(instance, accountId);
}

/**
 * Gives `users` the role in the account (appended to their roles; idempotent). Default: the users
 * who already hold a role there, or every user of the instance when nobody does.
 */
export function addRole(directory: Directory, accountId: string, roleName: unknown, change: RoleChange = {}): AccountDetails {
  const instance = instanceWithAccount(directory, accountId, change.startUrl);
  const role = parse(roleNameSchema, roleName, 'roleName');
  const holders = instance.holdersOf(accountId);
  const users = change.users ?? (Object.keys(holders).length > 0 ? Object.keys(holders) : [...instance.users.keys()]);
  checkUsers(instance, users);
  for (const userName of users) {
    const roles = holders[userName] ?? [];
    if (!roles.includes(role)) instance.setRoles(userName, accountId, [...roles, role]);
  }
  return accountDetails(instance, accountId);
}

/**
 * Takes the role from `users` (default: everyone holding it); 404 when none of them holds it. A
 * user left with no role in the account no longer sees it in ListAccounts.
 */
export function removeRole(directory: Directory, accountId: string, roleName: unknown, change: RoleChange = {}): AccountDetails {
  const instance = instanceWithAccount(directory, accountId, change.startUrl);
  const role = parse(roleNameSchema, roleName, 'roleName');
  if (change.users) checkUsers(instance, change.users);
  const holders = Object.entries(instance.holdersOf(accountId)).filter(([userName, roles]) => roles.includes(role) && (change.users?.includes(userName) ?? true));
  if (holders.length === 0) throw new AdminError(404, `No ${change.users ? 'named ' : ''}user holds ${role} in account ${accountId}`);
  for (const [userName, roles] of holders) {
    instance.setRoles(
      userName,
      accountId,
      roles.filter((name) => name !== role),
    );
  }
  return accountDetails(instance, accountId);
}
