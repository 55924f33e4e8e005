import { describe, expect, it } from 'vitest';
import type { InstanceView } from '../../app/model/instance-view';
import type { SessionState } from '../../app/model/session';
import { trayIconState, type TrayIconState } from './tray-icon-state';

const now = 1_700_000_000_000;
const minutes = (count: number) => count * 60_000;

function instance(id: string, session: SessionState): InstanceView {
  return { id, startUrl: `https://${id}.awsapps.com/start`, region: 'eu-west-1', partition: 'aws', displayName: id, signInMethod: 'browser', session, remembered: true };
}

const signedIn = (sessionExpiresAt?: number): SessionState => ({ kind: 'signed-in', accessTokenExpiresAt: now + minutes(50), ...(sessionExpiresAt === undefined ? {} : { sessionExpiresAt }) });
const role = { choice: { role: { instanceId: 'a', accountId: '111122223333', roleName: 'Admin' }, key: 'k', accountLabel: 'Payments', accountId: '111122223333', roleName: 'Admin', favourite: false } };

describe('trayIconState', () => {
  it.each<[string, readonly InstanceView[], number | undefined, TrayIconState]>([
    ['no instances', [], undefined, 'signed-out'],
    ['signed out', [instance('a', { kind: 'signed-out' })], undefined, 'signed-out'],
    ['expired', [instance('a', { kind: 'expired' })], undefined, 'signed-out'],
    ['signed in, session far from its end', [instance('a', signedIn(now + minutes(600)))], undefined, 'signed-in'],
    ['signed in, end unknown', [instance('a', signedIn())], undefined, 'signed-in'],
    ['a renewal is routine, not busy', [instance('a', { kind: 'refreshing', accessTokenExpiresAt: now + 1 })], undefined, 'signed-in'],
    ['session ending within 15 minutes', [instance('a', signedIn(now + minutes(14)))], undefined, 'expiring'],
    ['one of two sessions ending soon', [instance('a', signedIn(now + minutes(600))), instance('b', signedIn(now + minutes(3)))], undefined, 'expiring'],
    ['the active role\'s credentials end soon', [instance('a', signedIn(now + minutes(600)))], now + minutes(10), 'expiring'],
    ['the active role\'s credentials far from their end', [instance('a', signedIn(now + minutes(600)))], now + minutes(60), 'signed-in'],
    ['a sign-in waiting for the browser is busy, whatever else', [instance('a', signedIn(now + minutes(3))), instance('b', { kind: 'awaiting-browser', authorizeUrl: 'https://x' })], undefined, 'busy'],
    ['a device code sign-in is busy', [instance('a', { kind: 'awaiting-device-code', userCode: 'A', verificationUri: 'https://x', verificationUriComplete: 'https://x', expiresAt: 1 })], undefined, 'busy'],
    ['reconnecting still counts as signed in', [instance('a', { kind: 'reconnecting', accessTokenExpiresAt: now, retryAt: now + 1, message: 'offline' })], undefined, 'signed-in'],
  ])('%s → %s', (_name, instances, activeExpiresAt, expected) => {
    expect(trayIconState({ instances, now, active: activeExpiresAt === undefined ? undefined : { ...role, expiresAt: activeExpiresAt } })).toBe(expected);
  });
});
