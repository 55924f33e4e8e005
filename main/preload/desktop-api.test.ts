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

describe('createDesktopApi opening requests', () => {
  /** A transport whose invokes the test answers by channel, in the order it likes. */
  function holdingTransport() {
    const { transport, push, isListening } = fakeTransport();
    const answers = new Map<string, (value: unknown) => void>();
    transport.invoke.mockImplementation((channel: string) => new Promise((resolve) => answers.set(channel, resolve)));
    const answer = async (channel: string, value: unknown) => {
      answers.get(channel)!({ ok: true, value });
      await new Promise((resolve) => setTimeout(resolve, 0));
    };
    return { transport, push, isListening, answer };
  }

  it('sends them as it is created, and the page asking the same takes the answer without a second request', async () => {
    const { transport, answer } = holdingTransport();
    const api = createDesktopApi(transport, { opening: ['instances:list', 'settings:get'] });
    expect(transport.invoke.mock.calls).toEqual([['instances:list', undefined], ['settings:get', undefined]]);
    await answer('instances:list', [{ id: 'i1' }]);
    await expect(api.request('instances:list')).resolves.toEqual({ ok: true, value: [{ id: 'i1' }] });
    expect(transport.invoke).toHaveBeenCalledTimes(2);
  });

  it('asks afresh when an event came after the held answer, and the second time the page asks', async () => {
    const { transport, push, answer } = holdingTransport();
    const api = createDesktopApi(transport, { opening: ['instances:list'] });
    await answer('instances:list', ['old']);
    push('instances-changed', []);
    const asked = api.request('instances:list');
    expect(transport.invoke).toHaveBeenCalledTimes(2);
    await answer('instances:list', ['new']);
    await expect(asked).resolves.toEqual({ ok: true, value: ['new'] });
    void api.request('instances:list');
    expect(transport.invoke).toHaveBeenCalledTimes(3);
  });

  it('listens for events from the start while it holds answers, and stops once nothing is held or heard', async () => {
    const { transport, isListening, answer } = holdingTransport();
    const api = createDesktopApi(transport, { opening: ['instances:list'] });
    expect(isListening()).toBe(true);
    await answer('instances:list', []);
    // As the store connects: it subscribes, then asks, in one turn.
    const stop = api.subscribe(event, vi.fn());
    await api.request('instances:list');
    expect(isListening()).toBe(true);
    stop();
    expect(isListening()).toBe(false);
    expect(transport.listen).toHaveBeenCalledTimes(1);
  });

  it('drops the answers the page did not ask for in the turn it started in', async () => {
    const { transport, answer } = holdingTransport();
    const api = createDesktopApi(transport, { opening: ['instances:list', 'settings:get'] });
    await answer('instances:list', []);
    await answer('settings:get', {});
    api.subscribe(event, vi.fn());
    void api.request('instances:list');
    await new Promise((resolve) => setTimeout(resolve, 0));
    void api.request('settings:get');
    expect(transport.invoke.mock.calls.map(([channel]) => channel)).toEqual(['instances:list', 'settings:get', 'settings:get']);
  });

  it('ignores names outside the contract', () => {
    const { transport } = holdingTransport();
    createDesktopApi(transport, { opening: ['fs:read-file' as never] });
    expect(transport.invoke).not.toHaveBeenCalled();
    expect(transport.listen).not.toHaveBeenCalled();
  });
});
