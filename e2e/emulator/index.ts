// A local IAM Identity Center: SSO OIDC, the SSO portal and the console federation endpoint on one
// 127.0.0.1 origin, for integration, interop and e2e tests. Usage and formats: README.md.
import { createAdmin, type EmulatorAdmin } from './admin';
import type { Context } from './context';
import { Counters } from './counts';
import { Directory } from './directory';
import { parseOrganisation, type Organisation } from './fixture';
import { RateLimiter } from './rate-limit';
import { SeededRandom } from './seeded-random';
import { createEmulatorServer, listen } from './server';
import { defaultSettings, type Faults, type Lifetimes, type Settings } from './settings';
import { EmulatorState } from './state';

export { loadOrganisation, parseOrganisation } from './fixture';
export type { Organisation, Instance, User, Account } from './fixture';
export { generateOrganisation, parseGenerateSpec, type GenerateSpec } from './generate';
export { generateAccounts, type AccountsSpec, type GeneratedAccount } from './generate';
export type { EmulatorAdmin, IssuedCredentialsInfo } from './admin';
export type { AccountDetails, GeneratedAccountsSpec, InstanceChoice, NewAccount, RoleChange } from './organisation';
export type { OperationCounts, Operation } from './counts';
export type { Settings, SettingsPatch, Lifetimes, Faults } from './settings';
export { FAIL_ACCOUNT_STATUSES, PORTAL_OPERATIONS } from './settings';

export interface EmulatorOptions {
  org: Organisation;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Epoch milliseconds for every expiry decision; share a fake clock with the client under test. */
  now?: () => number;
  /** Added to every call (portal ones included); concurrent calls wait it out together. */
  latencyMs?: number;
  /**
   * Per operation; default 20; 0 turns it off. Applies to the portal operations only while
   * portalRateLimitPerSecond is 0.
   */
  rateLimitPerSecond?: number;
  /**
   * One quota per instance shared by ListAccounts, ListAccountRoles, GetRoleCredentials and
   * Logout, like AWS's collective 20 TPS; default 20, burst one second's worth; 0 turns it off.
   */
  portalRateLimitPerSecond?: number;
  /** Approve every device code at once and answer every /authorize with a 302, as this user. */
  autoApproveUser?: string;
  /** Default 5 like AWS; tests use 1 or less. */
  pollIntervalSeconds?: number;
  lifetimes?: Partial<Lifetimes>;
  /** errorRate / dropRate (seeded draws) and failAccounts (always), see Settings. */
  faults?: Faults;
  /** Seeds every fault decision (default 1): the same seed and requests give the same faults. */
  seed?: number;
  /**
   * Monotonic milliseconds for the rate limiter; default performance.now. Tests freeze it so
   * whether a burst is throttled does not depend on how fast the machine sends it.
   */
  rateLimitClock?: () => number;
  /** Where diagnostics go; default stderr. */
  log?: (message: string) => void;
}

export interface RunningEmulator {
  /** 'http://127.0.0.1:PORT': one origin for OIDC, portal, pages and federation. */
  readonly endpoint: string;
  readonly admin: EmulatorAdmin;
  close(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  const organisation = parseOrganisation(options.org, 'organisation passed to startEmulator');
  const directory = new Directory(organisation);
  let settings: Settings = defaultSettings();
  let endpoint = '';
  const context: Context = {
    state: new EmulatorState(),
    directory,
    now: options.now ?? Date.now,
    endpoint: () => endpoint,
    settings: () => settings,
    log: options.log ?? ((message) => process.stderr.write(`[emulator] ${message}\n`)),
  };
  const counters = new Counters();
  const rateLimiter = new RateLimiter(options.rateLimitClock);
  const random = new SeededRandom();
  const admin = createAdmin({ context, counters, rateLimiter, random, getSettings: () => settings, setSettings: (next) => (settings = next) });
  // The options go through the same validation as a run-time update.
  admin.updateSettings({
    latencyMs: options.latencyMs,
    rateLimitPerSecond: options.rateLimitPerSecond,
    portalRateLimitPerSecond: options.portalRateLimitPerSecond,
    pollIntervalSeconds: options.pollIntervalSeconds,
    lifetimes: options.lifetimes,
    faults: options.faults,
    seed: options.seed,
    ...(options.autoApproveUser !== undefined ? { autoApproveUser: options.autoApproveUser } : {}),
  });

  const server = createEmulatorServer({ context, admin, counters, rateLimiter, random: random.next });
  const port = await listen(server, options.port ?? 0);
  endpoint = `http://127.0.0.1:${port}`;

  let closing: Promise<void> | undefined;
  return {
    endpoint,
    admin,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
