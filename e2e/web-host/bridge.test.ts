// The page half of the web host's transport, in Node with a stand-in socket: what the host sends
// as JSON must come out of window.desktop exactly as Electron's IPC would deliver it.
import { describe, expect, it } from 'vitest';
import { createDesktopApi } from '../../main/preload/desktop-api';
import { createWebSocketTransport, webSocketUrl, type SocketLike } from './bridge';
import { openingRequestsOf, parseServerMessage } from './host-protocol';

/** An open socket whose host answers every request with `answer`, serialised as the host does. */
function answeringSocket(answer: unknown): SocketLike {
  const listeners = new Map<string, ((event: { data: unknown }) => void)[]>();
  return {
    readyState: 1,
    send(data) {
      const request = JSON.parse(data) as { id: number };
      const text = JSON.stringify({ type: 'response', id: request.id, result: answer });
      queueMicrotask(() => listeners.get('message')?.forEach((listener) => listener({ data: text })));
    },
    addEventListener(type: string, listener: (event: { data: unknown }) => void) {
      listeners.set(type, [...(listeners.get(type) ?? []), listener]);
    },
  };
}

describe('the web host bridge', () => {
  it('delivers the answer of a void channel as a Result, although JSON drops `value: undefined`', async () => {
    const desktop = createDesktopApi(createWebSocketTransport({ socket: answeringSocket({ ok: true, value: undefined }), openUrl: () => {} }));
    await expect(desktop.request('sessions:sign-out', { instanceId: 'i1' })).resolves.toEqual({ ok: true, value: undefined });
  });

  it('passes values and errors through unchanged', async () => {
    const list = createDesktopApi(createWebSocketTransport({ socket: answeringSocket({ ok: true, value: [] }), openUrl: () => {} }));
    await expect(list.request('instances:list')).resolves.toEqual({ ok: true, value: [] });
    const failing = createDesktopApi(createWebSocketTransport({ socket: answeringSocket({ ok: false, code: 'not-found', message: 'Gone.' }), openUrl: () => {} }));
    await expect(failing.request('sessions:sign-out', { instanceId: 'i1' })).resolves.toEqual({ ok: false, code: 'not-found', message: 'Gone.' });
  });

  it('sends a request on an open socket at once, before anything the caller queued next', async () => {
    const sent: string[] = [];
    const socket = answeringSocket({ ok: true, value: [] });
    const recording: SocketLike = { ...socket, send: (data) => { sent.push(JSON.parse(data).channel); socket.send(data); }, addEventListener: socket.addEventListener };
    const desktop = createDesktopApi(createWebSocketTransport({ socket: recording, openUrl: () => {} }));
    // A render that the caller's state change scheduled just before, in a microtask (as React does):
    // the request must be out before it runs.
    let sentBeforeTheRender: string[] | undefined;
    queueMicrotask(() => (sentBeforeTheRender = [...sent]));
    const answer = desktop.request('instances:list');
    await expect(answer).resolves.toEqual({ ok: true, value: [] });
    expect(sentBeforeTheRender).toEqual(['instances:list']);
  });

  it('waits for a connecting socket to open before it sends', async () => {
    const sent: string[] = [];
    let open: () => void = () => {};
    const socket: SocketLike & { readyState: number } = {
      readyState: 0,
      send: (data) => sent.push(JSON.parse(data).channel),
      addEventListener(type: string, listener: (event: { readonly data: unknown }) => void) {
        if (type === 'open') open = () => { socket.readyState = 1; listener({ data: undefined }); };
      },
    };
    const desktop = createDesktopApi(createWebSocketTransport({ socket, openUrl: () => {} }));
    void desktop.request('instances:list');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sent).toEqual([]);
    open();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sent).toEqual(['instances:list']);
  });

  it('asks the opening requests in the socket address, and takes their answers by their negative ids', async () => {
    const address = new URL(webSocketUrl('http://127.0.0.1:5000/?token=t0k', ['instances:list', 'settings:get'])!);
    expect(address.searchParams.get('token')).toBe('t0k');
    expect(openingRequestsOf(address.searchParams)).toEqual(['instances:list', 'settings:get']);

    const sent: string[] = [];
    let deliver: (text: string) => void = () => {};
    const socket: SocketLike = {
      readyState: 0,
      send: (data) => sent.push(data),
      addEventListener(type: string, listener: (event: { readonly data: unknown }) => void) {
        if (type === 'message') deliver = (text) => listener({ data: text });
      },
    };
    const transport = createWebSocketTransport({ socket, openUrl: () => {}, opening: ['instances:list', 'settings:get'] });
    const desktop = createDesktopApi(transport, { opening: ['instances:list', 'settings:get'] });
    // The host answers as the connection opens, before the page could send anything.
    deliver(JSON.stringify({ type: 'response', id: -2, result: { ok: true, value: { theme: 'dark' } } }));
    deliver(JSON.stringify({ type: 'response', id: -1, result: { ok: true, value: [] } }));
    await expect(desktop.request('settings:get')).resolves.toEqual({ ok: true, value: { theme: 'dark' } });
    await expect(desktop.request('instances:list')).resolves.toEqual({ ok: true, value: [] });
    expect(sent).toEqual([]);
  });

  it('puts no opening requests in the address when there are none', () => {
    expect(webSocketUrl('http://127.0.0.1:5000/?token=t0k')).toBe('ws://127.0.0.1:5000/desktop?token=t0k');
    expect(webSocketUrl('http://127.0.0.1:5000/')).toBeUndefined();
  });

  it('does not invent a value for a failure', () => {
    expect(parseServerMessage('{"type":"response","id":1,"result":{"ok":false,"code":"internal","message":"x"}}')).toEqual({
      type: 'response',
      id: 1,
      result: { ok: false, code: 'internal', message: 'x' },
    });
  });
});
