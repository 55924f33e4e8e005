// The AWS SDK's HTTP layer over Electron's network stack (`net.fetch`): the requests go where the
// user's browser would send them, through the system proxy or PAC file, trusting what the OS
// trust store trusts (a TLS-inspecting corporate proxy's CA included). A Smithy request handler,
// so the SDK's retries, abort signals and parsing stay as they are (docs/corporate-networks.md).
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { HeaderBag, HttpHandlerOptions, HttpRequest, HttpResponse, QueryParameterBag, RequestHandler, RequestHandlerOutput } from '@smithy/types';
import type { SdkTimeouts } from '../../app/aws/sdk-clients';

/** `net.fetch`'s shape (the WHATWG one); tests pass a fake, the composition Electron's. */
export type FetchFunction = (input: string, init: FetchInit) => Promise<Response>;

/** RequestInit with the fields Node's types leave out and Electron's net.fetch reads. */
export type FetchInit = RequestInit & { readonly duplex?: 'half'; readonly cache?: 'no-store' };

export interface NetFetchHandlerOptions {
  readonly fetch: FetchFunction;
  readonly timeouts: SdkTimeouts;
}

interface HandlerConfig {
  requestTimeout: number;
  connectionTimeout: number;
}

/**
 * Headers the network stack sets itself (Chromium refuses or rewrites them): the SDK adds `host`
 * and `content-length` for Node's http module, which needs them and Chromium does not.
 */
const stackOwnedHeaders = new Set(['host', 'content-length', 'connection', 'transfer-encoding', 'expect', 'keep-alive']);

export class NetFetchHandler implements RequestHandler<HttpRequest, HttpResponse, HttpHandlerOptions> {
  readonly metadata = { handlerProtocol: 'http/1.1' };
  readonly #fetch: FetchFunction;
  readonly #config: HandlerConfig;

  constructor(options: NetFetchHandlerOptions) {
    this.#fetch = options.fetch;
    this.#config = { requestTimeout: options.timeouts.requestMs, connectionTimeout: options.timeouts.connectionMs };
  }

  /**
   * One request. net.fetch tells nobody when the connection is up, so one limit covers the whole
   * exchange, connection and body included: the request timeout (never shorter than the
   * connection one). Breaching it rejects with TimeoutError, like the SDK's Node handler.
   */
  async handle(request: HttpRequest, options: HttpHandlerOptions = {}): Promise<RequestHandlerOutput<HttpResponse>> {
    const { abortSignal } = options;
    if (abortSignal?.aborted) throw abortError();
    const limitMs = Math.max(options.requestTimeout ?? this.#config.requestTimeout, this.#config.connectionTimeout);
    const controller = new AbortController();
    let failure: Error | undefined;
    const stop = (error: Error) => {
      failure ??= error;
      controller.abort(failure);
    };
    const timer = setTimeout(() => stop(timeoutError(limitMs)), limitMs);
    const onAbort = () => stop(abortError());
    addAbortListener(abortSignal, onAbort);
    const settle = () => {
      clearTimeout(timer);
      removeAbortListener(abortSignal, onAbort);
    };

    const method = request.method.toUpperCase();
    const body = method === 'GET' || method === 'HEAD' ? undefined : requestBody(request.body);
    let response: Response;
    try {
      response = await this.#fetch(requestUrl(request), {
        method,
        headers: requestHeaders(request.headers),
        // (Node's and the DOM's typings disagree on which Uint8Array a body may be; fetch takes any.)
        ...(body === undefined ? {} : { body: body as NonNullable<RequestInit['body']>, ...(isStream(body) ? { duplex: 'half' as const } : {}) }),
        signal: controller.signal,
        // The session's cookies are the app pages' business, never an AWS API's.
        credentials: 'omit',
        // Nothing from AWS goes to the disk cache (role credentials come over GET).
        cache: 'no-store',
        // Like the SDK's Node handler: a redirect is an answer, never followed with the token.
        redirect: 'manual',
      });
    } catch (error) {
      settle();
      throw failure ?? networkError(error);
    }

    const headers = responseHeaders(response.headers);
    if (response.body === null) {
      settle();
      return { response: { statusCode: response.status, reason: response.statusText, headers, body: Readable.from([]) } };
    }
    // The limit keeps running while the SDK reads the body: aborting fails the read with its reason.
    const stream = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
    stream.once('close', settle);
    return { response: { statusCode: response.status, reason: response.statusText, headers, body: stream } };
  }

  updateHttpClientConfig(key: keyof HandlerConfig, value: number): void {
    this.#config[key] = value;
  }

  httpHandlerConfigs(): HandlerConfig {
    return { ...this.#config };
  }

  destroy(): void {
    // Nothing pooled here: Chromium owns the connections.
  }
}

function requestUrl(request: HttpRequest): string {
  const query = queryString(request.query ?? {});
  const auth = request.username || request.password ? `${encodeURIComponent(request.username ?? '')}:${encodeURIComponent(request.password ?? '')}@` : '';
  const port = request.port ? `:${request.port}` : '';
  return `${request.protocol}//${auth}${request.hostname}${port}${request.path}${query ? `?${query}` : ''}${request.fragment ? `#${request.fragment}` : ''}`;
}

/** The SDK's own encoding (RFC 3986: also `!'()*`), keys in the order given, arrays repeated. */
function queryString(query: QueryParameterBag): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (value === null) parts.push(escapeUri(key));
    else for (const item of Array.isArray(value) ? value : [value]) parts.push(`${escapeUri(key)}=${escapeUri(item)}`);
  }
  return parts.join('&');
}

function escapeUri(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function requestHeaders(headers: HeaderBag): Headers {
  const result = new Headers();
  for (const [name, value] of Object.entries(headers)) {
    if (!stackOwnedHeaders.has(name.toLowerCase())) result.set(name, value);
  }
  return result;
}

function responseHeaders(headers: Headers): HeaderBag {
  const result: Record<string, string> = {};
  // Headers iterates lower-cased names, repeated values already joined with ", ".
  headers.forEach((value, name) => {
    result[name] = value;
  });
  return result;
}

type Body = string | Uint8Array | ReadableStream<Uint8Array>;

function requestBody(body: unknown): Body | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  // A streaming body (an upload): sent as it is read, never gathered in memory first.
  if (body instanceof Readable) return webStream(body);
  if (body instanceof ReadableStream) return body as ReadableStream<Uint8Array>;
  throw new TypeError('The request body is not a string, bytes or a stream');
}

/** A Node stream as a web one, read on demand; string chunks become bytes (fetch sends only bytes). */
function webStream(stream: Readable): ReadableStream<Uint8Array> {
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<string | Uint8Array>;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(typeof value === 'string' ? Buffer.from(value) : value);
    },
    cancel(reason) {
      stream.destroy(reason instanceof Error ? reason : undefined);
    },
  });
}

function isStream(body: Body): body is ReadableStream<Uint8Array> {
  return body instanceof ReadableStream;
}

type AnyAbortSignal = NonNullable<HttpHandlerOptions['abortSignal']>;

function addAbortListener(signal: AnyAbortSignal | undefined, listener: () => void): void {
  if (!signal) return;
  if ('addEventListener' in signal && typeof signal.addEventListener === 'function') signal.addEventListener('abort', listener, { once: true });
  else signal.onabort = listener;
}

function removeAbortListener(signal: AnyAbortSignal | undefined, listener: () => void): void {
  if (!signal) return;
  if ('removeEventListener' in signal && typeof signal.removeEventListener === 'function') signal.removeEventListener('abort', listener);
  else if (signal.onabort === listener) signal.onabort = null;
}

function abortError(): Error {
  return Object.assign(new Error('Request aborted'), { name: 'AbortError' });
}

function timeoutError(limitMs: number): Error {
  return Object.assign(new Error(`No complete answer within ${limitMs} ms`), { name: 'TimeoutError' });
}

/**
 * Chromium reports a failed request as `net::ERR_…`: kept as the error's `code`, so the app's
 * error mapping (app/aws/network-errors.ts) tells an untrusted certificate from a dead network.
 */
function networkError(error: unknown): Error {
  const text = error instanceof Error ? `${error.message} ${String((error.cause as Error | undefined)?.message ?? '')}` : String(error);
  const code = /net::(ERR_[A-Z0-9_]+)/.exec(text)?.[1];
  const timedOut = code === 'ERR_TIMED_OUT' || code === 'ERR_CONNECTION_TIMED_OUT';
  return Object.assign(new Error(code ? `The request failed: net::${code}` : 'The request failed', { cause: error }), {
    name: timedOut ? 'TimeoutError' : 'NetworkingError',
    ...(code ? { code } : {}),
  });
}
