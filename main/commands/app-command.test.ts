import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../app/ipc/result';
import { runAppCommand, type AppCommand, type AppCommandDeps } from './app-command';

function deps(answer: Result<unknown> = { ok: true, value: undefined }) {
  const log: string[] = [];
  const requests: unknown[] = [];
  const value = {
    request: vi.fn(async (channel: string, input: unknown) => {
      requests.push([channel, input]);
      return answer;
    }),
    showWindow: vi.fn(),
    quit: vi.fn(),
    logger: { info: () => {}, warn: (message: string, details?: unknown) => log.push(`${message} ${JSON.stringify(details)}`), error: () => {} },
  };
  return { deps: value as unknown as AppCommandDeps & typeof value, log, requests };
}

describe('runAppCommand', () => {
  it.each<[AppCommand, unknown[], boolean]>([
    [{ kind: 'sign-in', instanceId: 'i1' }, [['sessions:sign-in', { instanceId: 'i1' }]], true],
    [{ kind: 'sign-out', instanceId: 'i1' }, [['sessions:sign-out', { instanceId: 'i1' }]], false],
    [{ kind: 'cancel-sign-in', instanceId: 'i1' }, [['sessions:cancel-sign-in', { instanceId: 'i1' }]], false],
    [{ kind: 'open-sign-in-page', instanceId: 'i1' }, [['sessions:open-sign-in-page', { instanceId: 'i1' }]], false],
    [{ kind: 'open' }, [], true],
    [{ kind: 'open-settings' }, [], true],
    [{ kind: 'quick-action', action: 'open-console', role: { instanceId: 'i1', accountId: '111122223333', roleName: 'Admin' } }, [['quick-switcher:run', { action: 'open-console', role: { instanceId: 'i1', accountId: '111122223333', roleName: 'Admin' } }]], false],
  ])('%j → requests %j, window shown: %s', async (command, expected, shown) => {
    const { deps: d, requests } = deps();
    await runAppCommand(command, d);
    expect(requests).toEqual(expected);
    expect(d.showWindow).toHaveBeenCalledTimes(shown ? 1 : 0);
    expect(d.quit).not.toHaveBeenCalled();
  });

  it('the quick switcher entry opens the switcher, not the window', async () => {
    const { deps: d, requests } = deps();
    const showQuickSwitcher = vi.fn();
    await runAppCommand({ kind: 'quick-switcher' }, { ...d, showQuickSwitcher });
    expect(showQuickSwitcher).toHaveBeenCalledTimes(1);
    expect(d.showWindow).not.toHaveBeenCalled();
    expect(requests).toEqual([]);
  });

  it('quit quits and asks the core nothing', async () => {
    const { deps: d, requests } = deps();
    await runAppCommand({ kind: 'quit' }, d);
    expect(d.quit).toHaveBeenCalledTimes(1);
    expect(requests).toEqual([]);
  });

  it('logs a refused request with its code, since a menu has nowhere to show it', async () => {
    const { deps: d, log } = deps({ ok: false, code: 'not-found', message: 'This IAM Identity Center instance is no longer in the list.' });
    await runAppCommand({ kind: 'sign-out', instanceId: 'gone' }, d);
    expect(log).toEqual([expect.stringMatching(/command failed .*"channel":"sessions:sign-out","code":"not-found"/)]);
  });
});
