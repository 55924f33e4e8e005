// Instances and portal lists for the config sync's tests.
import type { Instance } from '../../model/instance';
import type { PortalAccount } from '../../model/portal';
import type { SyncInstance } from '../config-sync';

export const sampleInstance: Instance = {
  id: 'inst-1',
  startUrl: 'https://d-1234567890.awsapps.com/start',
  region: 'eu-west-1',
  partition: 'aws',
  displayName: 'Example Corp',
  signInMethod: 'device-code',
};

export function account(accountId: string, accountName: string, roles: readonly string[] | undefined): PortalAccount {
  return { accountId, accountName, emailAddress: `${accountName}@example.com`, roles: roles ? { status: 'loaded', names: [...roles], checkedAt: 1 } : { status: 'pending' } };
}

export const sampleAccounts: readonly PortalAccount[] = [
  account('111111111111', 'payments-prod', ['AdministratorAccess', 'ReadOnlyAccess']),
  account('222222222222', 'payments dev (EU)', ['ReadOnlyAccess']),
];

export function sampleSync(accounts: readonly PortalAccount[] | undefined = sampleAccounts): SyncInstance[] {
  return [{ instance: sampleInstance, accounts }];
}
