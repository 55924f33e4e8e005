// The emulator's control surface for tests and scripts. The same object backs the in-process API
// (RunningEmulator.admin) and the HTTP routes under /_emulator/ (admin-routes.ts).
import { AdminError } from './admin-error';
import type { Context } from './context';
import type { Counters, OperationCounts } from './counts';
import { approveDevice, denyDevice, pendingDeviceCodes } from './devices';
import {
  accountDetails,
  addAccounts,
  addGeneratedAccounts,
  addRole,
  instanceWithAccount,
  removeAccount,
  removeRole,
  renameAccount,
  type AccountDetails,
  type GeneratedAccountsSpec,
  type InstanceChoice,
  type NewAccount,
  type RoleChange,
} from './organisation';
import type { RateLimiter } from './rate-limit';
import type { SeededRandom } from './seeded-random';
import { applySettingsPatch, type Settings, type SettingsPatch } from './settings';

export { AdminError } from './admin-error';

/** What the emulator knows about credentials it issued (for "did the app use the right role?"). */
export interface IssuedCredentialsInfo {
  accessKeyId: string;
  accountId: string;
  accountName: string;
  roleName: string;
  userName: string;
  startUrl: string;
  /** Epoch milliseconds. */
  expiration: number;
}

export interface EmulatorAdmin {
  approveDevice(userCode: string, userName: string): void;
  denyDevice(userCode: string): void;
  pendingDeviceCodes(): { userCode: string; startUrl: string }[];
  /** Signs the user out everywhere: every session of that user name, in every instance. */
  revokeUser(userName: string): void;
  updateSettings(patch: SettingsPatch): void;
  settings(): Settings;
  counts(): Record<string, OperationCounts>;
  resetCounts(): void;
  /** Who an issued access key id belongs to; undefined for keys this emulator never issued. */
  issuedCredentials(accessKeyId: string): IssuedCredentialsInfo | undefined;
  /**
   * Forgets every role credential issued so far, as AWS does when a session is revoked: the
   * federation endpoint then refuses them as not issued. Returns how many were forgotten.
   */
  revokeIssuedCredentials(): number;

  // The organisation, changed while running (organisation.ts; README "Changing the organisation").
  /** The account and who holds which roles in it; undefined when no (named) instance has it. */
  account(accountId: string, choice?: InstanceChoice): AccountDetails | undefined;
  /** Adds accounts at the end of the listing of the first (or named) instance; all or none. */
  addAccounts(accounts: NewAccount[], choice?: InstanceChoice): AccountDetails[];
  /** Adds seeded generated accounts (generate.ts), numbered after the instance's last one. */
  addGeneratedAccounts(spec: GeneratedAccountsSpec, choice?: InstanceChoice): AccountDetails[];
  removeAccount(accountId: string, choice?: InstanceChoice): void;
  renameAccount(accountId: string, accountName: string, choice?: InstanceChoice): AccountDetails;
  addRole(accountId: string, roleName: string, change?: RoleChange): AccountDetails;
  removeRole(accountId: string, roleName: string, change?: RoleChange): AccountDetails;
}

export interface AdminDependencies {
  context: Context;
  counters: Counters;
  rateLimiter: RateLimiter;
  random: SeededRandom;
  getSettings(): Settings;
  setSettings(settings: Settings): void;
}

export function createAdmin({ context, counters, rateLimiter, random, getSettings, setSettings }: AdminDependencies): EmulatorAdmin {
  const isKnownUser = (userName: string) => context.directory.instances.some((instance) => instance.users.has(userName));
  return {
    approveDevice: (userCode, userName) => void approveDevice(context, userCode, userName),
    denyDevice: (userCode) => void denyDevice(context, userCode),
    pendingDeviceCodes: () => pendingDeviceCodes(context),
    revokeUser(userName) {
      if (!isKnownUser(userName)) throw new AdminError(404, `No instance has a user named ${userName}`);
      context.state.revokeUser(userName);
    },
    updateSettings(patch) {
      let next: Settings;
      try {
        next = applySettingsPatch(getSettings(), patch);
      } catch (error) {
        throw new AdminError(400, (error as Error).message);
      }
      if (next.autoApproveUser !== undefined && !isKnownUser(next.autoApproveUser)) {
        throw new AdminError(400, `autoApproveUser: no instance has a user named ${next.autoApproveUser}`);
      }
      // A new limit starts with full buckets, as if the emulator had just started.
      const previous = getSettings();
      if (next.rateLimitPerSecond !== previous.rateLimitPerSecond || next.portalRateLimitPerSecond !== previous.portalRateLimitPerSecond) rateLimiter.reset();
      // Any patch naming the seed, even the current one, starts the sequence over: that is how a
      // test replays the same fault decisions whatever requests came before it.
      if (patch.seed !== undefined) random.reseed(next.seed);
      setSettings(next);
    },
    settings: () => structuredClone(getSettings()),
    counts: () => counters.snapshot(),
    resetCounts: () => counters.reset(),
    revokeIssuedCredentials() {
      const count = context.state.credentials.size;
      context.state.credentials.clear();
      return count;
    },
    issuedCredentials(accessKeyId) {
      const credentials = context.state.credentials.get(accessKeyId);
      if (!credentials) return undefined;
      const { accountId, accountName, roleName, userName, startUrl, expiresAtMs } = credentials;
      return { accessKeyId, accountId, accountName, roleName, userName, startUrl, expiration: expiresAtMs };
    },
    account(accountId, choice = {}) {
      try {
        return accountDetails(instanceWithAccount(context.directory, accountId, choice.startUrl), accountId);
      } catch (error) {
        if (error instanceof AdminError && error.status === 404) return undefined;
        throw error;
      }
    },
    addAccounts: (accounts, choice) => addAccounts(context.directory, accounts, choice),
    addGeneratedAccounts: (spec, choice) => addGeneratedAccounts(context.directory, spec, choice),
    removeAccount: (accountId, choice) => removeAccount(context.directory, accountId, choice),
    renameAccount: (accountId, accountName, choice) => renameAccount(context.directory, accountId, accountName, choice),
    addRole: (accountId, roleName, change) => addRole(context.directory, accountId, roleName, change),
    removeRole: (accountId, roleName, change) => removeRole(context.directory, accountId, roleName, change),
  };
}
