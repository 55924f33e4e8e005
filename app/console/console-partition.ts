// The session partition of an in-app console window: one per account and role, so two roles'
// console cookies never meet and none reach the app's own pages. Main's window factory uses it,
// and the web host records the same name, so tests in Chromium check what Electron would use.

export interface ConsoleIdentity {
  /** The 12-digit AWS account id. */
  readonly accountId: string;
  /** The role (permission set) name, as the portal lists it. */
  readonly roleName: string;
}

/** Marks a partition as a console's, so no other kind's partition name can ever collide with it. */
const consolePartitionPrefix = 'persist:console:';

const accountIdPattern = /^\d{12}$/;
// IAM's role-name alphabet; none of it is the separator below.
const roleNamePattern = /^[\w+=,.@-]{1,64}$/;

/**
 * The partition for one account and role. Electron's `persist:` prefix keeps it on disk, as the
 * issue asks: a console reopened after a restart finds its own cookies and settings (the console's
 * recent services, its region, its multi-session choice), as in a browser profile of its own. It
 * is the console's own session cookie, which ends when the console session ends. Throws on an
 * identity that is not an account id and role name, which would otherwise let two identities
 * share a partition.
 */
export function consolePartition(identity: ConsoleIdentity): string {
  if (!accountIdPattern.test(identity.accountId)) throw new Error('Not an AWS account id');
  if (!roleNamePattern.test(identity.roleName)) throw new Error('Not an IAM role name');
  return `${consolePartitionPrefix}${identity.accountId}:${identity.roleName}`;
}
