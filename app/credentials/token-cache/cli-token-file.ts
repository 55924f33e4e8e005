// The AWS CLI's SSO token cache file (docs/aws-wire.md §5.2): its name, the JSON the CLI writes,
// and reading back one that the CLI or an SDK rewrote after a refresh of its own. Pure.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import type { ClientRegistration } from '../../auth/client-registration';
import type { SessionTokens } from '../../sessions/session-secrets';

/** `<home>/.aws/sso/cache/<sha1 of the sso-session name>.json`; neither tool lets this folder move. */
export function cliTokenCachePath(homeDir: string, sessionName: string): string {
  return join(homeDir, '.aws', 'sso', 'cache', `${createHash('sha1').update(sessionName, 'utf8').digest('hex')}.json`);
}

/** `%Y-%m-%dT%H:%M:%SZ`, as the CLI writes it: whole seconds (rounded down, never later than the truth). */
export function cliUtc(epochMs: number): string {
  return new Date(Math.floor(epochMs / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export interface CliTokenFileInput {
  readonly startUrl: string;
  readonly region: string;
  readonly tokens: SessionTokens;
  readonly registration: ClientRegistration;
}

/**
 * The eight keys in the CLI's order, compact JSON with Python's `", "`/`": "` separators, so the
 * file reads as one the CLI wrote. Without a refresh token the key is left out, as the CLI does.
 */
export function cliTokenFileJson(input: CliTokenFileInput): string {
  const fields: [string, string][] = [
    ['startUrl', input.startUrl],
    ['region', input.region],
    ['accessToken', input.tokens.accessToken],
    ['expiresAt', cliUtc(input.tokens.expiresAt)],
    ['clientId', input.registration.clientId],
    ['clientSecret', input.registration.clientSecret],
    ['registrationExpiresAt', cliUtc(input.registration.expiresAt)],
  ];
  if (input.tokens.refreshToken) fields.push(['refreshToken', input.tokens.refreshToken]);
  return `{${fields.map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`).join(', ')}}`;
}

const CachedToken = z.object({
  startUrl: z.string(),
  accessToken: z.string().min(1),
  expiresAt: z.string(),
  refreshToken: z.string().min(1).optional(),
});

export interface CachedTokens {
  readonly startUrl: string;
  readonly accessToken: string;
  readonly expiresAt: number;
  readonly refreshToken?: string;
}

/** The token part of a cache file (either tool's layout), or undefined when it is not one. */
export function parseCliTokenFile(text: string): CachedTokens | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = CachedToken.safeParse(value);
  if (!parsed.success) return undefined;
  const expiresAt = Date.parse(parsed.data.expiresAt);
  if (!Number.isFinite(expiresAt)) return undefined;
  const { refreshToken } = parsed.data;
  return { startUrl: parsed.data.startUrl, accessToken: parsed.data.accessToken, expiresAt, ...(refreshToken ? { refreshToken } : {}) };
}

/**
 * Another program refreshed: the file holds a different token that lives no shorter than ours, for
 * the same start URL, with a refresh token of its own. Ours was rotated away by that refresh.
 * Compared at the file's precision: botocore writes whole seconds, so a CLI refresh less than a
 * second after our own sign-in reads as expiring (a fraction of a second) before our token does.
 */
export function isNewerThan(cached: CachedTokens, ours: SessionTokens, startUrl: string): boolean {
  const oursToTheSecond = Math.floor(ours.expiresAt / 1000) * 1000;
  return cached.startUrl === startUrl && cached.accessToken !== ours.accessToken && cached.refreshToken !== undefined && cached.refreshToken !== ours.refreshToken && cached.expiresAt >= oursToTheSecond;
}
