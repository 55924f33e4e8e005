// @vitest-environment happy-dom
// Every SessionState with the UI it must show and the request each button sends.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionState } from '../../../app/model/session';
import { fakeDesktop } from '../testing/fake-desktop';
import { renderWithStore } from '../testing/render-with-store';
import { instanceView } from '../testing/sample-instances';
import { InstanceCard } from './instance-card';

const now = Date.parse('2026-03-02T10:00:00Z');
const minute = 60_000;
const instanceId = instanceView().id;

beforeEach(() => {
  // Only Date: React and testing-library keep their real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

interface Row {
  readonly session: SessionState;
  /** Texts that must be visible in the session group. */
  readonly texts: readonly (string | RegExp)[];
  /** Every button of the session group, in order. */
  readonly buttons: readonly string[];
  /** Clicking each of these sends the request on the right. */
  readonly clicks: readonly (readonly [button: string, channel: string])[];
}

const deviceCode: SessionState = {
  kind: 'awaiting-device-code',
  userCode: 'WDJB-MJHT',
  verificationUri: 'https://device.sso.eu-west-1.amazonaws.com/',
  verificationUriComplete: 'https://device.sso.eu-west-1.amazonaws.com/?user_code=WDJB-MJHT',
  expiresAt: now + 10 * minute - 1000,
};

const table: readonly [SessionState['kind'], Row][] = [
  ['signed-out', { session: { kind: 'signed-out' }, texts: ['Signed out'], buttons: ['Sign in'], clicks: [['Sign in', 'sessions:sign-in']] }],
  [
    'starting-sign-in',
    {
      session: { kind: 'starting-sign-in' },
      texts: ['Starting sign-in…', 'Contacting IAM Identity Center.'],
      buttons: ['Cancel sign-in'],
      clicks: [['Cancel sign-in', 'sessions:cancel-sign-in']],
    },
  ],
  [
    'awaiting-browser',
    {
      session: { kind: 'awaiting-browser', authorizeUrl: 'https://oidc.eu-west-1.amazonaws.com/authorize?client_id=x' },
      texts: ['Waiting for your browser…'],
      buttons: ['Open the sign-in page again', 'Cancel'],
      clicks: [
        ['Open the sign-in page again', 'sessions:open-sign-in-page'],
        ['Cancel', 'sessions:cancel-sign-in'],
      ],
    },
  ],
  [
    'awaiting-device-code',
    {
      session: deviceCode,
      texts: ['Enter this code on the verification page', '9:59', 'https://device.sso.eu-west-1.amazonaws.com/'],
      buttons: ['Copy code', 'Open verification page', 'Cancel'],
      clicks: [
        ['Open verification page', 'sessions:open-sign-in-page'],
        ['Cancel', 'sessions:cancel-sign-in'],
      ],
    },
  ],
  [
    'signed-in',
    {
      session: { kind: 'signed-in', accessTokenExpiresAt: now + 45 * minute, sessionExpiresAt: now + 8 * 60 * minute - minute, signedInAt: now - 3 * 60 * minute },
      texts: ['Signed in', /^Signed in 3 h ago, at \d{1,2}:\d\d.*\.$/, /Access token valid for 45 min, renewed automatically\. Session ends in 7 h 59 min\./],
      buttons: ['Sign out'],
      clicks: [['Sign out', 'sessions:sign-out']],
    },
  ],
  [
    'refreshing',
    {
      session: { kind: 'refreshing', accessTokenExpiresAt: now + 5 * minute, signedInAt: now - 20 * minute },
      texts: ['Signed in', 'Renewing…', /^Signed in 20 min ago, at \d{1,2}:\d\d.*\.$/],
      buttons: ['Sign out'],
      clicks: [['Sign out', 'sessions:sign-out']],
    },
  ],
  [
    'reconnecting',
    {
      session: { kind: 'reconnecting', accessTokenExpiresAt: now - minute, retryAt: now + 2 * minute, message: 'Cannot reach IAM Identity Center at oidc.eu-west-1.amazonaws.com.' },
      // Quiet and honest: what is happening and when it tries again; no invitation to sign in again.
      texts: ["Can't refresh, retrying", /Cannot reach IAM Identity Center at oidc\.eu-west-1\.amazonaws\.com\. Trying again in 2 min\./],
      buttons: ['Sign out'],
      clicks: [['Sign out', 'sessions:sign-out']],
    },
  ],
  [
    'expired',
    { session: { kind: 'expired' }, texts: ['Session expired'], buttons: ['Sign in again'], clicks: [['Sign in again', 'sessions:sign-in']] },
  ],
  [
    'error',
    {
      session: { kind: 'error', code: 'access-denied', message: 'The sign-in was denied in the browser.' },
      texts: ['Sign-in failed', 'The sign-in was denied in the browser.'],
      buttons: ['Try again'],
      clicks: [['Try again', 'sessions:sign-in']],
    },
  ],
];

describe('SessionPanel in an instance card', () => {
  it('covers every session state', () => {
    // A new kind in app/model/session.ts must get a row here (the component fails to compile too).
    const kinds: Record<SessionState['kind'], true> = {
      'signed-out': true, 'starting-sign-in': true, 'awaiting-browser': true, 'awaiting-device-code': true, 'signed-in': true, refreshing: true,
      reconnecting: true, expired: true, error: true,
    };
    expect(table.map(([kind]) => kind).sort()).toEqual(Object.keys(kinds).sort());
  });

  it.each(table)('%s', async (_kind, row) => {
    const desktop = fakeDesktop({
      'sessions:sign-in': async () => ({ ok: true, value: undefined }),
      'sessions:cancel-sign-in': async () => ({ ok: true, value: undefined }),
      'sessions:open-sign-in-page': async () => ({ ok: true, value: undefined }),
      'sessions:sign-out': async () => ({ ok: true, value: undefined }),
    });
    renderWithStore(<InstanceCard instance={instanceView({ session: row.session })} />, desktop);
    const session = screen.getByRole('group', { name: 'Session' });
    // findByText: the clock time joins the text once the window has painted (use-window-painted.ts).
    for (const text of row.texts) expect(await within(session).findByText(text)).toBeTruthy();
    expect(within(session).getAllByRole('button').map((button) => button.textContent)).toEqual(row.buttons);
    for (const [button, channel] of row.clicks) {
      fireEvent.click(within(session).getByRole('button', { name: button }));
      expect(desktop.requests.at(-1)).toEqual({ channel, input: { instanceId } });
    }
  });

  it('gives the sign-in time in full as the tooltip of "Signed in …, at …", once the window has painted', async () => {
    const signedInAt = now - 3 * 60 * minute;
    renderWithStore(<InstanceCard instance={instanceView({ session: { kind: 'signed-in', accessTokenExpiresAt: now + 45 * minute, signedInAt } })} />);
    const line = await screen.findByText(/^Signed in 3 h ago, at /);
    expect(line.getAttribute('title')).toBe(new Date(signedInAt).toLocaleString());
  });

  it('shows the device code big, labelled, and copies it to the clipboard', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    renderWithStore(<InstanceCard instance={instanceView({ session: deviceCode })} />);
    expect(screen.getByLabelText('User code').textContent).toBe('WDJB-MJHT');
    fireEvent.click(screen.getByRole('button', { name: 'Copy code' }));
    expect((await screen.findByText('Copied')).getAttribute('role')).toBe('status');
    expect(writeText).toHaveBeenCalledWith('WDJB-MJHT');
  });

  it('says so when the clipboard refuses', async () => {
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText: () => Promise.reject(new Error('denied')) } as unknown as Clipboard);
    renderWithStore(<InstanceCard instance={instanceView({ session: deviceCode })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy code' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Could not copy/);
  });

  it('counts the device code down and says when it has expired', () => {
    renderWithStore(<InstanceCard instance={instanceView({ session: { ...deviceCode, expiresAt: now - 1 } })} />);
    expect(screen.getByText(/The code has expired/)).toBeTruthy();
  });

  it('folds the details into the card until Details is pressed', () => {
    renderWithStore(<InstanceCard instance={instanceView({ displayName: 'payments' })} />);
    const card = screen.getByRole('article', { name: 'payments' });
    const details = within(card).getByRole('button', { name: 'Details of payments' });
    const list = within(card).getByText('https://d-1234567890.awsapps.com/start').closest('dl');
    expect(details.getAttribute('aria-expanded')).toBe('false');
    expect(details.getAttribute('aria-controls')).toBe(list?.id);
    expect(list?.hidden).toBe(true);
    fireEvent.click(details);
    expect(details.getAttribute('aria-expanded')).toBe('true');
    expect(list?.hidden).toBe(false);
  });

  it('shows the card details and the no-keychain note only when the session is not remembered', () => {
    renderWithStore(<InstanceCard instance={instanceView({ displayName: 'payments', remembered: false })} />);
    const card = screen.getByRole('article', { name: 'payments' });
    expect(within(card).getByText('https://d-1234567890.awsapps.com/start')).toBeTruthy();
    expect(within(card).getByText('eu-west-1')).toBeTruthy();
    expect((within(card).getByLabelText('Sign-in method') as HTMLSelectElement).value).toBe('browser');
    expect(within(card).getByText('This sign-in will not be remembered: no keychain available.')).toBeTruthy();
    cleanup();
    renderWithStore(<InstanceCard instance={instanceView({ remembered: true })} />);
    expect(screen.queryByText(/will not be remembered/)).toBeNull();
  });

  it('shows the last failed action on the instance as an alert, until dismissed', async () => {
    const desktop = fakeDesktop({ 'sessions:sign-out': async () => ({ ok: false, code: 'keychain-unavailable', message: 'The keychain is locked.' }) });
    renderWithStore(<InstanceCard instance={instanceView({ session: { kind: 'signed-in', accessTokenExpiresAt: now + minute } })} />, desktop);
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The keychain is locked.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('changes the sign-in method in place, but not while a sign-in waits', () => {
    const desktop = fakeDesktop({ 'instances:update': async () => ({ ok: true, value: instanceView({ signInMethod: 'device-code' }) }) });
    renderWithStore(<InstanceCard instance={instanceView()} />, desktop);
    fireEvent.change(screen.getByLabelText('Sign-in method'), { target: { value: 'device-code' } });
    expect(desktop.requests).toEqual([{ channel: 'instances:update', input: { instanceId, signInMethod: 'device-code' } }]);
    cleanup();
    renderWithStore(<InstanceCard instance={instanceView({ session: deviceCode })} />);
    expect((screen.getByLabelText('Sign-in method') as HTMLSelectElement).disabled).toBe(true);
  });

  it('asks before removing, then sends instances:remove', () => {
    const desktop = fakeDesktop({ 'instances:remove': async () => ({ ok: true, value: undefined }) });
    renderWithStore(<InstanceCard instance={instanceView()} />, desktop);
    fireEvent.click(screen.getByRole('button', { name: 'Remove d-1234567890' }));
    expect(desktop.requests).toEqual([]);
    const confirm = screen.getByRole('group', { name: 'Remove d-1234567890?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Remove' }));
    expect(desktop.requests).toEqual([{ channel: 'instances:remove', input: { instanceId } }]);
  });
});
