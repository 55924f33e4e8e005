import { describe, expect, it } from 'vitest';
import type { InstanceView } from '../../app/model/instance-view';
import { quickActions, type QuickAction } from '../../app/model/quick-actions';
import type { RoleChoice } from '../../app/model/role-choices';
import type { SessionState } from '../../app/model/session';
import { maxMenuRoles, maxTooltipLength, sessionLabel, trayMenuModel, trayTooltip, type TrayMenuItem, type TrayState } from './tray-menu';

function instance(id: string, displayName: string, session: SessionState): InstanceView {
  return { id, startUrl: `https://${displayName}.awsapps.com/start`, region: 'eu-west-1', partition: 'aws', displayName, signInMethod: 'browser', session, remembered: true };
}

function choice(accountLabel: string, roleName: string, accountId = '111122223333', instanceId = 'i1'): RoleChoice {
  return { role: { instanceId, accountId, roleName }, key: `${instanceId}/${accountId}/${roleName}`, accountLabel, accountId, roleName, favourite: false };
}

const now = 1_700_000_000_000;
const all = new Set<QuickAction>(quickActions);

function state(fields: Partial<TrayState> = {}): TrayState {
  return { appName: 'SSO Tray', instances: [], favourites: [], recent: [], capabilities: new Set(), quickCopyFormat: 'bash', now, ...fields };
}

const tail: readonly TrayMenuItem[] = [
  { type: 'command', label: 'Open portal window', command: { kind: 'open' } },
  { type: 'command', label: 'Quick switcher', command: { kind: 'quick-switcher' } },
  { type: 'command', label: 'Settings…', command: { kind: 'open-settings' } },
  { type: 'command', label: 'Quit SSO Tray', command: { kind: 'quit' } },
];

const deviceCode: SessionState = { kind: 'awaiting-device-code', userCode: 'WDJB-MJHT', verificationUri: 'https://x/', verificationUriComplete: 'https://x/?c', expiresAt: 1 };

/** The labels of a menu, submenus indented, separators as '---': what a user reads. */
function outline(items: readonly TrayMenuItem[], depth = 0): string[] {
  return items.flatMap((item) => {
    const pad = '  '.repeat(depth);
    switch (item.type) {
      case 'separator':
        return [`${pad}---`];
      case 'label':
        return [`${pad}(${item.label})`];
      case 'command':
        return [`${pad}${item.label}${item.accelerator ? ` [${item.accelerator}]` : ''}`];
      case 'submenu':
        return [`${pad}${item.label} >`, ...outline(item.items, depth + 1)];
    }
  });
}

describe('trayMenuModel: the states a user meets', () => {
  it('no instances: the window, the quick switcher, settings and quit', () => {
    expect(trayMenuModel(state())).toEqual(tail);
  });

  it('signed out: the instance with Sign in, and no role sections (nothing to open)', () => {
    expect(outline(trayMenuModel(state({ instances: [instance('i1', 'payments', { kind: 'signed-out' })], capabilities: all })))).toEqual([
      'payments: Signed out >',
      '  Sign in',
      '---',
      'Open portal window',
      'Quick switcher',
      'Settings…',
      'Quit SSO Tray',
    ]);
  });

  it('many favourites: the first few only, each one submenu deep with the offered actions', () => {
    const favourites = Array.from({ length: 12 }, (_, index) => choice(`account-${index}`, 'Admin', String(100000000000 + index)));
    const menu = trayMenuModel(state({ instances: [instance('i1', 'payments', { kind: 'signed-in', accessTokenExpiresAt: now + 3_600_000 })], favourites, capabilities: all, quickCopyFormat: 'fish' }));
    const lines = outline(menu);
    expect(lines.filter((line) => line.startsWith('account-'))).toHaveLength(maxMenuRoles);
    expect(lines.slice(lines.indexOf('(Favourites)'), lines.indexOf('(Favourites)') + 5)).toEqual(['(Favourites)', 'account-0 / Admin >', '  Open console', '  Copy credentials (fish)', '  Make active profile']);
    // One level of submenu, never more.
    const submenus = menu.filter((item) => item.type === 'submenu');
    expect(submenus.every((item) => item.type === 'submenu' && item.items.every((child) => child.type !== 'submenu'))).toBe(true);
    const first = submenus.find((item) => item.label === 'account-0 / Admin');
    expect(first?.type === 'submenu' && first.items[0]).toEqual({ type: 'command', label: 'Open console', command: { kind: 'quick-action', action: 'open-console', role: { instanceId: 'i1', accountId: '100000000000', roleName: 'Admin' } } });
  });

  it('favourites and recent roles, with only the actions that exist (console alone)', () => {
    const lines = outline(trayMenuModel(state({ favourites: [choice('Payments', 'Admin')], recent: [choice('Billing', 'ReadOnly', '444455556666')], capabilities: new Set(['open-console']) })));
    expect(lines).toEqual(['(Favourites)', 'Payments / Admin >', '  Open console', '---', '(Recent)', 'Billing / ReadOnly >', '  Open console', '---', ...outline(tail)]);
  });

  it('no action has landed: favourites and recent roles are left out, not shown as dead entries', () => {
    expect(trayMenuModel(state({ favourites: [choice('Payments', 'Admin')], recent: [choice('Billing', 'ReadOnly')] }))).toEqual(tail);
  });

  it('an active profile: its role with the time left, and its actions except making it active again', () => {
    const lines = outline(trayMenuModel(state({ active: { choice: choice('Payments', 'Admin'), expiresAt: now + 47 * 60_000 }, capabilities: all })));
    expect(lines.slice(0, 4)).toEqual(['Active: Payments / Admin (45 min left) >', '  Open console', '  Copy credentials (bash)', '---']);
  });

  it('an active profile whose credentials have ended says so', () => {
    const lines = outline(trayMenuModel(state({ active: { choice: choice('Payments', 'Admin'), expiresAt: now - 1 }, capabilities: new Set(['make-active']) })));
    expect(lines[0]).toBe('(Active: Payments / Admin (expired))');
  });

  it('expiring and expired instances: their state and the way back in', () => {
    const lines = outline(
      trayMenuModel(state({ instances: [instance('a', 'alpha', { kind: 'signed-in', accessTokenExpiresAt: now + 60_000, sessionExpiresAt: now + 5 * 60_000 }), instance('b', 'beta', { kind: 'expired' })] })),
    );
    expect(lines.slice(0, 4)).toEqual(['alpha: Signed in >', '  Sign out', 'beta: Session expired >', '  Sign in again']);
  });

  it('the quick switcher with its shortcut, or saying it has none', () => {
    const registered = trayMenuModel(state({ shortcut: { registered: true, accelerator: 'CommandOrControl+Shift+A' } }));
    expect(registered).toContainEqual({ type: 'command', label: 'Quick switcher', command: { kind: 'quick-switcher' }, accelerator: 'CommandOrControl+Shift+A' });
    const taken = trayMenuModel(state({ shortcut: { registered: false, accelerator: 'CommandOrControl+Shift+A', message: 'held' } }));
    expect(taken).toContainEqual({ type: 'command', label: 'Quick switcher (shortcut unavailable)', command: { kind: 'quick-switcher' } });
  });

  it('the same state a minute later gives an equal model (the tray does not rebuild), a coarse step later a new one', () => {
    const at = (time: number) => trayMenuModel(state({ active: { choice: choice('Payments', 'Admin'), expiresAt: now + 130 * 60_000 }, capabilities: all, now: time }));
    expect(at(now + 60_000)).toEqual(at(now));
    expect(at(now + 16 * 60_000)).not.toEqual(at(now));
  });
});

describe('trayMenuModel: one submenu per instance, offering what its state allows', () => {
  it.each<[SessionState['kind'], SessionState, string, readonly TrayMenuItem[]]>([
    ['signed-out', { kind: 'signed-out' }, 'payments: Signed out', [{ type: 'command', label: 'Sign in', command: { kind: 'sign-in', instanceId: 'i1' } }]],
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
    expect(trayMenuModel(state({ instances: [instance('i1', 'payments', session)] }))).toEqual([{ type: 'submenu', label, items }, { type: 'separator' }, ...tail]);
  });

  it('cuts a long error message', () => {
    const [first] = trayMenuModel(state({ instances: [instance('b', 'beta', { kind: 'error', code: 'network', message: 'x'.repeat(200) })] }));
    expect(first?.type === 'submenu' && first.items[0]).toEqual({ type: 'label', label: `${'x'.repeat(79)}…` });
  });
});

describe('trayTooltip', () => {
  const signedIn: SessionState = { kind: 'signed-in', accessTokenExpiresAt: 1 };

  it.each<[string, Partial<TrayState>, string]>([
    ['no instances: the app name', {}, 'SSO Tray'],
    ['one line per instance', { instances: [instance('a', 'alpha', signedIn), instance('b', 'beta', { kind: 'expired' })] }, 'SSO Tray\nalpha: Signed in\nbeta: Session expired'],
    ['the active role and its expiry first', { instances: [instance('a', 'alpha', signedIn)], active: { choice: choice('Payments', 'Admin'), expiresAt: now + 135 * 60_000 } }, 'SSO Tray\nActive: Payments / Admin, 2 h 15 min left\nalpha: Signed in'],
    [
      'a count when the lines would not fit, the active role kept',
      { instances: Array.from({ length: 6 }, (_, index) => instance(`i${index}`, `instance-number-${index}`, index < 2 ? signedIn : { kind: 'expired' })), active: { choice: choice('Payments', 'Admin'), expiresAt: now + 5 * 60_000 } },
      'SSO Tray: 2 of 6 signed in, 4 need attention\nActive: Payments / Admin, 5 min left',
    ],
  ])('%s', (_name, fields, tooltip) => {
    const text = trayTooltip(state(fields));
    expect(text).toBe(tooltip);
    expect(text.length).toBeLessThanOrEqual(maxTooltipLength);
  });

  it('never exceeds the limit, even with a long app name', () => {
    const text = trayTooltip(state({ appName: 'A'.repeat(300), instances: [instance('a', 'alpha', signedIn)] }));
    expect(text.length).toBe(maxTooltipLength);
    expect(text.endsWith('…')).toBe(true);
  });
});

describe('sessionLabel', () => {
  it('names the device code so it can be read off the menu bar', () => {
    expect(sessionLabel(deviceCode)).toBe('Waiting for code WDJB-MJHT');
  });
});
