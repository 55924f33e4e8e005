// Every portal call of one instance goes through here: an access token from the session manager,
// a slot from the instance's rate limiter, and the rules for what comes back.
//   - 429: the limiter slows down; the call waits its turn again (not a failure).
//   - 401 with a token that looked fresh: one refresh (the manager's single flight, so fifty calls
//     that all saw the same 401 cause one refresh), then the call again.
//   - 5xx, network, timeout, an unreadable answer: a few more attempts with backoff and jitter.
//   - anything else (not found, forbidden, invalid) is the answer, and so is a session that ended.
import type { AdaptiveRateLimiter} from '../aws/adaptive-rate-limiter';
import { type CallPriority } from '../aws/adaptive-rate-limiter';
import { PortalError } from '../aws/portal-errors';
import type { Clock } from '../ports/clock';
import type { AccessTokenProvider } from '../sessions/access-token-provider';

export interface PortalCallPolicy {
  /** Attempts for transient failures (5xx, network, timeout). */
  readonly transientAttempts: number;
  /** 429s one call may meet before it gives up (the limiter adapts long before that). */
  readonly maxThrottles: number;
  /** First backoff for transient failures; doubled each time, with ±50 % jitter. */
  readonly backoffMs: number;
}

export const defaultPortalCallPolicy: PortalCallPolicy = { transientAttempts: 4, maxThrottles: 20, backoffMs: 250 };

export interface PortalCallDeps {
  readonly clock: Clock;
  readonly tokens: AccessTokenProvider;
  readonly limiter: AdaptiveRateLimiter;
  readonly random: () => number;
  readonly policy?: PortalCallPolicy;
}

export interface PortalCallOptions {
  readonly priority?: CallPriority;
  readonly signal?: AbortSignal;
}

export type PortalCall = <T>(operation: (accessToken: string, signal?: AbortSignal) => Promise<T>, options?: PortalCallOptions) => Promise<T>;

export function createPortalCall(deps: PortalCallDeps, instanceId: string): PortalCall {
  const policy = deps.policy ?? defaultPortalCallPolicy;
  return async (operation, options = {}) => {
    let transient = 0;
    let throttles = 0;
    let rejectedToken: string | undefined;
    for (;;) {
      options.signal?.throwIfAborted();
      const accessToken = await deps.tokens.getAccessToken(instanceId, { interactive: false, ...(rejectedToken ? { rejectedToken } : {}) });
      try {
        const result = await deps.limiter.run(() => operation(accessToken, options.signal), options);
        deps.limiter.succeeded();
        return result;
      } catch (error) {
        if (!(error instanceof PortalError)) throw error;
        if (error.kind === 'throttled' && (throttles += 1) <= policy.maxThrottles) {
          deps.limiter.throttled();
          continue;
        }
        if (error.kind === 'unauthorized' && rejectedToken === undefined) {
          rejectedToken = accessToken;
          continue;
        }
        if (error.isTransient && (transient += 1) < policy.transientAttempts) {
          const backoff = policy.backoffMs * 2 ** (transient - 1) * (0.5 + deps.random());
          await deps.clock.sleep(backoff, options.signal);
          continue;
        }
        throw error;
      }
    }
  };
}
