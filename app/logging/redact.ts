// Redaction before anything reaches a log: values under secret-sounding keys, and any long opaque
// string (tokens, client secrets, JWTs) wherever it appears. Errs on the side of hiding: a log
// line without a request ID is an inconvenience, a log line with a refresh token is an incident.

const secretKeys = new Set(
  [
    'accessToken', 'refreshToken', 'idToken', 'clientSecret', 'secretAccessKey', 'sessionToken',
    'code', 'codeVerifier', 'deviceCode', 'password', 'authorization', 'x-amz-sso_bearer_token',
    'assertion', 'signinToken', 'token', 'secret',
  ].map((key) => key.toLowerCase()),
);

/** Base64/base64url/hex/JWT-like runs of 32+ characters: long enough that no word or ID matches. */
const opaqueRun = /[A-Za-z0-9+/_-]{32,}={0,2}(?:\.[A-Za-z0-9+/_-]{8,}={0,2}){0,2}/g;
/** UUIDs (instance IDs, request IDs) are useful in logs and not secret. */
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const redactedMarker = '[redacted]';

export function isSecretKey(key: string): boolean {
  return secretKeys.has(key.toLowerCase());
}

/** Replaces long opaque runs inside free text. */
export function redactText(text: string): string {
  return text.replace(opaqueRun, (run) => (uuid.test(run) ? run : `${redactedMarker}(${run.length})`));
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
      result[key] = isSecretKey(key) && item !== undefined && item !== null ? redactedMarker : redactValue(item, depth + 1);
    }
    return result;
  }
  return value;
}

function hasCode(error: Error): error is Error & { code: string } {
  return typeof (error as { code?: unknown }).code === 'string';
}
