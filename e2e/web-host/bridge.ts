// Browser code: `window.desktop` for the dev web host. It is the preload's DesktopApi
// (main/preload/desktop-api.ts, same allow-list) over a WebSocket instead of ipcRenderer, plus
// the host-only "open this URL" message, which it turns into window.open so Playwright sees a popup.
import type { DesktopApi } from '../../app/ipc/contract';
import { createDesktopApi, type DesktopTransport } from '../../main/preload/desktop-api';
import { parseServerMessage, webSocketPath } from './host-protocol';

export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  addEventListener(type: 'open' | 'close' | 'error', listener: () => void): void;
  addEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
}

export interface WebSocketBridgeOptions {
  readonly socket: SocketLike;
  /** Called for the host's `host:open-url`. */
  readonly openUrl: (url: string) => void;
}

const openState = 1;

/** A transport over one socket: request ids pair answers with requests; Results pass through as sent. */
export function createWebSocketTransport(options: WebSocketBridgeOptions): DesktopTransport {
  const { socket } = options;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const listeners = new Set<(name: string, payload: unknown) => void>();
  let nextId = 1;
  let closed = false;

  const opened = new Promise<void>((resolve, reject) => {
    if (socket.readyState === openState) resolve();
    socket.addEventListener('open', () => resolve());
    socket.addEventListener('close', () => reject(new Error('The web host closed the connection.')));
  });
  opened.catch(() => {}); // observed by invoke; no unhandled rejection when nobody asked yet

  socket.addEventListener('message', (event) => {
    const message = typeof event.data === 'string' ? parseServerMessage(event.data) : undefined;
    if (!message) return;
    switch (message.type) {
      case 'response':
        pending.get(message.id)?.resolve(message.result);
        pending.delete(message.id);
        return;
      case 'event':
        for (const listener of [...listeners]) listener(message.name, message.payload);
        return;
      case 'host:open-url':
        options.openUrl(message.url);
        return;
    }
  });

  socket.addEventListener('close', () => {
    closed = true;
    for (const entry of pending.values()) entry.reject(new Error('The web host closed the connection.'));
    pending.clear();
  });

  return {
    async invoke(channel, input) {
      // Once open, sent in the caller's turn: a render the caller's state change scheduled (React
      // renders store updates in a microtask) must not run before the request is on its way.
      if (socket.readyState !== openState) await opened;
      if (closed) throw new Error('The web host closed the connection.');
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        socket.send(JSON.stringify({ type: 'request', id, channel, input }));
      });
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The socket address for a page URL: same host, the token from the page's query. */
export function webSocketUrl(pageUrl: string): string | undefined {
  const page = new URL(pageUrl);
  const token = page.searchParams.get('token');
  if (!token) return undefined;
  const scheme = page.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${page.host}${webSocketPath}?token=${encodeURIComponent(token)}`;
}

/**
 * Installs `window.desktop` before the renderer runs (e2e/web-host/entry.ts imports this first).
 * Without a token in the URL it installs nothing, and the renderer shows its "cannot reach the
 * app" page.
 */
export function installBridge(target: Window): DesktopApi | undefined {
  const url = webSocketUrl(target.location.href);
  if (!url) return undefined;
  const desktop = createDesktopApi(createWebSocketTransport({ socket: new WebSocket(url), openUrl: (link) => openInNewTab(target, link) }));
  // Read-only, like contextBridge.exposeInMainWorld: page code cannot swap the bridge.
  Object.defineProperty(target, 'desktop', { value: Object.freeze(desktop), enumerable: true });
  return desktop;
}

function openInNewTab(target: Window, link: string): void {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return;
  const opened = target.open(url.href, '_blank');
  if (opened) {
    opened.opener = null;
    return;
  }
  // A browser's popup blocker stops window.open outside a click; offer the link instead.
  showBlockedPopupNotice(target.document, url.href);
}

function showBlockedPopupNotice(document: Document, href: string): void {
  const notice = document.createElement('div');
  notice.setAttribute('role', 'alert');
  Object.assign(notice.style, {
    position: 'fixed', left: '8px', right: '8px', bottom: '8px', padding: '8px 12px',
    background: '#fff4e5', color: '#1d1f23', border: '1px solid #d9730d', borderRadius: '6px', zIndex: '1000',
  });
  notice.append('The browser blocked a new tab. ');
  const link = document.createElement('a');
  link.href = href;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.textContent = 'Open the link the app asked for';
  link.addEventListener('click', () => notice.remove());
  notice.append(link);
  document.body.append(notice);
}
