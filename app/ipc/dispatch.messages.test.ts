// What the page reads in a failed Result: the words for each kind of refusal, short enough to
// show, naming the field that was wrong, and never a channel accepted in disguise.
import { describe, expect, it, vi } from 'vitest';
import { isRequestChannel } from './contract';
import { createDispatcher, type HandlerTable } from './dispatch';
import { assertNever } from './result';

const context = { senderId: 'test' };
const handlers = {
  'app:get-info': () => ({ name: 'SSO Tray', version: '1', runtime: 'web-host', platform: 'linux' }),
  'instances:add': vi.fn(),
} as unknown as HandlerTable;

describe('the dispatcher’s messages', () => {
  it('names an unknown channel, cut to 80 characters', async () => {
    const dispatch = createDispatcher(handlers, vi.fn());
    expect(await dispatch('fs:read-file', undefined, context)).toEqual({ ok: false, code: 'unknown-channel', message: 'Unknown request channel: fs:read-file' });
    const long = await dispatch(`x${'y'.repeat(500)}`, undefined, context);
    expect(long).toEqual({ ok: false, code: 'unknown-channel', message: `Unknown request channel: x${'y'.repeat(79)}` });
  });

  it.each([
    ['an array', ['app:get-info']],
    ['an object that prints as a channel', { toString: () => 'app:get-info' }],
    ['a boxed string', Object('app:get-info') as unknown],
  ])('refuses a channel name given as %s', async (_name, channel) => {
    expect(isRequestChannel(channel)).toBe(false);
    const dispatch = createDispatcher(handlers, vi.fn());
    expect(await dispatch(channel, undefined, context)).toMatchObject({ ok: false, code: 'unknown-channel' });
  });

  it('names the fields that are wrong, at most three, separated by semicolons', async () => {
    const dispatch = createDispatcher(handlers, vi.fn());
    const result = await dispatch('instances:add', { startUrl: 1, region: 2, displayName: 3, signInMethod: 4 }, context);
    expect(result).toMatchObject({ ok: false, code: 'invalid-input' });
    const message = (result as { message: string }).message;
    const parts = message.split('; ');
    expect(parts).toHaveLength(3);
    expect(parts.map((part) => part.split(':')[0])).toEqual(['startUrl', 'region', 'displayName']);
    for (const part of parts) expect(part).toMatch(/^\w+: \S/);
    expect(handlers['instances:add']).not.toHaveBeenCalled();
  });

  it('says something went wrong, in words, for an unexpected error', async () => {
    const dispatch = createDispatcher({ ...handlers, 'app:get-info': () => { throw new TypeError('x is undefined'); } } as HandlerTable, vi.fn());
    expect(await dispatch('app:get-info', undefined, context)).toEqual({
      ok: false,
      code: 'internal',
      message: 'Something went wrong inside the app. The details are in the log.',
    });
  });
});

describe('assertNever', () => {
  it('throws, naming the value a switch did not expect', () => {
    expect(() => assertNever({ kind: 'from-a-newer-version' } as never)).toThrow('Unexpected value: {"kind":"from-a-newer-version"}');
  });
});
