// Every pushed event of the contract, as a page hears it through the forwarding of app/host: a
// payload the contract describes arrives with the fields it names (a stray one dropped); an event
// the contract lost would be reported and dropped instead.
import { describe, expect, it, vi } from 'vitest';
import { forwardEvents } from '../host/forward-events';
import { defaultAppSettings } from '../model/app-settings';
import { emptyPreferences } from '../model/preferences';
import { eventNames, type EventName } from './contract';
import { settingsHash } from './contract/channel-names';
import { createEventHub } from './event-hub';

const role = { instanceId: 'i-1', accountId: '111111111111', roleName: 'ReadOnly' };
const view = { id: 'i-1', startUrl: 'https://d-1.awsapps.com/start', region: 'eu-west-1', partition: 'aws', displayName: 'Payments', signInMethod: 'browser', session: { kind: 'signed-out' }, remembered: true };
const notice = { id: 'settings-reset', kind: 'settings-reset', level: 'warning', message: 'Your settings were reset.', createdAt: 1 };
const progress = { instanceId: 'i-1', phase: 'roles', accountsWithRoles: 1, accounts: 2 };
const diff = { addedAccounts: ['111111111111'], removedAccounts: [], renamedAccounts: [], addedRoles: [{ accountId: '111111111111', roleName: 'ReadOnly' }], removedRoles: [] };
const stray = { stray: 'dropped' };

/** What the page hears for each event: the payload the core emits (with a stray key added) is this. */
const heard: Record<EventName, unknown> = {
  'instances-changed': [view],
  'notices-changed': [notice],
  'portal-changed': { instanceId: 'i-1', changes: [{ kind: 'reset' }] },
  'portal-progress-changed': progress,
  'portal-refreshed': { instanceId: 'i-1', diff },
  'preferences-changed': emptyPreferences(),
  'settings-changed': defaultAppSettings(),
  'profile-renewal': { profile: 'default', role, renewed: false },
  'shell-open-settings': {},
};

function withStray(payload: unknown): unknown {
  if (Array.isArray(payload)) return payload.map(withStray);
  return { ...(payload as object), ...stray };
}

describe('every pushed event', () => {
  it('has a case here', () => {
    expect(Object.keys(heard).sort()).toEqual([...eventNames].sort());
  });

  it.each(Object.entries(heard))('%s reaches the page with the fields the contract names', (name, payload) => {
    const hub = createEventHub();
    const send = vi.fn();
    const report = vi.fn();
    forwardEvents(hub, send, report);
    hub.emit(name as EventName, withStray(payload) as never);
    expect(report).not.toHaveBeenCalled();
    expect(send.mock.calls).toEqual([[name, payload]]);
  });
});

describe('the settings fragment', () => {
  it('is a fragment a page URL carries, and one an ordinary page URL does not', () => {
    expect(new URL(`app://sso-tray/index.html${settingsHash}`).hash).toBe(settingsHash);
    expect(new URL('app://sso-tray/index.html').hash).not.toBe(settingsHash);
  });
});
