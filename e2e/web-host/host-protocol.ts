// The web host's wire format, shared by the Node server and the page's bridge (browser code: no
// Node imports here). It carries the product contract unchanged (channel, input, Result, event)
// plus one host-only message, `host:open-url`, which is not part of the contract: it stands in
// for the system browser so Playwright can follow "open in browser" as a popup.
//
// Messages are JSON, where Electron's IPC uses structured clone: contract data must stay
// JSON-compatible (timestamps as strings or numbers, no Date or Map) for both transports to agree.
import type { Result } from '../../app/ipc/result';

/** Path of the WebSocket endpoint; the token travels in its query, like the page's. */
export const webSocketPath = '/desktop';

/**
 * The socket address's query parameter naming requests to answer as the connection opens: request
 * channels without input, comma-separated (the page's opening requests, see bridge.ts).
 */
export const openingParameter = 'opening';

/** The most requests one address may ask; more are ignored. */
export const maxOpeningRequests = 16;

/** The id of the answer to the `index`-th request in the address: negative, so it never meets the page's own ids. */
export function openingRequestId(index: number): number {
  return -(index + 1);
}

/** The channels the address asks for, in its order (the index gives the answer's id), at most maxOpeningRequests. */
export function openingRequestsOf(query: URLSearchParams): string[] {
  const value = query.get(openingParameter);
  return value ? value.split(',').slice(0, maxOpeningRequests) : [];
}

export interface RequestMessage {
  readonly type: 'request';
  readonly id: number;
  readonly channel: string;
  readonly input?: unknown;
}

export type ServerMessage =
  | { readonly type: 'response'; readonly id: number; readonly result: Result<unknown> }
  | { readonly type: 'event'; readonly name: string; readonly payload: unknown }
  | { readonly type: 'host:open-url'; readonly url: string };

/**
 * The close code for a frame the socket refused (RFC 6455 §7.4.1), from the error ws reports:
 * 1009 for a message over the size limit, 1007 for text that is not UTF-8, 1002 for any other
 * broken frame.
 */
export function closeCodeForFrameError(error: unknown): number {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  switch (code) {
    case 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH':
      return 1009;
    case 'WS_ERR_INVALID_UTF8':
      return 1007;
    default:
      return 1002;
  }
}

/** Parses what a page sent; undefined for anything that is not a well-formed request. */
export function parseRequestMessage(text: string): RequestMessage | undefined {
  const value = parseJsonObject(text);
  if (!value || value.type !== 'request') return undefined;
  if (!Number.isSafeInteger(value.id) || typeof value.channel !== 'string') return undefined;
  return { type: 'request', id: value.id as number, channel: value.channel, input: value.input };
}

/** Parses what the host sent; undefined for anything the bridge does not know. */
export function parseServerMessage(text: string): ServerMessage | undefined {
  const value = parseJsonObject(text);
  if (!value) return undefined;
  switch (value.type) {
    case 'response':
      return Number.isSafeInteger(value.id) && typeof value.result === 'object' && value.result !== null
        ? { type: 'response', id: value.id as number, result: restoreVoidValue(value.result as Record<string, unknown>) }
        : undefined;
    case 'event':
      return typeof value.name === 'string' ? { type: 'event', name: value.name, payload: value.payload } : undefined;
    case 'host:open-url':
      return typeof value.url === 'string' ? { type: 'host:open-url', url: value.url } : undefined;
    default:
      return undefined;
  }
}

/**
 * JSON has no `undefined`: the answer of a channel whose output is void, `{ ok: true, value:
 * undefined }`, arrives as `{ ok: true }`. Put the key back, as Electron's structured clone keeps it,
 * so the preload's Result check accepts the same answers on both transports.
 */
function restoreVoidValue(result: Record<string, unknown>): Result<unknown> {
  return (result.ok === true && !('value' in result) ? { ...result, value: undefined } : result) as Result<unknown>;
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
