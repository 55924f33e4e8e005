import { describe, expect, it } from 'vitest';
import type { InstanceView } from '../../app/model/instance-view';
import type { SessionState } from '../../app/model/session';
import { maxTooltipLength, sessionLabel, trayMenuModel, trayTooltip, type TrayMenuItem } from './tray-menu';

function instance(id: string, displayName: string, session: SessionState): InstanceView {
  return { id, startUrl: `https://${displayName}.awsapps.com/start`, region: 'eu-west-1', partition: 'aws', displayName, signInMethod: 'browser', session, remembered: true };
}

const deviceCode: SessionState = { kind: 'awaiting-device-code', userCode: 'WDJB-MJHT', verificationUri: 'https://x/', verificationUriComplete: 'https://x/?c', expiresAt: 1 };

describe('trayMenuModel: one submenu per instance, labelled with its state, offering what the state allows', () => {
  it.each<[SessionState['kind'], SessionState, string, readonly TrayMenuItem[]]>([
    ['signed-out', { kind: 'signed-out' }, 'payments: Signed out', [{ type: 'command', label: 'Sign in', command: { kind: 'sign-in', instanceId: 'i1' } }]],
    [
      'awaiting-browser',
      { kind: 'awaiting-browser', authorizeUrl: 'https://x/authorize' },
      'payments: Waiting for the browser',
      [
        { type: 'command', label: 'Open the sign-in page again', command: { kind: 'open-sign-in-page', instanceId: 'i1' } },
        { type: 'command', label: 'Cancel sign-in', command: { kind: 'cancel-sign-in', instanceId: 'i1' } },
      ],
    ],
    [
      'awaiting-device-code',
      deviceCode,
      'payments: Waiting for code WDJB-MJHT',
      [
        { type: 'label', label: 'Code: WDJB-MJHT' },
        { type: 'command', label: 'Open verification page', command: { kind: 'open-sign-in-page', instanceId: 'i1' } },
        { type: 'command', label: 'Cancel sign-in', command: { kind: 'cancel-sign-in', instanceId: 'i1' } },
      ],
    ],
    ['signed-in', { kind: 'signed-in', accessTokenExpiresAt: 1 }, 'payments: Signed in', [{ type: 'command', label: 'Sign out', command: { kind: 'sign-out', instanceId: 'i1' } }]],
    ['refreshing', { kind: 'refreshing', accessTokenExpiresAt: 1 }, 'payments: Signed in (renewing)', [{ type: 'command', label: 'Sign out', command: { kind: 'sign-out', instanceId: 'i1' } }]],
    ['expired', { kind: 'expired' }, 'payments: Session expired', [{ type: 'command', label: 'Sign in again', command: { kind: 'sign-in', instanceId: 'i1' } }]],
    [
      'error',
      { kind: 'error', code: 'access-denied', message: 'The sign-in was denied in the browser.' },
      'payments: Sign-in failed',
      [
        { type: 'label', label: 'The sign-in was denied in the browser.' },
        { type: 'command', label: 'Try again', command: { kind: 'sign-in', instanceId: 'i1' } },
      ],
    ],
  ])('%s', (_kind, session, label, items) => {
    expect(trayMenuModel('SSO Tray', [instance('i1', 'payments', session)])).toEqual([
      { type: 'submenu', label, items },
      { type: 'separator' },
      { type: 'command', label: 'Open SSO Tray', command: { kind: 'open' } },
      { type: 'command', label: 'Quit SSO Tray', command: { kind: 'quit' } },
    ]);
  });

  it('without instances is Open and Quit only', () => {
    expect(trayMenuModel('SSO Tray', [])).toEqual([
      { type: 'command', label: 'Open SSO Tray', command: { kind: 'open' } },
      { type: 'command', label: 'Quit SSO Tray', command: { kind: 'quit' } },
    ]);
  });

  it('lists instances in the order given and cuts a long error message', () => {
    const long = 'x'.repeat(200);
    const [first, second] = trayMenuModel('SSO Tray', [
      instance('a', 'alpha', { kind: 'signed-in', accessTokenExpiresAt: 1 }),
      instance('b', 'beta', { kind: 'error', code: 'network', message: long }),
    ]);
    expect(first).toMatchObject({ label: 'alpha: Signed in' });
    const errorLabel = second?.type === 'submenu' ? second.items[0] : undefined;
    expect(errorLabel).toEqual({ type: 'label', label: `${'x'.repeat(79)}…` });
  });
});

describe('trayTooltip', () => {
  const signedIn: SessionState = { kind: 'signed-in', accessTokenExpiresAt: 1 };

  it.each<[string, readonly InstanceView[], string]>([
    ['no instances: the app name', [], 'SSO Tray'],
    ['one line per instance', [instance('a', 'alpha', signedIn), instance('b', 'beta', { kind: 'expired' })], 'SSO Tray\nalpha: Signed in\nbeta: Session expired'],
    [
      'a count when the lines would not fit',
      Array.from({ length: 6 }, (_, index) => instance(`i${index}`, `instance-number-${index}`, index < 2 ? signedIn : index === 2 ? { kind: 'expired' } : { kind: 'signed-out' })),
      'SSO Tray: 2 of 6 signed in, 1 need attention',
    ],
    [
      'renewing counts as signed in; no attention part when nothing needs it',
      Array.from({ length: 6 }, (_, index) => instance(`i${index}`, `instance-number-${index}`, { kind: 'refreshing', accessTokenExpiresAt: 1 })),
      'SSO Tray: 6 of 6 signed in',
    ],
  ])('%s', (_name, instances, tooltip) => {
    const text = trayTooltip('SSO Tray', instances);
    expect(text).toBe(tooltip);
    expect(text.length).toBeLessThanOrEqual(maxTooltipLength);
  });

  it('never exceeds the limit, even with a long app name', () => {
    const text = trayTooltip('A'.repeat(300), [instance('a', 'alpha', signedIn)]);
    expect(text.length).toBe(maxTooltipLength);
    expect(text.endsWith('…')).toBe(true);
  });
});

describe('sessionLabel', () => {
  it('names the device code so it can be read off the menu bar', () => {
    expect(sessionLabel(deviceCode)).toBe('Waiting for code WDJB-MJHT');
  });
});
