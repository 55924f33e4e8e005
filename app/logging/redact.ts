// Redaction before anything reaches a log: values under secret-sounding keys, and any long opaque
// string (tokens, client secrets, JWTs) wherever it appears. Errs on the side of hiding: a log
// line without a request ID is an inconvenience, a log line with a refresh token is an incident.
// One exception: a `code` that has the shape of an error code (ECONNREFUSED, InvalidGrantException,
// invalid_grant) is kept, because it says what failed; an OAuth authorization code never has that
// shape, and in URLs and text `code=` is hidden whatever its value.

const secretKeys = new Set(
  [
    'accessToken', 'refreshToken', 'idToken', 'clientSecret', 'secretAccessKey', 'sessionToken',
    'codeVerifier', 'deviceCode', 'password', 'authorization', 'x-amz-sso_bearer_token',
    'assertion', 'signinToken', 'token', 'secret',
    // The same fields as OAuth sends them on the wire (RFC 6749, RFC 8628).
    'access_token', 'refresh_token', 'id_token', 'client_secret', 'device_code', 'code_verifier',
  ].map((key) => key.toLowerCase()),
);

/** Query or fragment parameters whose value is a secret however short it is (RFC 6749 §4.1.2). */
const secretParameter = /([?&#](?:code|access_token|refresh_token|id_token|client_secret|device_code|code_verifier|token)=)([^&#\s]*)/gi;

/**
 * Error codes: Node and OpenSSL (ECONNREFUSED, ERR_SOCKET_CONNECTION_TIMEOUT), AWS exception names,
 * OAuth `error` values (RFC 6749 §5.2, RFC 8628 §3.5) and the app's own kebab-case codes.
 */
const errorCodeShapes = [
  /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/,
  /^(?:[A-Z][a-z0-9]+)+(?:Exception|Error|Fault|Failure)$/,
  /^[a-z]+(?:_[a-z]+)+$/,
  /^[a-z]+(?:-[a-z]+)+$/,
];
const errorCodeMaxLength = 64;

/** Base64/base64url/hex/JWT-like runs of 32+ characters: long enough that no word or ID matches. */
const opaqueRun = /[A-Za-z0-9+/_-]{32,}={0,2}(?:\.[A-Za-z0-9+/_-]{8,}={0,2}){0,2}/g;
/** UUIDs (instance IDs, request IDs) are useful in logs and not secret. */
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const redactedMarker = '[redacted]';

export function isSecretKey(key: string): boolean {
  return secretKeys.has(key.toLowerCase());
}

/** True for a value under a `code` key that names an error rather than carrying a grant. */
export function isErrorCode(value: unknown): boolean {
  if (typeof value === 'number') return Number.isInteger(value);
  return typeof value === 'string' && value.length <= errorCodeMaxLength && errorCodeShapes.some((shape) => shape.test(value));
}

/** Replaces long opaque runs inside free text, and the value of every secret URL parameter. */
export function redactText(text: string): string {
  return text
    .replace(opaqueRun, (run) => (uuid.test(run) ? run : `${redactedMarker}(${run.length})`))
    .replace(secretParameter, (whole, name: string, value: string) => (value === '' || value.startsWith(redactedMarker) ? whole : `${name}${redactedMarker}`));
}

/** A copy of a value fit for a log: secret keys hidden, strings scrubbed, errors flattened. */
export function redactValue(value: unknown, depth = 0): unknown {
  if (depth > 6) return '[…]';
  if (typeof value === 'string') return redactText(value);
  if (value instanceof Error) {
    return { name: value.name, message: redactText(value.message), ...(hasCode(value) ? { code: value.code } : {}) };
  }
  if (Array.isArray(value)) return value.slice(0, 50).map((item) => redactValue(item, depth + 1));
  if (value instanceof URL) return redactText(value.toString());
  if (typeof value === 'object' && value !== null) {
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      result[key] = hides(key, item) ? redactedMarker : redactValue(item, depth + 1);
    }
    return result;
  }
  return value;
}

function hides(key: string, item: unknown): boolean {
  if (item === undefined || item === null) return false;
  if (key.toLowerCase() === 'code') return !isErrorCode(item);
  return isSecretKey(key);
}

function hasCode(error: Error): error is Error & { code: string } {
  return typeof (error as { code?: unknown }).code === 'string';
}
