import { describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '../ipc/dispatch';
import type { HandlerTable } from '../ipc/dispatch';
import { quickActionsArea } from './quick-actions-area';

const role = { instanceId: 'i1', accountId: '111122223333', roleName: 'Admin' };

function dispatcher(runners: Parameters<typeof quickActionsArea.handlers>[0]) {
  return createDispatcher(quickActionsArea.handlers(runners) as unknown as HandlerTable, () => {});
}

describe('quick actions area', () => {
  it('offers only the actions that have a runner, in menu order', async () => {
    const dispatch = dispatcher({ 'make-active': async () => {}, 'open-console': async () => {} });
    expect(await dispatch('quick-switcher:get-actions', undefined, { senderId: 't' })).toEqual({ ok: true, value: ['open-console', 'make-active'] });
    expect(await dispatcher({})('quick-switcher:get-actions', undefined, { senderId: 't' })).toEqual({ ok: true, value: [] });
  });

  it('runs an offered action with the role', async () => {
    const open = vi.fn(async () => {});
    expect(await dispatcher({ 'open-console': open })('quick-switcher:run', { action: 'open-console', role }, { senderId: 't' })).toEqual({ ok: true, value: undefined });
    expect(open).toHaveBeenCalledWith(role);
  });

  it('refuses an action this build does not have, in words, and a malformed role', async () => {
    const dispatch = dispatcher({});
    expect(await dispatch('quick-switcher:run', { action: 'copy-credentials', role }, { senderId: 't' })).toEqual({ ok: false, code: 'not-found', message: 'Copy credentials is not available in this version of the app.' });
    expect(await dispatch('quick-switcher:run', { action: 'open-console', role: { ...role, accountId: '12' } }, { senderId: 't' })).toMatchObject({ ok: false, code: 'invalid-input' });
  });
});
