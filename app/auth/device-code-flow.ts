// The device authorization grant (RFC 8628) as the AWS CLI drives it (docs/aws-wire.md §1.4): start the
// authorization, show the user code, try CreateToken once at once, then poll as decideNextPoll says.
import { AppError } from '../ipc/result';
import type { Clock } from '../ports/clock';
import type { ClientRegistration } from './client-registration';
import { decideNextPoll, initialPollInterval, type PollOutcome, type PollState } from './device-polling';
import type { DeviceAuthorization, OidcClient, TokenGrant } from '../aws/oidc-client';
import { OidcError } from '../aws/oidc-errors';

export interface DeviceCodeFlowDeps {
  readonly oidc: OidcClient;
  readonly clock: Clock;
}

export interface DeviceCodeFlowOptions {
  readonly signal: AbortSignal;
  readonly startUrl: string;
  /** Called once the user code is known, so the UI can show it with the verification link. */
  readonly onDeviceCode: (authorization: DeviceAuthorization) => void;
}

export async function runDeviceCodeFlow(
  deps: DeviceCodeFlowDeps,
  registration: ClientRegistration,
  options: DeviceCodeFlowOptions,
): Promise<TokenGrant> {
  const authorization = await deps.oidc.startDeviceAuthorization(registration, options.startUrl, options.signal);
  options.onDeviceCode(authorization);
  let poll: PollState = { intervalSeconds: initialPollInterval(authorization.intervalSeconds), expiresAt: authorization.expiresAt };
  for (;;) {
    throwIfCancelled(options.signal);
    let outcome: PollOutcome;
    try {
      return await deps.oidc.createTokenWithDeviceCode(registration, authorization.deviceCode, options.signal);
    } catch (error) {
      outcome = pollOutcomeOf(error);
    }
    const decision = decideNextPoll(poll, outcome, deps.clock.now());
    if (decision.action === 'stop') throw stopError(decision.reason);
    poll = { ...poll, intervalSeconds: decision.intervalSeconds };
    try {
      await deps.clock.sleep(decision.delayMs, options.signal);
    } catch {
      throw stopError('cancelled');
    }
  }
}

/** Pending, slow-down, expiry, denial and cancel steer the loop; anything else ends the flow as is. */
function pollOutcomeOf(error: unknown): PollOutcome {
  if (!(error instanceof OidcError)) throw error;
  switch (error.kind) {
    case 'authorization-pending':
      return 'authorization-pending';
    case 'slow-down':
    case 'throttled':
      return 'slow-down';
    case 'expired-token':
      return 'expired-token';
    case 'access-denied':
      return 'access-denied';
    case 'cancelled':
      return 'cancelled';
    default:
      throw error;
  }
}

function stopError(reason: 'expired' | 'denied' | 'cancelled'): AppError {
  switch (reason) {
    case 'expired':
      return new AppError('timed-out', 'The sign-in code expired before it was approved. Sign in again to get a new code.');
    case 'denied':
      return new AppError('access-denied', 'The sign-in was denied in the browser.');
    case 'cancelled':
      return new AppError('cancelled', 'The sign-in was cancelled.');
  }
}

function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw stopError('cancelled');
}
