// Per-operation request counters, so tests can assert how a client behaved (how often it polled,
// whether it backed off after a 429) rather than only what it ended up with.

/** Operation names as in the AWS models, plus the emulator's pages. */
export const OPERATIONS = [
  'RegisterClient',
  'StartDeviceAuthorization',
  'CreateToken',
  'Authorize',
  'ListAccounts',
  'ListAccountRoles',
  'GetRoleCredentials',
  'Logout',
  'GetSigninToken',
  'Login',
  'DeviceVerification',
  'ConsoleLogout',
] as const;

export type Operation = (typeof OPERATIONS)[number];

export interface OperationCounts {
  /** Every request that reached the operation, including throttled and faulted ones. */
  requests: number;
  /** Answered 429 TooManyRequestsException by the rate limit. */
  throttled: number;
  /** Answered 500 or dropped by fault injection. */
  faults: number;
}

export class Counters {
  private counts = new Map<Operation, OperationCounts>();

  constructor() {
    this.reset();
  }

  add(operation: Operation, kind: keyof OperationCounts): void {
    const entry = this.counts.get(operation);
    if (entry) entry[kind]++;
  }

  /** A copy, every operation present (zeros included). */
  snapshot(): Record<string, OperationCounts> {
    return Object.fromEntries([...this.counts].map(([operation, counts]) => [operation, { ...counts }]));
  }

  reset(): void {
    this.counts = new Map(OPERATIONS.map((operation) => [operation, { requests: 0, throttled: 0, faults: 0 }]));
  }
}
