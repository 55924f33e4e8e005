// Core events → a transport (Electron's webContents.send, the web host's sockets). Payloads pass
// through their contract schema on the way out, like request outputs in app/ipc/dispatch.ts, so a
// field the contract does not name (a token on a session object) never reaches a page.
import type { z } from 'zod';
import { events, type EventName } from '../ipc/contract';
import type { EventHub } from '../ipc/event-hub';

export type SendEvent = (name: EventName, payload: unknown) => void;

/** Starts forwarding; returns the unsubscribe. A payload that fails its schema is reported, not sent. */
export function forwardEvents(hub: EventHub, send: SendEvent, reportInvalid: (name: EventName, error: unknown) => void): () => void {
  return hub.subscribeAll((name, payload) => {
    // Widened: the schema table is indexed by a runtime name (and is empty until areas add events).
    const schema = (events as Readonly<Record<string, z.ZodType | undefined>>)[name];
    const parsed = schema?.safeParse(payload);
    if (!parsed?.success) {
      reportInvalid(name, parsed ? parsed.error : new Error('No schema for this event'));
      return;
    }
    send(name, parsed.data);
  });
}
