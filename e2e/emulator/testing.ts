// Helpers for tests that talk to the emulator with the real AWS SDK clients: client factories,
// PKCE values and a one-call device sign-in. No test-runner imports, so Vitest tests and
// Playwright specs (and other engineers' tests) can all use them.
import { createHash, randomBytes } from 'node:crypto';
import { CreateTokenCommand, RegisterClientCommand, SSOOIDCClient, StartDeviceAuthorizationCommand, type CreateTokenCommandOutput, type RegisterClientCommandOutput } from '@aws-sdk/client-sso-oidc';
import { SSOClient } from '@aws-sdk/client-sso';
import { loadOrganisation, startEmulator, type EmulatorOptions, type RunningEmulator } from './index';

export const SAMPLE_START_URL = 'https://d-1234567890.awsapps.com/start';
export const SAMPLE_REGION = 'eu-west-1';
export const SANDBOX_START_URL = 'https://acme-sandbox.awsapps.com/start';
export const SAMPLE_ORG_PATH = 'e2e/fixtures/sample-org.json';

/**
 * The sample organisation on a free port, as client tests want it by default: alice approves every
 * sign-in, no rate limit (neither per operation nor the portal's collective one), no log lines.
 * Anything can be overridden: a fake clock via `now`, AWS's portal quota via
 * `portalRateLimitPerSecond: 20` (with `rateLimitClock` to freeze it).
 */
export function startSampleEmulator(overrides: Partial<EmulatorOptions> = {}): Promise<RunningEmulator> {
  return startEmulator({ org: loadOrganisation(SAMPLE_ORG_PATH), autoApproveUser: 'alice', rateLimitPerSecond: 0, portalRateLimitPerSecond: 0, log: () => undefined, ...overrides });
}

/** `region` is required by the SDK even with an endpoint (docs/aws-wire.md §1.1). */
export function oidcClient(endpoint: string, options: { region?: string; maxAttempts?: number } = {}): SSOOIDCClient {
  return new SSOOIDCClient({ endpoint, region: options.region ?? SAMPLE_REGION, maxAttempts: options.maxAttempts });
}

export function portalClient(endpoint: string, options: { region?: string; maxAttempts?: number } = {}): SSOClient {
  return new SSOClient({ endpoint, region: options.region ?? SAMPLE_REGION, maxAttempts: options.maxAttempts });
}

/** A PKCE pair as the AWS CLI makes it: 64 unreserved characters, S256 challenge (docs/aws-wire.md §1.4). */
export function pkcePair(): { verifier: string; challenge: string } {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~';
  const verifier = Array.from(randomBytes(64), (byte) => alphabet[byte % alphabet.length]).join('');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export interface DeviceSignIn {
  registration: RegisterClientCommandOutput;
  tokens: CreateTokenCommandOutput;
}

/**
 * Register → start → approve (admin) → CreateToken: a signed-in user in one call. Under
 * autoApproveUser the code is already approved, as that user: asking for another user then throws.
 */
export async function deviceSignIn(
  emulator: RunningEmulator,
  options: { startUrl?: string; userName?: string; scopes?: string[]; oidc?: SSOOIDCClient } = {},
): Promise<DeviceSignIn> {
  const oidc = options.oidc ?? oidcClient(emulator.endpoint);
  const registration = await oidc.send(new RegisterClientCommand({ clientName: 'emulator-test', clientType: 'public', scopes: options.scopes ?? ['sso:account:access'] }));
  const device = await oidc.send(
    new StartDeviceAuthorizationCommand({ clientId: registration.clientId, clientSecret: registration.clientSecret, startUrl: options.startUrl ?? SAMPLE_START_URL }),
  );
  const userCode = device.userCode ?? '';
  if (emulator.admin.pendingDeviceCodes().some((pending) => pending.userCode === userCode)) {
    emulator.admin.approveDevice(userCode, options.userName ?? 'alice');
  } else {
    const autoApproved = emulator.admin.settings().autoApproveUser;
    if (options.userName !== undefined && options.userName !== autoApproved) {
      throw new Error(`deviceSignIn: the code was auto-approved as ${autoApproved ?? '(nobody)'}, not ${options.userName}`);
    }
  }
  const tokens = await oidc.send(
    new CreateTokenCommand({
      clientId: registration.clientId,
      clientSecret: registration.clientSecret,
      grantType: 'urn:ietf:params:oauth:grant-type:device_code',
      deviceCode: device.deviceCode,
    }),
  );
  return { registration, tokens };
}
