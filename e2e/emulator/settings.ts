// Run-time knobs of the emulator. One mutable object shared by the server and the admin API, so a
// test can change latency, limits, faults or lifetimes between two calls without restarting.
import { z } from 'zod';
import { OPERATIONS } from './counts';
import { DEFAULT_SEED } from './seeded-random';

export interface Lifetimes {
  accessTokenSeconds: number;
  /** The sign-in session: refresh tokens (rotated or not) stop working this long after sign-in. */
  refreshTokenSeconds: number;
  registrationSeconds: number;
  /** Device codes, and also /authorize consent requests and authorization codes. */
  deviceCodeSeconds: number;
  roleCredentialsSeconds: number;
}

export interface Faults {
  /** Share of requests answered 500 InternalServerException, 0..1. */
  errorRate?: number;
  /** Share of requests whose connection is destroyed without an answer, 0..1. */
  dropRate?: number;
  /** Operation names errorRate and dropRate apply to; all operations when absent. */
  operations?: string[];
  /**
   * Account ids whose ListAccountRoles and GetRoleCredentials always fail with
   * `failAccountsStatus`, whatever `operations` says; no random draw (the seeded sequence is the
   * same with or without them).
   */
  failAccounts?: string[];
  /** The status those accounts answer, one of FAIL_ACCOUNT_STATUSES (checked at run time); default 500. */
  failAccountsStatus?: number;
}

/** Statuses a failing account may answer, with the `x-amzn-errortype` each carries (errors.ts). */
export const FAIL_ACCOUNT_STATUSES = [400, 401, 403, 404, 429, 500, 503] as const;
export type FailAccountStatus = (typeof FAIL_ACCOUNT_STATUSES)[number];

/** The SSO portal operations, which share one quota per instance (portalRateLimitPerSecond). */
export const PORTAL_OPERATIONS: readonly string[] = ['ListAccounts', 'ListAccountRoles', 'GetRoleCredentials', 'Logout'];

export interface Settings {
  latencyMs: number;
  /**
   * Requests per second per operation (token bucket); 0 turns the limit off. Applies to every
   * operation, except the portal's while portalRateLimitPerSecond is on.
   */
  rateLimitPerSecond: number;
  /**
   * One quota per IAM Identity Center instance, shared by the four portal operations, like AWS's
   * collective 20 TPS; 0 turns it off, and the portal operations then meet rateLimitPerSecond.
   */
  portalRateLimitPerSecond: number;
  faults: Faults;
  lifetimes: Lifetimes;
  pollIntervalSeconds: number;
  autoApproveUser: string | undefined;
  /** Seeds the PRNG behind every fault decision; a patch naming it restarts the sequence (admin.ts). */
  seed: number;
}

// AWS values where known: 1 h access tokens, 8 h default session, 90-day client secrets,
// 10-minute device codes, 1 h permission-set sessions, 5 s polling (docs/aws-wire.md §1.4).
export const DEFAULT_LIFETIMES: Lifetimes = {
  accessTokenSeconds: 3600,
  refreshTokenSeconds: 8 * 3600,
  registrationSeconds: 90 * 24 * 3600,
  deviceCodeSeconds: 600,
  roleCredentialsSeconds: 3600,
};

const nonNegative = z.number().finite().nonnegative();
// mulberry32 keeps 32 bits of state: larger or fractional seeds would silently collide.
const SEED_RANGE = { error: 'seed must be an integer from 0 to 4294967295' };
const seedSchema = z.number(SEED_RANGE).int(SEED_RANGE).min(0, SEED_RANGE).max(0xffff_ffff, SEED_RANGE);
const positiveInt = z.number().int().positive();

const faultsSchema = z.strictObject({
  errorRate: z.number().min(0).max(1).optional(),
  dropRate: z.number().min(0).max(1).optional(),
  operations: z.array(z.enum(OPERATIONS)).optional(),
  failAccounts: z.array(z.string().regex(/^\d{12}$/, 'an account id is exactly 12 digits')).optional(),
  failAccountsStatus: z.literal([...FAIL_ACCOUNT_STATUSES], { error: `failAccountsStatus must be one of ${FAIL_ACCOUNT_STATUSES.join(', ')}` }).optional(),
});

/**
 * The patch accepted by updateSettings and by PATCH /_emulator/settings. A present-but-empty
 * `autoApproveUser` (null, or undefined in process) turns auto-approval off.
 */
export const settingsPatchSchema = z.strictObject({
  latencyMs: nonNegative.optional(),
  rateLimitPerSecond: nonNegative.optional(),
  portalRateLimitPerSecond: nonNegative.optional(),
  faults: faultsSchema.optional(),
  lifetimes: z
    .strictObject({
      accessTokenSeconds: positiveInt.optional(),
      refreshTokenSeconds: positiveInt.optional(),
      registrationSeconds: positiveInt.optional(),
      deviceCodeSeconds: positiveInt.optional(),
      roleCredentialsSeconds: positiveInt.optional(),
    })
    .optional(),
  pollIntervalSeconds: nonNegative.optional(),
  autoApproveUser: z.string().min(1).nullable().optional(),
  seed: seedSchema.optional(),
});

/** What callers may pass; checked at run time by settingsPatchSchema (e.g. operation names). */
export interface SettingsPatch {
  latencyMs?: number;
  rateLimitPerSecond?: number;
  portalRateLimitPerSecond?: number;
  faults?: Faults;
  lifetimes?: Partial<Lifetimes>;
  pollIntervalSeconds?: number;
  autoApproveUser?: string | null;
  seed?: number;
}

export function defaultSettings(): Settings {
  return { latencyMs: 0, rateLimitPerSecond: 20, portalRateLimitPerSecond: 20, faults: {}, lifetimes: { ...DEFAULT_LIFETIMES }, pollIntervalSeconds: 5, autoApproveUser: undefined, seed: DEFAULT_SEED };
}

/**
 * Returns the settings with the patch applied: lifetimes merge key by key, faults are replaced as a
 * whole (so `{faults: {}}` clears them). Throws on an invalid patch.
 */
export function applySettingsPatch(settings: Settings, patch: unknown): Settings {
  const parsed = settingsPatchSchema.safeParse(patch);
  if (!parsed.success) {
    throw new Error(`Invalid settings: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ')}`);
  }
  const value = parsed.data;
  const lifetimes = { ...settings.lifetimes };
  for (const [key, seconds] of Object.entries(value.lifetimes ?? {})) {
    if (seconds !== undefined) lifetimes[key as keyof Lifetimes] = seconds;
  }
  return {
    latencyMs: value.latencyMs ?? settings.latencyMs,
    rateLimitPerSecond: value.rateLimitPerSecond ?? settings.rateLimitPerSecond,
    portalRateLimitPerSecond: value.portalRateLimitPerSecond ?? settings.portalRateLimitPerSecond,
    faults: value.faults ?? settings.faults,
    lifetimes,
    pollIntervalSeconds: value.pollIntervalSeconds ?? settings.pollIntervalSeconds,
    autoApproveUser: hasKey(patch, 'autoApproveUser') ? (value.autoApproveUser ?? undefined) : settings.autoApproveUser,
    seed: value.seed ?? settings.seed,
  };
}

function hasKey(value: unknown, key: string): boolean {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key);
}
