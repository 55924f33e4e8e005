// The emulator's control surface for tests and scripts. The same object backs the in-process API
// (RunningEmulator.admin) and the HTTP routes under /_emulator/ (admin-routes.ts).
import type { Context } from './context';
import type { Counters, OperationCounts } from './counts';
import { approveDevice, denyDevice, pendingDeviceCodes } from './devices';
import type { RateLimiter } from './rate-limit';
import type { SeededRandom } from './seeded-random';
import { applySettingsPatch, type Settings, type SettingsPatch } from './settings';

/** An admin call that cannot be carried out; `status` is what the HTTP route answers. */
export class AdminError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

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
  issuedCredentials(accessKeyId: string): IssuedCredentialsInfo | undefined;
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
      if (next.rateLimitPerSecond !== getSettings().rateLimitPerSecond) rateLimiter.reset();
      // Any patch naming the seed, even the current one, starts the sequence over: that is how a
      // test replays the same fault decisions whatever requests came before it.
      if (patch.seed !== undefined) random.reseed(next.seed);
      setSettings(next);
    },
    settings: () => structuredClone(getSettings()),
    counts: () => counters.snapshot(),
    resetCounts: () => counters.reset(),
    issuedCredentials(accessKeyId) {
      const credentials = context.state.credentials.get(accessKeyId);
      if (!credentials) return undefined;
      const { accountId, accountName, roleName, userName, startUrl, expiresAtMs } = credentials;
      return { accessKeyId, accountId, accountName, roleName, userName, startUrl, expiration: expiresAtMs };
    },
  };
}
