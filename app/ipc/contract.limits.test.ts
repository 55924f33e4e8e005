// The limits of the contract's inputs, as the page meets them: a value at a limit is handed to the
// handler, one past it is refused as 'invalid-input' with the words naming the field and the limit.
import { describe, expect, it, vi } from 'vitest';
import type { RequestChannel } from './contract';
import { createDispatcher, type HandlerTable } from './dispatch';

const context = { senderId: 'window-1' };
const role = { instanceId: 'i-1', accountId: '111111111111', roleName: 'ReadOnly' };
const view = { id: 'i-1', startUrl: 'https://d-1.awsapps.com/start', region: 'eu-west-1', partition: 'aws', displayName: 'Payments', signInMethod: 'browser', session: { kind: 'signed-out' }, remembered: true };
const syncResult = { path: '/home/u/.aws/config', diff: '', written: false, profiles: [] };

/** A handler for every channel that answers what its channel promises, recording what it was given. */
function recordingDispatch() {
  const given = vi.fn();
  const answers: Partial<Record<RequestChannel, unknown>> = {
    'instances:add': view,
    'instances:update': view,
    'credentials:copy': { expiresAt: 1 },
    'profiles:preview-sync': syncResult,
    'profiles:sync': syncResult,
    'console:open': { way: 'browser', destination: 'https://console.aws.amazon.com/', region: 'eu-west-1', focused: false },
  };
  const handlers = new Proxy({}, { get: (_target, channel: RequestChannel) => (input: unknown) => (given(channel, input), answers[channel]) });
  return { dispatch: createDispatcher(handlers as HandlerTable, vi.fn()), given };
}

const x = (length: number) => 'x'.repeat(length);
const tooShort = (field: string) => `${field}: Too small: expected string to have >=1 characters`;
const tooLong = (field: string, max: number) => `${field}: Too big: expected string to have <=${max} characters`;

type Limit = readonly [what: string, channel: RequestChannel, input: Record<string, unknown>, refusal?: string];

const limits: Limit[] = [
  // Instance ids, wherever one names an instance.
  ['a one-character instance id', 'sessions:sign-in', { instanceId: 'i' }],
  ['a 64-character instance id', 'sessions:sign-in', { instanceId: x(64) }],
  ['an empty instance id', 'sessions:sign-in', { instanceId: '' }, tooShort('instanceId')],
  ['a 65-character instance id', 'sessions:sign-in', { instanceId: x(65) }, tooLong('instanceId', 64)],
  ['a 65-character instance id to sign out of', 'sessions:sign-out', { instanceId: x(65) }, tooLong('instanceId', 64)],
  ['a 64-character instance id to rename', 'instances:update', { instanceId: x(64), displayName: 'Billing' }],
  ['a 65-character instance id to rename', 'instances:update', { instanceId: x(65) }, tooLong('instanceId', 64)],
  ['a one-character instance id for an account', 'preferences:set-account', { instanceId: 'i', accountId: '111111111111', preferences: {} }],
  ['a 64-character instance id for an account', 'preferences:set-account', { instanceId: x(64), accountId: '111111111111', preferences: {} }],
  ['an empty instance id for an account', 'preferences:set-account', { instanceId: '', accountId: '111111111111', preferences: {} }, tooShort('instanceId')],
  ['a 65-character instance id for an account', 'preferences:set-account', { instanceId: x(65), accountId: '111111111111', preferences: {} }, tooLong('instanceId', 64)],
  // Adding an instance.
  ['an everyday instance', 'instances:add', { startUrl: 'https://d-1.awsapps.com/start', region: 'eu-west-1', displayName: 'Payments' }],
  ['a 2,048-character start URL, 64-character region and 200-character name', 'instances:add', { startUrl: x(2_048), region: x(64), displayName: x(200) }],
  ['a 2,049-character start URL', 'instances:add', { startUrl: x(2_049), region: 'eu-west-1' }, tooLong('startUrl', 2_048)],
  ['a 65-character region', 'instances:add', { startUrl: 'https://d-1.awsapps.com/start', region: x(65) }, tooLong('region', 64)],
  ['a 201-character name', 'instances:add', { startUrl: 'https://d-1.awsapps.com/start', region: 'eu-west-1', displayName: x(201) }, tooLong('displayName', 200)],
  // Renaming one.
  ['an everyday new name', 'instances:update', { instanceId: 'i-1', displayName: 'Billing' }],
  ['a 200-character new name', 'instances:update', { instanceId: 'i-1', displayName: x(200) }],
  ['a 201-character new name', 'instances:update', { instanceId: 'i-1', displayName: x(201) }, tooLong('displayName', 200)],
  // Notices.
  ['a 200-character notice id', 'notices:dismiss', { noticeId: x(200) }],
  ['a 201-character notice id', 'notices:dismiss', { noticeId: x(201) }, tooLong('noticeId', 200)],
  // A console's region this once.
  ['a one-character console region', 'console:open', { ...role, region: 'r' }],
  ['a 32-character console region', 'console:open', { ...role, region: x(32) }],
  ['an empty console region', 'console:open', { ...role, region: '' }, tooShort('region')],
  ['a 33-character console region', 'console:open', { ...role, region: x(33) }, tooLong('region', 32)],
  // The config sync.
  ['a one-character name template', 'profiles:preview-sync', { template: 'a' }],
  ['a 200-character name template', 'profiles:sync', { template: x(200) }],
  ['an empty name template', 'profiles:preview-sync', { template: '' }, tooShort('template')],
  ['a 201-character name template', 'profiles:sync', { template: x(201) }, tooLong('template', 200)],
  ['one role to sync', 'profiles:sync', { roles: [role] }],
  ['50,000 roles to sync', 'profiles:preview-sync', { roles: Array.from({ length: 50_000 }, () => role) }],
  ['50,001 roles to sync', 'profiles:preview-sync', { roles: Array.from({ length: 50_001 }, () => role) }, 'roles: Too big: expected array to have <=50000 items'],
  // Copy formats.
  ['the credentials-file snippet', 'credentials:copy', { ...role, format: 'credentials-file' }],
  ['an export format', 'credentials:copy', { ...role, format: 'fish' }],
  ['a format nobody offers', 'credentials:copy', { ...role, format: 'yaml' }, 'format: Invalid input'],
];

describe('the limits of the contract’s inputs', () => {
  it.each(limits)('%s', async (_what, channel, input, refusal) => {
    const { dispatch, given } = recordingDispatch();
    const answer = await dispatch(channel, input, context);
    if (refusal === undefined) {
      expect(answer).toMatchObject({ ok: true });
      expect(given).toHaveBeenCalledWith(channel, expect.objectContaining(input));
    } else {
      expect(answer).toEqual({ ok: false, code: 'invalid-input', message: refusal });
      expect(given).not.toHaveBeenCalled();
    }
  });
});
