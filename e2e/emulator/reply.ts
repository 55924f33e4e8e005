// The value every handler returns: status, headers, body. The server writes it; handlers stay
// free of sockets, which keeps them easy to read and to test.

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

export function jsonReply(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(value) };
}

export function textReply(status: number, text: string): Reply {
  return { status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: `${text}\n` };
}

// No script may run on our pages; inline styles only. No form-action: the consent form's answer
// is a 302 to the client's loopback port, which form-action 'self' would block in Chromium.
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'";

export function htmlReply(status: number, html: string): Reply {
  return {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PAGE_CSP, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' },
    body: html,
  };
}

export function redirectReply(location: string): Reply {
  return { status: 302, headers: { location, 'cache-control': 'no-store' } };
}
