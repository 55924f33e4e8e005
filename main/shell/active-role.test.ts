import { describe, expect, it } from 'vitest';
import { defaultAppSettings, type AppSettings } from '../../app/model/app-settings';
import { emptyPreferences } from '../../app/model/preferences';
import type { AccountsByInstance } from '../../app/model/role-choices';
import { trayTooltip } from '../tray/tray-menu';
import { trayActiveRole } from './active-role';

const now = Date.UTC(2026, 0, 1);
const admin = { instanceId: 'i1', accountId: '111111111111', roleName: 'Admin' };
const accounts: AccountsByInstance = new Map([['i1', [{ accountId: '111111111111', accountName: 'Payments', emailAddress: 'p@example.com', roles: { status: 'pending' } }]]]);

function keeping(active: AppSettings['profiles']['active']): AppSettings {
  const settings = defaultAppSettings();
  return { ...settings, profiles: { ...settings.profiles, active } };
}

const tooltip = (active: ReturnType<typeof trayActiveRole>) => trayTooltip({ appName: 'SSO Tray', instances: [], active, now });

describe('the tray\'s active role', () => {
  it('is the role in the default profile, named like the menu, with the time left of its credentials', () => {
    const active = trayActiveRole([{ profile: 'default', role: admin, expiresAt: now + 45 * 60_000 }], keeping({ default: admin }), accounts, emptyPreferences());
    expect(tooltip(active)).toBe('SSO Tray\nActive: Payments / Admin, 45 min left');
  });

  it('is the role in the one profile the user keeps, when that is not default', () => {
    const active = trayActiveRole([{ profile: 'work', role: admin, expiresAt: now + 60 * 60_000 }], keeping({ work: admin }), accounts, emptyPreferences());
    expect(active?.choice.accountLabel).toBe('Payments');
  });

  it('is nothing when no role is active, or before the first write after a restart (no expiry yet)', () => {
    expect(trayActiveRole([], keeping({}), accounts, emptyPreferences())).toBeUndefined();
    expect(trayActiveRole([{ profile: 'default', role: admin }], keeping({ default: admin }), accounts, emptyPreferences())).toBeUndefined();
    expect(tooltip(undefined)).toBe('SSO Tray');
  });

  it('ignores other kept profiles when several are kept and default is the quick one', () => {
    const kept = [{ profile: 'work', role: admin, expiresAt: now + 60_000 }, { profile: 'play', role: admin, expiresAt: now + 60_000 }];
    expect(trayActiveRole(kept, keeping({ work: admin, play: admin }), accounts, emptyPreferences())).toBeUndefined();
  });
});
