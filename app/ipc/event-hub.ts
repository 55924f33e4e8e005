// Services publish contract events here; main forwards them to windows, the web host to sockets.
import type { EventName, EventPayload } from './contract';

export type AnyEventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface EventHub {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /** Listens to every event; returns its own unsubscribe. */
  subscribeAll(listener: AnyEventListener): () => void;
}

export function createEventHub(): EventHub {
  const listeners = new Set<AnyEventListener>();
  return {
    emit(event, payload) {
      for (const listener of [...listeners]) listener(event, payload);
    },
    subscribeAll(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
