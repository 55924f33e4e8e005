// What the CLI's commands ask of "the app": the running app over the local socket, or a core of
// the CLI's own when the app is not running. The same operations either way, so a command does
// not know which one answered.
import type { RoleCredentials } from '../aws/portal-client';
import type { SignInMethod } from '../model/instance';
import type { PortalAccount } from '../model/portal';

/** A role as the user names it: the instance by start URL (optional with one instance), the account by id or name. */
export interface RoleTarget {
  readonly instance?: string | undefined;
  readonly account: string;
  readonly role: string;
}

export interface InstanceSummary {
  readonly startUrl: string;
  readonly region: string;
  readonly displayName: string;
}

export interface AccountsListing {
  readonly instance: InstanceSummary;
  readonly accounts: readonly PortalAccount[];
}

export interface SignInRequest {
  readonly instance?: string | undefined;
  /** Required when the instance is new (it is added first, as `aws configure sso` does). */
  readonly region?: string | undefined;
  readonly method?: SignInMethod | undefined;
  /** Turns on the AWS CLI token-cache setting for the instance. */
  readonly shareTokenCache?: boolean | undefined;
}

export interface CliBackend {
  /** Where the answers come from, for `--help` and error lines. */
  readonly kind: 'app' | 'cli';
  roleCredentials(target: RoleTarget): Promise<RoleCredentials & { readonly accountId: string; readonly startUrl: string }>;
  accounts(instance: string | undefined, options: { readonly refresh: boolean }): Promise<AccountsListing>;
  signIn(request: SignInRequest): Promise<InstanceSummary>;
  signOut(instance: string | undefined): Promise<InstanceSummary>;
}
