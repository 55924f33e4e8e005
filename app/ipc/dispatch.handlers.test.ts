// What a handler is given and what the page gets back from it: the parsed input (as the contract
// shapes it) and the sender, a value checked against the contract's output on its way out, and the
// words of each refusal, naming the field by its full path or, for the whole input, none.
import { describe, expect, it, vi } from 'vitest';
import { ZodError } from 'zod';
import { createDispatcher, type HandlerTable } from './dispatch';
import { AppError } from './result';

const context = { senderId: 'window-7' };
const role = { instanceId: 'i-1', accountId: '111111111111', roleName: 'ReadOnly' };

function dispatcherWith(overrides: Record<string, unknown>, report = vi.fn()) {
  return { dispatch: createDispatcher(overrides as unknown as HandlerTable, report), report };
}

describe('what a handler is given', () => {
  it('the input as the schema parsed it, and the sender', async () => {
    const handler = vi.fn();
    const { dispatch } = dispatcherWith({ 'preferences:set-account': handler });
    const answer = await dispatch('preferences:set-account', { instanceId: 'i-1', accountId: '111111111111', preferences: { alias: '  Payments  ' }, extra: 1 }, context);
    expect(answer).toEqual({ ok: true, value: undefined });
    expect(handler).toHaveBeenCalledTimes(1);
    expect(handler).toHaveBeenCalledWith({ instanceId: 'i-1', accountId: '111111111111', preferences: { alias: 'Payments' } }, context);
  });
});

describe('what the page gets back', () => {
  it('an internal error, reported with the zod error, when a handler answers outside the contract', async () => {
    const { dispatch, report } = dispatcherWith({ 'credentials:copy': () => ({ expiresAt: 'tomorrow' }) });
    expect(await dispatch('credentials:copy', role, context)).toEqual({
      ok: false,
      code: 'internal',
      message: 'Something went wrong inside the app. The details are in the log.',
    });
    expect(report).toHaveBeenCalledTimes(1);
    expect(report).toHaveBeenCalledWith('credentials:copy', expect.any(ZodError));
  });

  it('the code and message of an AppError thrown at once, without reporting it', async () => {
    const { dispatch, report } = dispatcherWith({
      'portal:refresh': () => {
        throw new AppError('signed-out', 'Sign in to refresh the list.');
      },
    });
    expect(await dispatch('portal:refresh', { instanceId: 'i-1' }, context)).toEqual({ ok: false, code: 'signed-out', message: 'Sign in to refresh the list.' });
    expect(report).not.toHaveBeenCalled();
  });

  it('the value a handler resolves to', async () => {
    const { dispatch } = dispatcherWith({ 'credentials:copy': () => Promise.resolve({ expiresAt: 1_700_000_000_000 }) });
    expect(await dispatch('credentials:copy', { ...role, format: 'credentials-file' }, context)).toEqual({ ok: true, value: { expiresAt: 1_700_000_000_000 } });
  });
});

describe('the words of a refusal', () => {
  it('for the whole input: the issue alone, no path before it', async () => {
    const { dispatch } = dispatcherWith({});
    expect(await dispatch('app:get-info', { unexpected: true }, context)).toEqual({
      ok: false,
      code: 'invalid-input',
      message: 'Invalid input: expected void, received object',
    });
  });

  it('for a nested field: its path joined with dots', async () => {
    const { dispatch } = dispatcherWith({});
    expect(await dispatch('quick-switcher:run', { action: 'open-console', role: { ...role, accountId: '42' } }, context)).toEqual({
      ok: false,
      code: 'invalid-input',
      message: 'role.accountId: Invalid string: must match pattern /^\\d{12}$/',
    });
  });

  it('for an item of a list: its index in the path', async () => {
    const { dispatch } = dispatcherWith({});
    expect(await dispatch('profiles:sync', { roles: [role, { ...role, roleName: '' }] }, context)).toEqual({
      ok: false,
      code: 'invalid-input',
      message: 'roles.1.roleName: Too small: expected string to have >=1 characters',
    });
  });
});
