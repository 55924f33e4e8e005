// Errors cross the IPC boundary as data: Electron keeps only the message of a thrown error, so
// every request resolves to a Result with a stable code the UI can act on.

export const errorCodes = [
  'invalid-input',
  'unknown-channel',
  'not-found',
  'signed-out',
  'token-expired',
  'access-denied',
  'cancelled',
  'timed-out',
  'throttled',
  'network',
  'keychain-unavailable',
  'settings-corrupt',
  /** The settings folder cannot be written (read-only, not the user's, full, or not a folder). */
  'settings-unwritable',
  'invalid-start-url',
  'unknown-region',
  /** The same (normalised) start URL is already in the list. */
  'duplicate-instance',
  /** IAM Identity Center refused the sign-in for a reason the user cannot fix by retrying at once. */
  'sign-in-failed',
  /** IAM Identity Center answered with a server error (5xx). */
  'service-unavailable',
  /** Stored tokens came from another OIDC origin than the one the app is set to use now. */
  'issuer-mismatch',
  /** One of the user's AWS files cannot be changed safely (a line the AWS readers disagree on, a name the user holds). */
  'aws-file-conflict',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: ErrorCode; readonly message: string };

/** An error the core raises on purpose; its message is written for the user and holds no secret. */
export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, code, message };
}

/** For exhaustive switches over discriminated unions. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
