// A fake DesktopApi for renderer tests: answers from a table of channel → Result, records calls.
import type { DesktopApi, RequestChannel } from '../../../app/ipc/contract';
import type { Result } from '../../../app/ipc/result';

export interface FakeDesktop extends DesktopApi {
  readonly calls: readonly string[];
}

export function fakeDesktop(answers: { readonly [C in RequestChannel]?: () => Promise<Result<unknown>> }): FakeDesktop {
  const calls: string[] = [];
  const api = {
    calls,
    async request(channel: RequestChannel) {
      calls.push(channel);
      const answer = answers[channel];
      return answer ? answer() : { ok: false, code: 'unknown-channel', message: `No fake answer for ${channel}` };
    },
    subscribe: () => () => {},
  };
  return api as unknown as FakeDesktop;
}
