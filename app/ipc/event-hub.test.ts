// What a subscriber of the event hub hears: every event emitted while it listens, with its name
// and payload as given, and nothing once it has unsubscribed. A listener that (un)subscribes during
// an emit changes who hears the next event, not the one being delivered.
import { describe, expect, it } from 'vitest';
import type { AnyEventListener } from './event-hub';
import { createEventHub } from './event-hub';

type Heard = [string, unknown][];

function recorder(heard: Heard): AnyEventListener {
  return (event, payload) => {
    heard.push([event, payload]);
  };
}

describe('createEventHub', () => {
  it('delivers each event, name and payload, to every subscriber in the order they subscribed', () => {
    const hub = createEventHub();
    const order: string[] = [];
    const first: Heard = [];
    const second: Heard = [];
    hub.subscribeAll((event, payload) => {
      order.push('first');
      first.push([event, payload]);
    });
    hub.subscribeAll((event, payload) => {
      order.push('second');
      second.push([event, payload]);
    });
    const notices = [{ id: 'settings-reset' }];
    hub.emit('notices-changed', notices as never);
    hub.emit('shell-open-settings', {});
    expect(first).toEqual([['notices-changed', notices], ['shell-open-settings', {}]]);
    expect(first[0]![1]).toBe(notices);
    expect(second).toEqual(first);
    expect(order).toEqual(['first', 'second', 'first', 'second']);
  });

  it('stops delivering to a subscriber that unsubscribed, and only to that one', () => {
    const hub = createEventHub();
    const gone: Heard = [];
    const staying: Heard = [];
    const unsubscribe = hub.subscribeAll(recorder(gone));
    hub.subscribeAll(recorder(staying));
    hub.emit('shell-open-settings', {});
    unsubscribe();
    hub.emit('notices-changed', []);
    expect(gone).toEqual([['shell-open-settings', {}]]);
    expect(staying).toEqual([['shell-open-settings', {}], ['notices-changed', []]]);
  });

  it('emits to nobody without a subscriber', () => {
    const hub = createEventHub();
    expect(() => hub.emit('shell-open-settings', {})).not.toThrow();
  });

  it('delivers the current event to everyone subscribed when it was emitted, even if one unsubscribes another', () => {
    const hub = createEventHub();
    const later: Heard = [];
    let unsubscribeLater = (): void => undefined;
    hub.subscribeAll(() => unsubscribeLater());
    unsubscribeLater = hub.subscribeAll(recorder(later));
    hub.emit('shell-open-settings', {});
    hub.emit('notices-changed', []);
    expect(later).toEqual([['shell-open-settings', {}]]);
  });

  it('does not deliver the current event to a listener subscribed while it is delivered', () => {
    const hub = createEventHub();
    const added: Heard = [];
    let subscribed = false;
    hub.subscribeAll(() => {
      if (subscribed) return;
      subscribed = true;
      hub.subscribeAll(recorder(added));
    });
    hub.emit('shell-open-settings', {});
    expect(added).toEqual([]);
    hub.emit('notices-changed', []);
    expect(added).toEqual([['notices-changed', []]]);
  });
});
