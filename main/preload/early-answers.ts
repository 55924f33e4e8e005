// The opening requests (app/ipc/contract/opening-requests.ts), asked as the window opens and held
// until the page asks the same: the preload runs before the page's scripts, and the web host's
// bridge before the renderer's bundle, so the answers travel while the page's code loads instead
// of after it. A held answer is handed over only while it is still current: an event that arrives
// after an answer voids it (the page, asking later, would have read the newer state), and the
// page's own request goes out as usual. An answer still on its way when the page asks is handed
// over too: events before it are already in it, events after it reach the page's listeners.
import type { Result } from '../../app/ipc/result';

export interface EarlyAnswers {
  /** The held answer to `channel` asked without input, once; undefined when none is held. */
  take(channel: string, input: unknown): Promise<Result<unknown>> | undefined;
  /** An event arrived from the core. */
  noteEvent(): void;
  /** The page has begun to ask and listen: what it has not taken by the end of this turn is dropped. */
  pageStarted(): void;
  /** Whether any answer is still held (the transport must keep listening for events until none is). */
  readonly holding: boolean;
}

interface Held {
  readonly answer: Promise<Result<unknown>>;
  arrived: boolean;
}

export function askEarly<C extends string>(
  channels: readonly C[],
  ask: (channel: C) => Promise<Result<unknown>>,
  /** Runs a function after the current turn; a parameter for tests. */
  later: (run: () => void) => void = (run) => void setTimeout(run, 0),
  /** Called once nothing is held any more. */
  onEmpty: () => void = () => {},
): EarlyAnswers {
  const held = new Map<string, Held>();
  for (const channel of new Set(channels)) {
    const entry: Held = { answer: ask(channel), arrived: false };
    void entry.answer.then(() => (entry.arrived = true));
    held.set(channel, entry);
  }
  let dropScheduled = false;
  const forget = (channel: string) => {
    if (held.delete(channel) && held.size === 0) onEmpty();
  };

  return {
    take(channel, input) {
      if (input !== undefined) return undefined;
      const entry = held.get(channel);
      if (!entry) return undefined;
      forget(channel);
      return entry.answer;
    },
    noteEvent() {
      for (const [channel, entry] of [...held]) if (entry.arrived) forget(channel);
    },
    pageStarted() {
      if (dropScheduled) return;
      dropScheduled = true;
      later(() => [...held.keys()].forEach(forget));
    },
    get holding() {
      return held.size > 0;
    },
  };
}
