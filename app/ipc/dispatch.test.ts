import { describe, expect, it, vi } from 'vitest';
import { createDispatcher, type HandlerTable } from './dispatch';
import { AppError } from './result';

const context = { senderId: 'test' };

function handlers(overrides: Partial<HandlerTable> = {}): HandlerTable {
  return {
    'app:get-info': () => ({ name: 'SSO Tray', version: '1.2.3', runtime: 'web-host', platform: 'linux' }),
    ...overrides,
  } as HandlerTable;
}

describe('createDispatcher', () => {
  it('answers a known channel with the handler value', async () => {
    const dispatch = createDispatcher(handlers(), vi.fn());
    await expect(dispatch('app:get-info', undefined, context)).resolves.toEqual({
      ok: true,
      value: { name: 'SSO Tray', version: '1.2.3', runtime: 'web-host', platform: 'linux' },
    });
  });

  it('rejects an unknown channel without calling anything', async () => {
    const dispatch = createDispatcher(handlers(), vi.fn());
    const result = await dispatch('fs:read-file', '/etc/passwd', context);
    expect(result).toMatchObject({ ok: false, code: 'unknown-channel' });
  });

  it('rejects a prototype key posing as a channel', async () => {
    const dispatch = createDispatcher(handlers(), vi.fn());
    expect(await dispatch('constructor', undefined, context)).toMatchObject({ ok: false, code: 'unknown-channel' });
  });

  it('rejects input that does not match the schema before the handler runs', async () => {
    const handler = vi.fn();
    const dispatch = createDispatcher(handlers({ 'app:get-info': handler }), vi.fn());
    const result = await dispatch('app:get-info', { unexpected: true }, context);
    expect(result).toMatchObject({ ok: false, code: 'invalid-input' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('strips fields the contract does not name from the output', async () => {
    const dispatch = createDispatcher(
      handlers({
        'app:get-info': () =>
          ({ name: 'n', version: 'v', runtime: 'electron', platform: 'p', accessToken: 'secret' }) as never,
      }),
      vi.fn(),
    );
    const result = await dispatch('app:get-info', undefined, context);
    expect(result.ok && result.value).toEqual({ name: 'n', version: 'v', runtime: 'electron', platform: 'p' });
  });

  it('passes an AppError through as its code and message', async () => {
    const dispatch = createDispatcher(
      handlers({ 'app:get-info': () => Promise.reject(new AppError('throttled', 'AWS is throttling; retrying soon.')) }),
      vi.fn(),
    );
    expect(await dispatch('app:get-info', undefined, context)).toEqual({
      ok: false,
      code: 'throttled',
      message: 'AWS is throttling; retrying soon.',
    });
  });

  it('hides the message of an unexpected error and reports it', async () => {
    const report = vi.fn();
    const dispatch = createDispatcher(
      handlers({ 'app:get-info': () => { throw new Error('token=abc123 leaked'); } }),
      report,
    );
    const result = await dispatch('app:get-info', undefined, context);
    expect(result).toMatchObject({ ok: false, code: 'internal' });
    expect(JSON.stringify(result)).not.toContain('abc123');
    expect(report).toHaveBeenCalledWith('app:get-info', expect.any(Error));
  });
});
