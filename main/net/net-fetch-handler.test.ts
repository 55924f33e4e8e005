// The SDK's HTTP layer over net.fetch, against a fake net.fetch (Node's own Request/Response
// classes, which net.fetch also speaks): what goes out, what comes back, and how it stops.
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { RegisterClientCommand, SSOOIDCClient } from '@aws-sdk/client-sso-oidc';
import type { HttpRequest } from '@smithy/types';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { classifyOidcError } from '../../app/aws/oidc-errors';
import { NetFetchHandler, type FetchInit } from './net-fetch-handler';

const timeouts = { connectionMs: 1_000, requestMs: 5_000 };

interface Call {
  readonly url: string;
  readonly init: FetchInit;
}

/** A fake net.fetch that records each call and answers with `answer(call)`. */
function fakeFetch(answer: (call: Call) => Promise<Response> | Response = () => new Response('{}')) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (url: string, init: FetchInit) => {
    const call = { url, init };
    calls.push(call);
    return answer(call);
  });
  return { fetch, calls };
}

/** A net.fetch that never answers until its signal aborts, like a server that hangs. */
function hangingFetch() {
  return fakeFetch(
    ({ init }) =>
      new Promise<Response>((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason), { once: true });
      }),
  );
}

const request = (fields: Partial<HttpRequest> = {}): HttpRequest => ({
  method: 'POST',
  protocol: 'https:',
  hostname: 'oidc.eu-west-1.amazonaws.com',
  path: '/client/register',
  headers: { 'content-type': 'application/json', host: 'oidc.eu-west-1.amazonaws.com', 'content-length': '2', 'x-amz-user-agent': 'aws-sdk-js/3' },
  query: {},
  body: '{}',
  ...fields,
});

afterEach(() => {
  vi.useRealTimers();
});

describe('NetFetchHandler: the request', () => {
  it('sends method, URL, headers and body, without cookies, cache or redirects', async () => {
    const { fetch, calls } = fakeFetch();
    await new NetFetchHandler({ fetch, timeouts }).handle(request());
    expect(calls).toHaveLength(1);
    const [{ url, init }] = calls as [Call];
    expect(url).toBe('https://oidc.eu-west-1.amazonaws.com/client/register');
    expect(init).toMatchObject({ method: 'POST', body: '{}', credentials: 'omit', cache: 'no-store', redirect: 'manual' });
    // Chromium sets host and content-length itself; the SDK's own headers go as they are.
    expect(Object.fromEntries(new Headers(init.headers))).toEqual({ 'content-type': 'application/json', 'x-amz-user-agent': 'aws-sdk-js/3' });
  });

  it('builds the query, port and fragment as the SDK encodes them', async () => {
    const { fetch, calls } = fakeFetch();
    await new NetFetchHandler({ fetch, timeouts }).handle(
      request({ method: 'GET', hostname: '127.0.0.1', port: 9443, protocol: 'https:', path: '/assignment/roles', query: { account_id: '111111111111', next_token: "a b/c+d!'()*", flag: null, many: ['1', '2'] }, fragment: 'x', body: undefined }),
    );
    expect(calls[0]?.url).toBe("https://127.0.0.1:9443/assignment/roles?account_id=111111111111&next_token=a%20b%2Fc%2Bd%21%27%28%29%2A&flag&many=1&many=2#x");
  });

  it('sends no body with GET, even when the SDK set one', async () => {
    const { fetch, calls } = fakeFetch();
    await new NetFetchHandler({ fetch, timeouts }).handle(request({ method: 'GET', body: 'ignored' }));
    expect(calls[0]?.init).not.toHaveProperty('body');
  });

  it('streams a Node stream body, half duplex', async () => {
    const { fetch, calls } = fakeFetch(async ({ init }) => new Response(await new Response(init.body as ReadableStream).text()));
    const { response } = await new NetFetchHandler({ fetch, timeouts }).handle(request({ body: Readable.from(['{"a":', '1}']) }));
    expect(calls[0]?.init.duplex).toBe('half');
    expect(calls[0]?.init.body).toBeInstanceOf(ReadableStream);
    await expect(text(response.body as Readable)).resolves.toBe('{"a":1}');
  });

  it('sends bytes as bytes', async () => {
    const { fetch, calls } = fakeFetch();
    await new NetFetchHandler({ fetch, timeouts }).handle(request({ body: Buffer.from('{"b":2}') }));
    expect(new TextDecoder().decode(calls[0]?.init.body as Uint8Array)).toBe('{"b":2}');
    expect(calls[0]?.init).not.toHaveProperty('duplex');
  });
});

describe('NetFetchHandler: the response', () => {
  it('gives the SDK status, reason, lower-case headers and the body as a Node stream', async () => {
    const headers = new Headers([['Content-Type', 'application/json'], ['X-Amzn-RequestId', 'r-1'], ['Set-Cookie', 'a=1'], ['Vary', 'A'], ['Vary', 'B']]);
    const { fetch } = fakeFetch(() => new Response('{"clientId":"c"}', { status: 400, statusText: 'Bad Request', headers }));
    const { response } = await new NetFetchHandler({ fetch, timeouts }).handle(request());
    expect(response.statusCode).toBe(400);
    expect(response.reason).toBe('Bad Request');
    expect(response.headers).toMatchObject({ 'content-type': 'application/json', 'x-amzn-requestid': 'r-1', vary: 'A, B' });
    expect(response.body).toBeInstanceOf(Readable);
    await expect(text(response.body as Readable)).resolves.toBe('{"clientId":"c"}');
  });

  it('answers a bodiless response with an empty stream', async () => {
    const { fetch } = fakeFetch(() => new Response(null, { status: 204 }));
    const { response } = await new NetFetchHandler({ fetch, timeouts }).handle(request());
    expect(response.statusCode).toBe(204);
    await expect(text(response.body as Readable)).resolves.toBe('');
  });

  it('serves a real SDK client: RegisterClient parses from what it returns', async () => {
    const { fetch, calls } = fakeFetch(
      () => new Response(JSON.stringify({ clientId: 'client-1', clientSecret: 'secret-1', clientIdIssuedAt: 1, clientSecretExpiresAt: 2 }), { headers: { 'content-type': 'application/json' } }),
    );
    const client = new SSOOIDCClient({ region: 'eu-west-1', endpoint: 'https://oidc.eu-west-1.amazonaws.com', requestHandler: new NetFetchHandler({ fetch, timeouts }), maxAttempts: 1 });
    const output = await client.send(new RegisterClientCommand({ clientName: 'sso-tray', clientType: 'public' }));
    expect(output).toMatchObject({ clientId: 'client-1', clientSecret: 'secret-1' });
    expect(calls[0]?.url).toBe('https://oidc.eu-west-1.amazonaws.com/client/register');
    expect(JSON.parse(calls[0]?.init.body as string)).toEqual({ clientName: 'sso-tray', clientType: 'public' });
    client.destroy();
  });
});

describe('NetFetchHandler: abort and time limits', () => {
  it('never calls net.fetch for a signal that is already aborted', async () => {
    const { fetch } = fakeFetch();
    const controller = new AbortController();
    controller.abort();
    await expect(new NetFetchHandler({ fetch, timeouts }).handle(request(), { abortSignal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('aborts the request in flight when the caller aborts', async () => {
    const { fetch, calls } = hangingFetch();
    const controller = new AbortController();
    const pending = new NetFetchHandler({ fetch, timeouts }).handle(request(), { abortSignal: controller.signal });
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls[0]?.init.signal?.aborted).toBe(true);
  });

  it('gives up with TimeoutError when no answer comes within the request limit', async () => {
    vi.useFakeTimers();
    const { fetch, calls } = hangingFetch();
    const pending = new NetFetchHandler({ fetch, timeouts }).handle(request());
    const outcome = pending.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(calls[0]?.init.signal?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(outcome).resolves.toMatchObject({ name: 'TimeoutError' });
    expect(calls[0]?.init.signal?.aborted).toBe(true);
  });

  it('keeps the limit while the body is read: a stalled body fails with TimeoutError', async () => {
    vi.useFakeTimers();
    const { fetch } = fakeFetch(({ init }) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"partial":'));
          init.signal?.addEventListener('abort', () => controller.error(init.signal?.reason), { once: true });
        },
      });
      return new Response(body);
    });
    const { response } = await new NetFetchHandler({ fetch, timeouts }).handle(request());
    const reading = text(response.body as Readable).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(5_000);
    await expect(reading).resolves.toMatchObject({ name: 'TimeoutError' });
  });

  it('takes a per-call limit from the SDK, and the changed config', async () => {
    vi.useFakeTimers();
    const { fetch } = hangingFetch();
    const handler = new NetFetchHandler({ fetch, timeouts });
    handler.updateHttpClientConfig('requestTimeout', 2_000);
    expect(handler.httpHandlerConfigs()).toEqual({ requestTimeout: 2_000, connectionTimeout: 1_000 });
    const outcome = handler.handle(request()).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(outcome).resolves.toMatchObject({ name: 'TimeoutError' });
  });

  it('clears its timer once the answer is read, so nothing fires later', async () => {
    vi.useFakeTimers();
    const { fetch } = fakeFetch(() => new Response('{}'));
    const { response } = await new NetFetchHandler({ fetch, timeouts }).handle(request());
    await text(response.body as Readable);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe("NetFetchHandler: Chromium's errors", () => {
  it.each([
    ['net::ERR_CERT_AUTHORITY_INVALID', 'untrusted-certificate', 'certificate not trusted'],
    ['net::ERR_PROXY_CONNECTION_FAILED', 'network', 'Cannot reach IAM Identity Center'],
    ['net::ERR_NAME_NOT_RESOLVED', 'network', 'Cannot reach IAM Identity Center'],
    ['net::ERR_CONNECTION_TIMED_OUT', 'timeout', 'did not answer in time'],
  ])('%s reads as %s', async (chromiumMessage, kind, message) => {
    const { fetch } = fakeFetch(() => Promise.reject(new Error(chromiumMessage)));
    const error = await new NetFetchHandler({ fetch, timeouts }).handle(request()).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: chromiumMessage.slice('net::'.length) });
    const classified = classifyOidcError(error, 'oidc.eu-west-1.amazonaws.com');
    expect(classified.kind).toBe(kind);
    expect(classified.message).toContain(message);
  });
});
