// Browser code: `window.desktop` for the dev web host. It is the preload's DesktopApi
// (main/preload/desktop-api.ts, same allow-list) over a WebSocket instead of ipcRenderer, plus
// the host-only "open this URL" message, which it turns into window.open so Playwright sees a popup.
import type { DesktopApi } from '../../app/ipc/contract';
import { createDesktopApi, type DesktopTransport } from '../../main/preload/desktop-api';
import { openingRequests } from '../../app/ipc/contract/opening-requests';
import { maxOpeningRequests, openingParameter, openingRequestId, parseServerMessage, webSocketPath } from './host-protocol';

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
  /**
   * The requests the socket's address asked for (webSocketUrl's `opening`): the host answers them as
   * the connection opens, under the ids openingRequestId gives. The first invoke of each, without
   * input, takes that answer instead of sending.
   */
  readonly opening?: readonly string[];
}

const openState = 1;

/** A transport over one socket: request ids pair answers with requests; Results pass through as sent. */
export function createWebSocketTransport(options: WebSocketBridgeOptions): DesktopTransport {
  const { socket } = options;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const listeners = new Set<(name: string, payload: unknown) => void>();
  let nextId = 1;
  let closed = false;
  const announced = new Map<string, Promise<unknown>>();
  (options.opening ?? []).slice(0, maxOpeningRequests).forEach((channel, index) => {
    if (announced.has(channel)) return; // asked twice: the first answer serves
    announced.set(channel, new Promise((resolve, reject) => pending.set(openingRequestId(index), { resolve, reject })));
  });

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
      const answer = input === undefined ? announced.get(channel) : undefined;
      if (answer) {
        announced.delete(channel);
        return answer;
      }
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

/**
 * The socket address for a page URL: same host, the token from the page's query, and the opening
 * requests. A WebSocket cannot send until it is open, and its open event waits for the page's
 * scripts to finish loading; asked in the address, the requests reach the host with the handshake,
 * as the preload's reach main before the page's scripts run.
 */
export function webSocketUrl(pageUrl: string, opening: readonly string[] = []): string | undefined {
  const page = new URL(pageUrl);
  const token = page.searchParams.get('token');
  if (!token) return undefined;
  const scheme = page.protocol === 'https:' ? 'wss:' : 'ws:';
  const query = new URLSearchParams({ token });
  if (opening.length > 0) query.set(openingParameter, opening.slice(0, maxOpeningRequests).join(','));
  return `${scheme}//${page.host}${webSocketPath}?${query.toString()}`;
}

/**
 * Installs `window.desktop` before the renderer runs (e2e/web-host/entry.ts imports this first).
 * Without a token in the URL it installs nothing, and the renderer shows its "cannot reach the
 * app" page.
 */
export function installBridge(target: Window): DesktopApi | undefined {
  const url = webSocketUrl(target.location.href, openingRequests);
  if (!url) return undefined;
  const transport = createWebSocketTransport({ socket: new WebSocket(url), openUrl: (link) => openInNewTab(target, link), opening: openingRequests });
  const desktop = createDesktopApi(transport, { opening: openingRequests });
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
