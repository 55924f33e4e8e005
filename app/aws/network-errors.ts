// Recognises failures that happen before IAM Identity Center answers (no route, refused, DNS,
// TLS, reset, timeout), however the SDK's HTTP handler wraps them.

const networkCodes = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH',
  'ENETDOWN', 'EPIPE', 'ECONNABORTED', 'EPROTO', 'CERT_HAS_EXPIRED', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'DEPTH_ZERO_SELF_SIGNED_CERT', 'ERR_SOCKET_CONNECTION_TIMEOUT',
]);
const networkNames = new Set(['TimeoutError', 'RequestTimeout', 'NetworkingError']);

export function isNetworkError(error: unknown, depth = 0): boolean {
  if (depth > 4 || typeof error !== 'object' || error === null) return false;
  const candidate = error as { code?: unknown; name?: unknown; cause?: unknown; errors?: unknown };
  if (typeof candidate.code === 'string' && networkCodes.has(candidate.code)) return true;
  if (typeof candidate.name === 'string' && networkNames.has(candidate.name)) return true;
  if (Array.isArray(candidate.errors) && candidate.errors.some((inner) => isNetworkError(inner, depth + 1))) return true;
  return isNetworkError(candidate.cause, depth + 1);
}

/** A request that got no answer within the SDK's time limits (TimeoutError from the Node handler). */
export function isTimeoutError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'TimeoutError' || name === 'RequestTimeout' || code === 'ETIMEDOUT' || code === 'ERR_SOCKET_CONNECTION_TIMEOUT';
}

/** The user pressed cancel (or the app is quitting): the SDK or our code aborted the request. */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}
