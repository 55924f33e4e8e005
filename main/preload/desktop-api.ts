// The page's whole view of the app: `request` for contract channels and `subscribe` for contract
// events, nothing else. The Electron preload builds it over ipcRenderer; the dev web host's bridge
// builds the same object over a WebSocket, so both transports refuse the same things.
import type { DesktopApi, EventName, EventPayload, RequestChannel } from '../../app/ipc/contract';
// The names only: the contract's schemas stay out of the page (see channel-names.ts).
import { isEventName, isRequestChannel } from '../../app/ipc/contract/channel-names';
import { fail, type Result } from '../../app/ipc/result';
import { askEarly } from './early-answers';

/** What a transport must provide: send one request, and deliver every pushed event. */
export interface DesktopTransport {
  /** Resolves with the Result the core answered; rejects when the transport itself failed. */
  invoke(channel: string, input: unknown): Promise<unknown>;
  /** Calls `listener` for every event pushed by the core; returns its own unsubscribe. */
  listen(listener: (name: string, payload: unknown) => void): () => void;
}

export interface DesktopApiOptions {
  /**
   * Requests (without input) to send now, as the window opens, and hold until the page asks them
   * (see early-answers.ts): the opening requests, app/ipc/contract/opening-requests.ts.
   */
  readonly opening?: readonly RequestChannel[];
}

export function createDesktopApi(transport: DesktopTransport, options: DesktopApiOptions = {}): DesktopApi {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let stopListening: (() => void) | undefined;

  const deliver = (name: string, payload: unknown) => {
    if (!isEventName(name)) return;
    early?.noteEvent();
    for (const listener of [...(listeners.get(name) ?? [])]) listener(payload);
  };
  // One transport listener, kept while the page listens or an early answer is held (events void them).
  const startListening = () => {
    stopListening ??= transport.listen(deliver);
  };
  const stopWhenIdle = () => {
    if (listeners.size > 0 || early?.holding) return;
    stopListening?.();
    stopListening = undefined;
  };

  const send = async (channel: RequestChannel, input: unknown): Promise<Result<unknown>> => {
    try {
      const answer = await transport.invoke(channel, input);
      return isResult(answer) ? answer : fail('internal', 'The app sent an answer this page cannot read.');
    } catch {
      // The transport's own error (untrusted frame, closed socket) is not for the page to parse.
      return fail('internal', 'The app did not answer this request.');
    }
  };
  const opening = (options.opening ?? []).filter(isRequestChannel);
  const early = opening.length > 0 ? askEarly(opening, (channel) => send(channel, undefined), undefined, stopWhenIdle) : undefined;
  if (early) startListening();

  const request = async (channel: unknown, input?: unknown): Promise<Result<unknown>> => {
    if (!isRequestChannel(channel)) {
      return fail('unknown-channel', `Unknown request channel: ${String(channel).slice(0, 80)}`);
    }
    early?.pageStarted();
    return early?.take(channel, input) ?? send(channel, input);
  };

  const subscribe = <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): (() => void) => {
    if (!isEventName(event)) throw new TypeError(`Unknown event: ${String(event).slice(0, 80)}`);
    if (typeof listener !== 'function') throw new TypeError('A listener must be a function.');
    early?.pageStarted();
    startListening();
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    // Wrapped so that the same function subscribed twice gets two independent unsubscribes.
    const entry = (payload: unknown) => listener(payload as EventPayload<E>);
    set.add(entry);
    let active = true;
    return () => {
      if (!active) return;
      active = false;
      set.delete(entry);
      if (set.size === 0) listeners.delete(event);
      stopWhenIdle();
    };
  };

  return { request, subscribe } as DesktopApi;
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { ok?: unknown; code?: unknown; message?: unknown };
  if (candidate.ok === true) return 'value' in candidate;
  return candidate.ok === false && typeof candidate.code === 'string' && typeof candidate.message === 'string';
}
