import { describe, expect, it, vi } from 'vitest';
import { createDesktopApi, type DesktopTransport } from './desktop-api';
import type { DesktopApi, EventName } from '../../app/ipc/contract';

// A real event of the contract: the allow-list under test is the one the page ships.
const event: EventName = 'notices-changed';

function fakeTransport(answer: unknown = { ok: true, value: { name: 'SSO Tray' } }) {
  let deliver: ((name: string, payload: unknown) => void) | undefined;
  const transport = {
    invoke: vi.fn(async (_channel: string, _input: unknown) => answer),
    listen: vi.fn((listener: (name: string, payload: unknown) => void) => {
      deliver = listener;
      return () => {
        deliver = undefined;
      };
    }),
  } satisfies DesktopTransport;
  return { transport, push: (name: string, payload: unknown) => deliver?.(name, payload), isListening: () => deliver !== undefined };
}

/** Calls the API the way untyped page code could. */
function loose(api: DesktopApi) {
  return api as unknown as {
    request(channel: unknown, input?: unknown): Promise<unknown>;
    subscribe(event: unknown, listener: unknown): () => void;
  };
}

describe('createDesktopApi request', () => {
  it('passes a contract channel to the transport and returns its Result', async () => {
    const { transport } = fakeTransport();
    const api = createDesktopApi(transport);
    await expect(api.request('app:get-info')).resolves.toEqual({ ok: true, value: { name: 'SSO Tray' } });
    expect(transport.invoke).toHaveBeenCalledWith('app:get-info', undefined);
  });

  it.each(['fs:read-file', 'constructor', '__proto__', 'toString', '', 42, null])('refuses %s without calling the transport', async (channel) => {
    const { transport } = fakeTransport();
    const result = await loose(createDesktopApi(transport)).request(channel);
    expect(result).toMatchObject({ ok: false, code: 'unknown-channel' });
    expect(transport.invoke).not.toHaveBeenCalled();
  });

  it('turns a transport failure into a Result without its message', async () => {
    const { transport } = fakeTransport();
    transport.invoke.mockRejectedValueOnce(new Error('Refused. token=abc'));
    const result = await createDesktopApi(transport).request('app:get-info');
    expect(result).toMatchObject({ ok: false, code: 'internal' });
    expect(JSON.stringify(result)).not.toContain('abc');
  });

  it('turns an answer that is not a Result into an internal error', async () => {
    const { transport } = fakeTransport({ name: 'not a result' });
    await expect(createDesktopApi(transport).request('app:get-info')).resolves.toMatchObject({ ok: false, code: 'internal' });
  });
});

describe('createDesktopApi subscribe', () => {
  it('delivers only the payload, only to subscribers of that event', () => {
    const { transport, push } = fakeTransport();
    const api = createDesktopApi(transport);
    const listener = vi.fn();
    api.subscribe(event, listener);
    push('other:thing-changed', { x: 1 });
    push(event, { status: 'signed-in' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([{ status: 'signed-in' }]);
  });

  it('returns an unsubscribe per subscription, even for the same function twice', () => {
    const { transport, push } = fakeTransport();
    const api = createDesktopApi(transport);
    const listener = vi.fn();
    const first = api.subscribe(event, listener);
    api.subscribe(event, listener);
    first();
    first();
    push(event, {});
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('listens on the transport only while someone is subscribed', () => {
    const { transport, isListening } = fakeTransport();
    const api = createDesktopApi(transport);
    expect(isListening()).toBe(false);
    const stop = api.subscribe(event, vi.fn());
    expect(isListening()).toBe(true);
    stop();
    expect(isListening()).toBe(false);
    api.subscribe(event, vi.fn());
    expect(transport.listen).toHaveBeenCalledTimes(2);
  });

  it.each(['made:up-changed', '__proto__', 7])('refuses to subscribe to %s', (name) => {
    const { transport } = fakeTransport();
    expect(() => loose(createDesktopApi(transport)).subscribe(name, vi.fn())).toThrow(TypeError);
    expect(transport.listen).not.toHaveBeenCalled();
  });

  it('refuses a listener that is not a function', () => {
    const { transport } = fakeTransport();
    expect(() => loose(createDesktopApi(transport)).subscribe(event, 'alert(1)')).toThrow(TypeError);
  });
});
