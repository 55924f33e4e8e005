// Every request channel of the contract, through the dispatcher: an everyday input reaches the
// handler as the contract shapes it (each field it names kept, a stray one dropped), and the page
// gets the handler's answer with exactly the fields the contract names (an internal one dropped).
import { describe, expect, it } from 'vitest';
import { defaultAppSettings } from '../model/app-settings';
import { emptyPreferences } from '../model/preferences';
import { requestChannels, type RequestChannel } from './contract';
import { createDispatcher, type HandlerTable } from './dispatch';

const context = { senderId: 'window-1' };
const role = { instanceId: 'i-1', accountId: '111111111111', roleName: 'ReadOnly' };
const progress = { instanceId: 'i-1', phase: 'idle', accountsWithRoles: 0, accounts: 0 };
const syncResult = { path: '/home/u/.aws/config', diff: '+[profile a]\n', written: true, profiles: [{ name: 'a', role }] };
const stray = { stray: 'dropped' };
const view = { id: 'i-1', startUrl: 'https://d-1.awsapps.com/start', region: 'eu-west-1', partition: 'aws', displayName: 'Payments', signInMethod: 'device-code', session: { kind: 'signed-out' }, remembered: true };

interface Case {
  /** What the page sends; every case also carries a stray key, which the handler must not see. */
  readonly input: unknown;
  /** What the handler is given; the input itself when absent. */
  readonly given?: unknown;
  /** What the handler answers, before the contract strips it. */
  readonly answer: unknown;
  /** What the page gets back; the answer itself when absent. */
  readonly value?: unknown;
}

const withStray = (value: object): object => ({ ...value, ...stray });

const cases: Record<RequestChannel, Case> = {
  'app:get-info': { input: undefined, answer: withStray({ name: 'SSO Tray', version: '1.0.0', runtime: 'cli', platform: 'linux' }), value: { name: 'SSO Tray', version: '1.0.0', runtime: 'cli', platform: 'linux' } },
  'instances:list': { input: undefined, answer: [] },
  'instances:add': {
    input: { startUrl: 'https://d-1.awsapps.com/start', region: 'eu-west-1', displayName: 'Payments', signInMethod: 'device-code' },
    answer: view,
  },
  'instances:update': { input: { instanceId: 'i-1', displayName: 'Billing', signInMethod: 'browser' }, answer: withStray({ ...view, displayName: 'Billing' }), value: { ...view, displayName: 'Billing' } },
  'instances:remove': { input: { instanceId: 'i-1' }, answer: undefined },
  'sessions:sign-in': { input: { instanceId: 'i-1', method: 'device-code' }, answer: undefined },
  'sessions:cancel-sign-in': { input: { instanceId: 'i-1' }, answer: undefined },
  'sessions:open-sign-in-page': { input: { instanceId: 'i-1' }, answer: undefined },
  'sessions:sign-out': { input: { instanceId: 'i-1' }, answer: undefined },
  'notices:list': { input: undefined, answer: [] },
  'notices:dismiss': { input: { noticeId: 'settings-reset' }, answer: undefined },
  'portal:get-snapshot': { input: { instanceId: 'i-1' }, answer: withStray({ instanceId: 'i-1', accounts: [], progress }), value: { instanceId: 'i-1', accounts: [], progress } },
  'portal:get-snapshots': { input: undefined, answer: [withStray({ instanceId: 'i-1', accounts: [], progress })], value: [{ instanceId: 'i-1', accounts: [], progress }] },
  'portal:refresh': { input: { instanceId: 'i-1' }, answer: undefined },
  'preferences:get': { input: undefined, answer: emptyPreferences() },
  'preferences:set-favourite': { input: { ...role, favourite: false }, answer: undefined },
  'preferences:set-account': { input: { instanceId: 'i-1', accountId: '111111111111', preferences: { colour: 'red' } }, answer: undefined },
  'settings:get': { input: undefined, answer: defaultAppSettings() },
  'settings:update': {
    input: { console: { logOutFirst: true } },
    // The patch's groups are the settings' own, defaults and all.
    given: { console: { ...defaultAppSettings().console, logOutFirst: true } },
    answer: defaultAppSettings(),
  },
  'console:open': {
    input: { ...role, destination: 'ec2', region: 'eu-west-1', sessionSeconds: 3_600, way: 'browser', logOutFirst: true },
    answer: withStray({ way: 'browser', destination: 'https://console.aws.amazon.com/ec2/home', region: 'eu-west-1', partition: 'persist:role-1', focused: false, sessionEndsAt: 1_700_000_000_000, signInUrl: 'https://signin.aws.amazon.com/federation?SigninToken=secret' }),
    value: { way: 'browser', destination: 'https://console.aws.amazon.com/ec2/home', region: 'eu-west-1', partition: 'persist:role-1', focused: false, sessionEndsAt: 1_700_000_000_000 },
  },
  'profiles:preview-sync': { input: { style: 'credential-process', template: '{account}-{role}', roles: [role] }, answer: withStray(syncResult), value: syncResult },
  'profiles:sync': { input: { style: 'sso-session', template: '{role}', roles: [role] }, answer: { ...syncResult, profiles: [{ name: 'a', role, secret: 'x' }] }, value: syncResult },
  'profiles:set-active': { input: { profile: 'default', role }, answer: undefined },
  'profiles:get-active': {
    input: undefined,
    answer: [{ profile: 'default', role, expiresAt: 1_700_000_000_000, accessKeyId: 'ASIA' }],
    value: [{ profile: 'default', role, expiresAt: 1_700_000_000_000 }],
  },
  'credentials:copy': { input: { ...role, format: 'credentials-file' }, answer: withStray({ expiresAt: 1_700_000_000_000 }), value: { expiresAt: 1_700_000_000_000 } },
  'credentials:preview': {
    input: role,
    answer: { maskedAccessKeyId: 'ASIA…XYZ1', expiresAt: 1_700_000_000_000, region: 'eu-west-1', profileName: '111111111111_ReadOnly', credentialProcessLine: 'credential_process = sso-tray', secretAccessKey: 'secret' },
    value: { maskedAccessKeyId: 'ASIA…XYZ1', expiresAt: 1_700_000_000_000, region: 'eu-west-1', profileName: '111111111111_ReadOnly', credentialProcessLine: 'credential_process = sso-tray' },
  },
  'credentials:copy-process-line': { input: role, answer: undefined },
  'quick-switcher:get-actions': { input: undefined, answer: ['copy-credentials', 'open-console'] },
  'quick-switcher:run': { input: { action: 'make-active', role }, answer: undefined },
};

describe('every request channel', () => {
  it('has a case here', () => {
    expect(Object.keys(cases).sort()).toEqual([...requestChannels].sort());
  });

  it.each(Object.entries(cases))('%s: the handler gets the input as named, the page the answer as named', async (channel, testCase) => {
    const calls: unknown[][] = [];
    const handlers = Object.fromEntries(
      requestChannels.map((name) => [
        name,
        (...args: unknown[]) => {
          calls.push([name, ...args]);
          return testCase.answer;
        },
      ]),
    ) as unknown as HandlerTable;
    const dispatch = createDispatcher(handlers, (_channel, error) => {
      throw error;
    });
    const sent = testCase.input === undefined ? undefined : withStray(testCase.input as object);
    expect(await dispatch(channel, sent, context)).toEqual({ ok: true, value: 'value' in testCase ? testCase.value : testCase.answer });
    expect(calls).toEqual([[channel, 'given' in testCase ? testCase.given : testCase.input, context]]);
  });
});
