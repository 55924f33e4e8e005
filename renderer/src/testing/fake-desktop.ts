// A fake DesktopApi for renderer tests: answers from a table of channel → Result, records calls
// (channel and input), and lets a test push events to whoever subscribed.
import type { DesktopApi, EventName, EventPayload, RequestChannel, RequestInput } from '../../../app/ipc/contract';
import type { Result } from '../../../app/ipc/result';

export interface FakeDesktop extends DesktopApi {
  /** The channels requested, in order. */
  readonly calls: readonly string[];
  /** The requests with their inputs, in order. */
  readonly requests: readonly { readonly channel: RequestChannel; readonly input: unknown }[];
  /** Delivers an event to the current subscribers. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  listenerCount(event: EventName): number;
}

export type FakeAnswers = {
  readonly [C in RequestChannel]?: (input: RequestInput<C>) => Promise<Result<unknown>>;
};

export function fakeDesktop(answers: FakeAnswers = {}): FakeDesktop {
  const calls: string[] = [];
  const requests: { channel: RequestChannel; input: unknown }[] = [];
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const api = {
    calls,
    requests,
    async request(channel: RequestChannel, input?: unknown) {
      calls.push(channel);
      requests.push({ channel, input });
      const answer = answers[channel] as ((input: unknown) => Promise<Result<unknown>>) | undefined;
      return answer ? answer(input) : { ok: false, code: 'unknown-channel', message: `No fake answer for ${channel}` };
    },
    subscribe(event: EventName, listener: (payload: unknown) => void) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
    emit(event: EventName, payload: unknown) {
      for (const listener of [...(listeners.get(event) ?? [])]) listener(payload);
    },
    listenerCount: (event: EventName) => listeners.get(event)?.size ?? 0,
  };
  return api as unknown as FakeDesktop;
}
