import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createEventHub } from '../ipc/event-hub';
import type { EventName } from '../ipc/contract';

// The contract has no events yet; this test gives it one so forwarding can be exercised.
vi.mock('../ipc/contract', () => ({
  events: { 'test:status-changed': z.object({ status: z.string() }) },
}));

const { forwardEvents } = await import('./forward-events');
const name = 'test:status-changed' as EventName;

describe('forwardEvents', () => {
  it('sends a payload that matches its schema, stripped to the fields the contract names', () => {
    const hub = createEventHub();
    const send = vi.fn();
    forwardEvents(hub, send, vi.fn());
    hub.emit(name, { status: 'signed-in', accessToken: 'secret' } as never);
    expect(send).toHaveBeenCalledWith(name, { status: 'signed-in' });
  });

  it('reports and drops a payload that does not match', () => {
    const hub = createEventHub();
    const send = vi.fn();
    const report = vi.fn();
    forwardEvents(hub, send, report);
    hub.emit(name, { status: 42 } as never);
    expect(send).not.toHaveBeenCalled();
    expect(report).toHaveBeenCalledWith(name, expect.anything());
  });

  it('drops an event the contract does not define', () => {
    const hub = createEventHub();
    const send = vi.fn();
    const report = vi.fn();
    forwardEvents(hub, send, report);
    hub.emit('made:up-changed' as EventName, {} as never);
    expect(send).not.toHaveBeenCalled();
    expect(report).toHaveBeenCalled();
  });

  it('stops after unsubscribe', () => {
    const hub = createEventHub();
    const send = vi.fn();
    const stop = forwardEvents(hub, send, vi.fn());
    stop();
    hub.emit(name, { status: 'x' } as never);
    expect(send).not.toHaveBeenCalled();
  });
});
