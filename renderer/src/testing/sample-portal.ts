// Portal accounts, snapshots and preferences for renderer tests, shaped as main sends them.
import type { PortalAccount, PortalProgress, PortalSnapshot } from '../../../app/model/portal';
import { emptyPreferences, type Preferences } from '../../../app/model/preferences';
import type { Result } from '../../../app/ipc/result';

export function portalAccount(accountId: string, accountName: string, roles: readonly string[] | 'pending' | { failed: string } = ['ReadOnlyAccess'], emailAddress = `aws+${accountName}@example.com`): PortalAccount {
  return {
    accountId,
    accountName,
    emailAddress,
    roles:
      roles === 'pending'
        ? { status: 'pending' }
        : Array.isArray(roles)
          ? { status: 'loaded', names: [...roles], checkedAt: 1_700_000_000_000 }
          : { status: 'failed', message: (roles as { failed: string }).failed },
  };
}

export function progressOf(instanceId: string, overrides: Partial<PortalProgress> = {}): PortalProgress {
  return { instanceId, phase: 'idle', accountsWithRoles: 0, accounts: 0, ...overrides };
}

export function snapshotOf(instanceId: string, accounts: readonly PortalAccount[], progress: Partial<PortalProgress> = {}): PortalSnapshot {
  const withRoles = accounts.filter((account) => account.roles.status !== 'pending').length;
  return { instanceId, accounts: [...accounts], progress: progressOf(instanceId, { accounts: accounts.length, accountsWithRoles: withRoles, refreshedAt: 1_700_000_000_000, ...progress }) };
}

export const sampleAccounts: readonly PortalAccount[] = [
  portalAccount('111111111111', 'payments-prod', ['AdministratorAccess', 'ReadOnlyAccess']),
  portalAccount('222222222222', 'payments-staging', ['PowerUserAccess', 'ReadOnlyAccess']),
  portalAccount('123456789012', 'management', ['Billing', 'ReadOnlyAccess'], 'aws-root@example.com'),
];

export function preferencesWith(overrides: Partial<Preferences> = {}): Preferences {
  return { ...emptyPreferences(), ...overrides };
}

export const ok = <T>(value: T): Promise<Result<T>> => Promise.resolve({ ok: true, value });

/** Many accounts for scale tests: `count` accounts with `rolesPerAccount` roles each. */
export function manyAccounts(count: number, rolesPerAccount = 4): PortalAccount[] {
  const roles = ['AdministratorAccess', 'ReadOnlyAccess', 'PowerUserAccess', 'Billing', 'ViewOnlyAccess'].slice(0, rolesPerAccount);
  const teams = ['payments', 'ledger', 'search', 'identity', 'checkout', 'catalog', 'analytics', 'platform'];
  return Array.from({ length: count }, (_, n) =>
    portalAccount(String(100_000_000_000 + n), `${teams[n % teams.length]}-${['prod', 'dev', 'qa'][n % 3]}-${String(n).padStart(4, '0')}`, roles),
  );
}
