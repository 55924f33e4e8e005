import { describe, expect, it } from 'vitest';
import { defaultAppSettings } from '../../app/model/app-settings';
import type { InstanceView } from '../../app/model/instance-view';
import type { PortalDiff } from '../../app/model/portal';
import type { SessionState } from '../../app/model/session';
import { emptyRuleMemory, notificationsFor, type NotificationSwitches, type RuleMemory, type ShellNotification, type ShellObservation } from './notification-rules';

const now = 1_700_000_000_000;
const minutes = (count: number) => count * 60_000;
const on = defaultAppSettings().notifications;

function instance(session: SessionState, id = 'i1', displayName = 'payments'): InstanceView {
  return { id, startUrl: `https://${displayName}.awsapps.com/start`, region: 'eu-west-1', partition: 'aws', displayName, signInMethod: 'browser', session, remembered: true };
}
const signedIn = (sessionExpiresAt?: number): SessionState => ({ kind: 'signed-in', accessTokenExpiresAt: now + minutes(60), ...(sessionExpiresAt === undefined ? {} : { sessionExpiresAt }) });
const looks = (sessions: readonly SessionState[], at = now): ShellObservation => ({ kind: 'instances', instances: sessions.map((session) => instance(session)), now: at });

/** Feeds observations in order; the notifications each produced. */
function run(observations: readonly ShellObservation[], switches: NotificationSwitches = on): ShellNotification[][] {
  let memory: RuleMemory = emptyRuleMemory;
  return observations.map((observation) => {
    const next = notificationsFor(memory, observation, switches);
    memory = next.memory;
    return next.notifications;
  });
}

const diff = (added: number, removed: number): PortalDiff => ({
  addedAccounts: Array.from({ length: added }, (_, n) => String(100000000000 + n)),
  removedAccounts: Array.from({ length: removed }, (_, n) => String(200000000000 + n)),
  renamedAccounts: [],
  addedRoles: [],
  removedRoles: [],
});

describe('session expiring soon', () => {
  it('fires once when the end comes within 15 minutes, with a Sign in action, and not again on the next looks', () => {
    const end = now + minutes(20);
    const fired = run([looks([signedIn(end)]), looks([signedIn(end)], now + minutes(6)), looks([signedIn(end)], now + minutes(7)), looks([signedIn(end)], now + minutes(19))]);
    expect(fired.map((list) => list.length)).toEqual([0, 1, 0, 0]);
    expect(fired[1]![0]).toEqual({
      kind: 'expiringSoon',
      title: 'Session ending soon',
      body: 'Your session for payments ends in 14 minutes. Sign in again to keep working.',
      onClick: { kind: 'sign-in', instanceId: 'i1' },
      action: { label: 'Sign in', command: { kind: 'sign-in', instanceId: 'i1' } },
    });
  });

  it('a new session (signed in again) with its own end warns again when that one nears', () => {
    const fired = run([looks([signedIn(now + minutes(10))]), looks([signedIn(now + minutes(600))]), looks([signedIn(now + minutes(600))], now + minutes(590))]);
    expect(fired.map((list) => list.map((item) => item.kind))).toEqual([['expiringSoon'], [], ['expiringSoon']]);
  });

  it('never for a session that has already ended or whose end is unknown', () => {
    expect(run([looks([signedIn(now - 1)]), looks([signedIn()])]).flat()).toEqual([]);
  });

  it('off: nothing, and turning it on later does not warn about the same session late', () => {
    const end = now + minutes(10);
    let memory: RuleMemory = emptyRuleMemory;
    const off = notificationsFor(memory, looks([signedIn(end)]), { ...on, expiringSoon: false });
    expect(off.notifications).toEqual([]);
    memory = off.memory;
    expect(notificationsFor(memory, looks([signedIn(end)], now + minutes(1)), on).notifications).toEqual([]);
  });
});

describe('sign-in finished', () => {
  it.each<[string, SessionState]>([
    ['from the browser', { kind: 'awaiting-browser', authorizeUrl: 'https://x' }],
    ['from a device code', { kind: 'awaiting-device-code', userCode: 'A', verificationUri: 'https://x', verificationUriComplete: 'https://x', expiresAt: 1 }],
    ['from starting', { kind: 'starting-sign-in' }],
  ])('fires once %s', (_name, waiting) => {
    const fired = run([looks([waiting]), looks([signedIn()]), looks([signedIn()]), looks([{ kind: 'refreshing', accessTokenExpiresAt: now }]), looks([signedIn()])]);
    expect(fired.map((list) => list.map((item) => item.title))).toEqual([[], ['Signed in'], [], [], []]);
    expect(fired[1]![0]!.body).toBe('You are signed in to payments.');
  });

  it('not for a session restored at start (it was never waiting for the user)', () => {
    expect(run([looks([{ kind: 'signed-out' }]), looks([signedIn()])]).flat()).toEqual([]);
    expect(run([looks([signedIn()])]).flat()).toEqual([]);
  });

  it('off: nothing', () => {
    expect(run([looks([{ kind: 'awaiting-browser', authorizeUrl: 'https://x' }]), looks([signedIn()])], { ...on, signInFinished: false }).flat()).toEqual([]);
  });
});

describe('accounts changed after a refresh', () => {
  const refreshed = (added: number, removed: number, accountsNow: number): ShellObservation => ({ kind: 'portal-refreshed', instanceName: 'payments', diff: diff(added, removed), accountsNow });

  it.each<[string, ShellObservation, string[]]>([
    ['new accounts', refreshed(2, 0, 12), ['payments: 2 new accounts.']],
    ['one removed', refreshed(0, 1, 9), ['payments: 1 account removed.']],
    ['both', refreshed(1, 3, 8), ['payments: 1 new account, 3 accounts removed.']],
    ['the first listing "adds" every account: nothing', refreshed(40, 0, 40), []],
    ['renamed or roles only: nothing', refreshed(0, 0, 10), []],
  ])('%s', (_name, observation, bodies) => {
    expect(run([observation]).flat().map((item) => item.body)).toEqual(bodies);
  });

  it('fires once per refresh, and off means nothing', () => {
    expect(run([refreshed(2, 0, 12)]).flat()).toHaveLength(1);
    expect(run([refreshed(2, 0, 12)], { ...on, accountsChanged: false }).flat()).toEqual([]);
  });
});

describe('active profile not renewed', () => {
  const renewal = (renewed: boolean, profile = 'default'): ShellObservation => ({ kind: 'profile-renewal', profile, roleLabel: 'Payments / Admin', renewed });

  it('tells once per failure episode, naming the profile and the role; a success ends the episode', () => {
    const fired = run([renewal(false), renewal(false), renewal(false), renewal(true), renewal(false)]);
    expect(fired.map((list) => list.length)).toEqual([1, 0, 0, 0, 1]);
    expect(fired[0]).toEqual([
      {
        kind: 'profileRenewalFailed',
        title: 'Active profile not renewed',
        body: 'The credentials in profile "default" (Payments / Admin) could not be renewed; tools using it will fail once they expire. Sign in again or choose another role.',
        onClick: { kind: 'open' },
      },
    ]);
  });

  it('keeps each profile\'s episode apart', () => {
    const fired = run([renewal(false, 'default'), renewal(false, 'work'), renewal(false, 'default')]);
    expect(fired.map((list) => list.map((notification) => notification.body.match(/profile "(\w+)"/)?.[1]))).toEqual([['default'], ['work'], []]);
  });

  it('says nothing with its switch off, and turning it on mid-episode does not tell about the old failure', () => {
    const off = { ...on, profileRenewalFailed: false };
    let memory: RuleMemory = emptyRuleMemory;
    const step = (observation: ShellObservation, switches: NotificationSwitches) => {
      const next = notificationsFor(memory, observation, switches);
      memory = next.memory;
      return next.notifications;
    };
    expect(step(renewal(false), off)).toEqual([]);
    expect(step(renewal(false), on)).toEqual([]);
    expect(step(renewal(true), on)).toEqual([]);
    expect(step(renewal(false), on)).toHaveLength(1);
  });

  it('survives the instances rule: a look at the sessions does not forget an episode', () => {
    const fired = run([renewal(false), looks([signedIn()]), renewal(false)]);
    expect(fired.map((list) => list.length)).toEqual([1, 0, 0]);
  });
});
