// One named core event for main's own listeners (tray, notifications). Main subscribes in the same
// synchronous step that composes the core, so the start-up events (instances after restore,
// notices raised while starting) cannot be missed.
import type { EventName, EventPayload } from '../app/ipc/contract';
import type { EventHub } from '../app/ipc/event-hub';

export function onCoreEvent<E extends EventName>(hub: EventHub, name: E, listener: (payload: EventPayload<E>) => void): () => void {
  return hub.subscribeAll((event: EventName, payload: unknown) => {
    if (event === name) listener(payload as EventPayload<E>);
  });
}
