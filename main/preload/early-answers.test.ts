// The opening requests' held answers: handed over once, only while no event has come after them.
import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../app/ipc/result';
import { askEarly } from './early-answers';

/** An ask whose answers the test settles, and a `later` the test runs by hand. */
function setup(channels: readonly string[]) {
  const settle = new Map<string, (result: Result<unknown>) => void>();
  const ask = vi.fn((channel: string) => new Promise<Result<unknown>>((resolve) => settle.set(channel, resolve)));
  const scheduled: (() => void)[] = [];
  const onEmpty = vi.fn();
  const early = askEarly(channels, ask, (run) => scheduled.push(run), onEmpty);
  const arrive = async (channel: string, value: unknown) => {
    settle.get(channel)!({ ok: true, value });
    await Promise.resolve();
    await Promise.resolve();
  };
  return { early, ask, arrive, onEmpty, runLater: () => scheduled.splice(0).forEach((run) => run()) };
}

describe('askEarly', () => {
  it('asks each channel once, at once', () => {
    const { ask } = setup(['instances:list', 'settings:get', 'instances:list']);
    expect(ask.mock.calls.map(([channel]) => channel)).toEqual(['instances:list', 'settings:get']);
  });

  it('hands an answer over once, and only to a request without input', async () => {
    const { early, arrive } = setup(['instances:list']);
    await arrive('instances:list', ['i1']);
    expect(early.take('instances:list', { instanceId: 'x' })).toBeUndefined();
    await expect(early.take('instances:list', undefined)).resolves.toEqual({ ok: true, value: ['i1'] });
    expect(early.take('instances:list', undefined)).toBeUndefined();
    expect(early.take('settings:get', undefined)).toBeUndefined();
  });

  it('hands over an answer still on its way, whatever events come before it', async () => {
    const { early, arrive } = setup(['instances:list']);
    early.noteEvent();
    const taken = early.take('instances:list', undefined);
    expect(taken).toBeDefined();
    await arrive('instances:list', ['newest']);
    await expect(taken).resolves.toEqual({ ok: true, value: ['newest'] });
  });

  it('voids the answers that arrived before an event, and keeps those still on their way', async () => {
    const { early, arrive, onEmpty } = setup(['instances:list', 'portal:get-snapshots']);
    await arrive('instances:list', ['old']);
    early.noteEvent();
    expect(early.take('instances:list', undefined)).toBeUndefined();
    expect(early.holding).toBe(true);
    expect(onEmpty).not.toHaveBeenCalled();
    await arrive('portal:get-snapshots', []);
    await expect(early.take('portal:get-snapshots', undefined)).resolves.toEqual({ ok: true, value: [] });
    expect(early.holding).toBe(false);
    expect(onEmpty).toHaveBeenCalledTimes(1);
  });

  it('drops what the page has not taken by the end of the turn it started in', async () => {
    const { early, arrive, runLater, onEmpty } = setup(['instances:list', 'settings:get']);
    await arrive('instances:list', []);
    early.pageStarted();
    early.pageStarted();
    expect(early.take('instances:list', undefined)).toBeDefined();
    runLater();
    expect(early.take('settings:get', undefined)).toBeUndefined();
    expect(early.holding).toBe(false);
    expect(onEmpty).toHaveBeenCalledTimes(1);
  });
});
