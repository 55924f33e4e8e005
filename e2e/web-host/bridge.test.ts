// The page half of the web host's transport, in Node with a stand-in socket: what the host sends
// as JSON must come out of window.desktop exactly as Electron's IPC would deliver it.
import { describe, expect, it } from 'vitest';
import { createDesktopApi } from '../../main/preload/desktop-api';
import { createWebSocketTransport, type SocketLike } from './bridge';
import { parseServerMessage } from './host-protocol';

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

  it('does not invent a value for a failure', () => {
    expect(parseServerMessage('{"type":"response","id":1,"result":{"ok":false,"code":"internal","message":"x"}}')).toEqual({
      type: 'response',
      id: 1,
      result: { ok: false, code: 'internal', message: 'x' },
    });
  });
});
