// Deterministic large organisations for pagination and performance tests: the same spec always
// yields the same accounts, names and ids (a seeded PRNG, never Math.random), so failures replay.
import type { Account, Organisation, User } from './fixture';
import { mulberry32 } from './seeded-random';

export interface GenerateSpec {
  accounts: number;
  rolesPerAccount: number;
  startUrl?: string;
  region?: string;
  /** User names; the first sees every account, user i (i ≥ 1) every (i+1)-th account. Default ['alice', 'bob']. */
  users?: string[];
  /** Changes names and ids while staying deterministic. Default 1. */
  seed?: number;
}

const TEAMS = ['payments', 'ledger', 'search', 'identity', 'checkout', 'catalog', 'analytics', 'platform', 'networking', 'security', 'billing', 'media', 'mobile', 'data-lake', 'ml-training', 'logistics'];
const STAGES = ['prod', 'staging', 'dev', 'sandbox', 'qa', 'shared'];
const ROLES = ['AdministratorAccess', 'ReadOnlyAccess', 'PowerUserAccess', 'Billing', 'ViewOnlyAccess', 'SecurityAudit', 'DatabaseAdministrator', 'NetworkAdministrator', 'SupportUser', 'SystemAdministrator', 'DataScientist'];

/** "NxM" (e.g. "5000x4") → spec; throws on anything else. */
export function parseGenerateSpec(text: string): GenerateSpec {
  const match = /^(\d+)x(\d+)$/.exec(text.trim());
  if (!match) throw new Error(`--generate expects ACCOUNTSxROLES, e.g. 5000x4; got "${text}"`);
  return { accounts: Number(match[1]), rolesPerAccount: Number(match[2]) };
}

/** Accounts to add to a running emulator (admin addGeneratedAccounts), or the body of generateOrganisation. */
export interface AccountsSpec {
  accounts: number;
  rolesPerAccount: number;
  /** Default 1. */
  seed?: number;
  /** The number in the first account's name (`payments-prod-0001`); default 1. */
  firstNumber?: number;
  /** Ids already in use: drawn again, so the accounts stay unique. */
  takenIds?: ReadonlySet<string>;
}

export type GeneratedAccount = Account & { roles: string[] };

/** The role names a generated account offers: the AWS managed ones, then `CustomRole012`… */
export function generatedRoleNames(rolesPerAccount: number): string[] {
  return Array.from({ length: rolesPerAccount }, (_, index) => ROLES[index] ?? `CustomRole${String(index + 1).padStart(3, '0')}`);
}

/** Deterministic accounts (same spec and taken ids, same result); `roles` is one array shared by all of them. */
export function generateAccounts(spec: AccountsSpec): GeneratedAccount[] {
  const { accounts: accountCount, rolesPerAccount, firstNumber = 1 } = spec;
  if (!Number.isInteger(accountCount) || accountCount < 0 || accountCount > 1_000_000) throw new Error('accounts must be an integer 0..1000000');
  if (!Number.isInteger(rolesPerAccount) || rolesPerAccount < 1 || rolesPerAccount > 1000) throw new Error('rolesPerAccount must be an integer 1..1000');
  if (!Number.isInteger(firstNumber) || firstNumber < 0) throw new Error('firstNumber must be a non-negative integer');
  const random = mulberry32(spec.seed ?? 1);
  const taken = spec.takenIds ?? new Set<string>();
  const roles = generatedRoleNames(rolesPerAccount);
  const accounts: GeneratedAccount[] = [];
  const usedIds = new Set<string>();
  for (let index = 0; index < accountCount; index++) {
    let accountId: string;
    do {
      accountId = String(100_000_000_000 + Math.floor(random() * 900_000_000_000));
    } while (usedIds.has(accountId) || taken.has(accountId));
    usedIds.add(accountId);
    const team = TEAMS[Math.floor(random() * TEAMS.length)] ?? 'team';
    const stage = STAGES[Math.floor(random() * STAGES.length)] ?? 'dev';
    const accountName = `${team}-${stage}-${String(index + firstNumber).padStart(4, '0')}`;
    accounts.push({ accountId, accountName, emailAddress: `aws+${accountName}@example.com`, roles });
  }
  return accounts;
}

/**
 * Builds one instance with `accounts` accounts and `rolesPerAccount` roles in each. Linear in
 * accounts × users: 5,000 × 4 takes about 20 ms and 10 MB (units.test.ts checks the time).
 */
export function generateOrganisation(spec: GenerateSpec): Organisation {
  const userNames = spec.users ?? ['alice', 'bob'];
  if (userNames.length === 0) throw new Error('users must not be empty');
  const generated = generateAccounts({ accounts: spec.accounts, rolesPerAccount: spec.rolesPerAccount, seed: spec.seed });
  const accounts: Account[] = generated.map(({ accountId, accountName, emailAddress }) => ({ accountId, accountName, emailAddress }));
  const roleNames = generatedRoleNames(spec.rolesPerAccount);

  const users: User[] = userNames.map((userName, userIndex) => {
    const assignments: Record<string, string[]> = {};
    accounts.forEach((account, accountIndex) => {
      if (accountIndex % (userIndex + 1) === 0) assignments[account.accountId] = roleNames;
    });
    return { userName, displayName: displayNameFor(userName), assignments };
  });

  return {
    instances: [
      {
        startUrl: spec.startUrl ?? 'https://d-9067000000.awsapps.com/start',
        region: spec.region ?? 'us-east-1',
        users,
        accounts,
      },
    ],
  };
}

function displayNameFor(userName: string): string {
  return userName.charAt(0).toUpperCase() + userName.slice(1);
}
