// Recognises failures that happen before IAM Identity Center answers (no route, refused, DNS,
// TLS, reset, timeout), however the SDK's HTTP handler wraps them.

const networkCodes = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH',
  'ENETDOWN', 'EPIPE', 'ECONNABORTED', 'EPROTO', 'CERT_HAS_EXPIRED', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'DEPTH_ZERO_SELF_SIGNED_CERT', 'ERR_SOCKET_CONNECTION_TIMEOUT',
]);

/**
 * A certificate chain that does not end at a CA this process trusts: OpenSSL's verify codes as
 * Node reports them, and Chromium's (main/net/ passes them on as `code`). On a corporate network
 * this is nearly always a TLS-inspecting proxy whose CA the OS (or Node) does not know yet.
 */
const untrustedCertificateCodes = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'CERT_UNTRUSTED', 'CERT_CHAIN_TOO_LONG',
  'ERR_CERT_AUTHORITY_INVALID',
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

/** The server's certificate comes from a CA nobody told this process to trust (checked before isNetworkError). */
export function isUntrustedCertificateError(error: unknown, depth = 0): boolean {
  if (depth > 4 || typeof error !== 'object' || error === null) return false;
  const candidate = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof candidate.code === 'string' && untrustedCertificateCodes.has(candidate.code)) return true;
  if (Array.isArray(candidate.errors) && candidate.errors.some((inner) => isUntrustedCertificateError(inner, depth + 1))) return true;
  return isUntrustedCertificateError(candidate.cause, depth + 1);
}

/** What the user reads for isUntrustedCertificateError: what happened and the two ways to fix it. */
export function untrustedCertificateMessage(host: string): string {
  return (
    `Cannot connect securely to ${host}: certificate not trusted. A proxy or security software on your network ` +
    `may be inspecting HTTPS. Add its CA certificate to your system's trust store (for the command line, ` +
    `set NODE_EXTRA_CA_CERTS to the CA certificate file), then try again.`
  );
}

/** A proxy between the app and AWS wants credentials (407 to the request or to CONNECT). */
export function isProxyAuthenticationError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  return (error as { $metadata?: { httpStatusCode?: unknown } }).$metadata?.httpStatusCode === 407;
}

export function proxyAuthenticationMessage(host: string): string {
  return `The proxy on the way to ${host} asks for credentials (407). Put them in the proxy setting (for the command line: HTTPS_PROXY=http://USER:PASSWORD@HOST:PORT), then try again.`;
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
