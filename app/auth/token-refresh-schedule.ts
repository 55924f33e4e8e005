// When to refresh an access token: well before it expires, so callers never see an expired token
// and a slow network still has time. At a random point between 75 % and 85 % of the token's life
// (the jitter spreads refreshes of several instances and app restarts apart), and at least 5 minutes
// before expiry when the token lives 20 minutes or more (so 5 minutes is at most a quarter of its
// life; AWS access tokens live 1 hour by default). Pure.

export const refreshLifeFractionMin = 0.75;
export const refreshLifeFractionMax = 0.85;
export const refreshLeadMs = 5 * 60_000;
/** A token this close to expiry is treated as expired by callers (clock skew, request time). */
export const expirySafetyMs = 30_000;

export interface TokenLifetime {
  /** When we received the token (epoch ms). */
  readonly issuedAt: number;
  readonly expiresAt: number;
}

/** The time to refresh at. `random` returns [0, 1), e.g. Math.random. */
export function refreshAt(token: TokenLifetime, random: () => number): number {
  const life = Math.max(0, token.expiresAt - token.issuedAt);
  const fraction = refreshLifeFractionMin + (refreshLifeFractionMax - refreshLifeFractionMin) * clamp01(random());
  const byFraction = token.issuedAt + life * fraction;
  const latest = life >= 4 * refreshLeadMs ? token.expiresAt - refreshLeadMs : Number.POSITIVE_INFINITY;
  return Math.round(Math.min(byFraction, latest));
}

/**
 * While the AWS CLI shares the session (its token cache), the app must refresh before botocore
 * would: botocore refreshes with under 15 minutes left and rotates the refresh token (docs/aws-wire.md
 * §5.2). Five minutes more than that, when the token lives long enough to leave half its life.
 */
export const sharedCacheRefreshLeadMs = 20 * 60_000;

export function refreshAtWhenShared(token: TokenLifetime, random: () => number): number {
  const life = Math.max(0, token.expiresAt - token.issuedAt);
  const latest = life >= 2 * sharedCacheRefreshLeadMs ? token.expiresAt - sharedCacheRefreshLeadMs : Number.POSITIVE_INFINITY;
  return Math.min(refreshAt(token, random), latest);
}

/** The access token can be handed out as is. */
export function isTokenFresh(expiresAt: number, now: number): boolean {
  return expiresAt - now > expirySafetyMs;
}

/** Delay before retrying a refresh that failed for a transient reason (network, throttling, 5xx). */
export function refreshRetryDelay(attempt: number, random: () => number): number {
  const base = Math.min(5_000 * 2 ** Math.max(0, attempt), 5 * 60_000);
  return Math.round(base * (0.8 + 0.4 * clamp01(random())));
}

function clamp01(value: number): number {
  return Math.min(Math.max(value, 0), 0.999_999);
}
