// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Notice } from '../../../app/model/notice';
import { fakeDesktop } from '../testing/fake-desktop';
import { renderWithStore } from '../testing/render-with-store';
import { expiredNotice } from '../testing/sample-instances';
import { NoticesArea } from './notices-area';

afterEach(cleanup);

const keychain: Notice = {
  id: 'keychain-unavailable',
  kind: 'keychain-unavailable',
  level: 'warning',
  message: 'No system keychain is available, so sign-ins will not be remembered after SSO Tray quits.',
  createdAt: 1,
};

function renderNotices(notices: readonly Notice[]) {
  const desktop = fakeDesktop({
    'sessions:sign-in': async () => ({ ok: true, value: undefined }),
    'notices:dismiss': async () => ({ ok: true, value: undefined }),
  });
  const { store } = renderWithStore(<NoticesArea />, desktop);
  act(() => store.setState({ notices }));
  return desktop;
}

describe('NoticesArea', () => {
  it('renders nothing without notices', () => {
    renderNotices([]);
    expect(screen.queryByRole('region', { name: 'Notices' })).toBeNull();
  });

  it('lists each notice as a status message with its buttons', () => {
    renderNotices([expiredNotice('i-1'), keychain]);
    const region = screen.getByRole('region', { name: 'Notices' });
    const items = within(region).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('status').textContent)).toEqual([expiredNotice('i-1').message, keychain.message]);
    expect(within(items[0]!).getAllByRole('button').map((button) => button.textContent)).toEqual(['Sign in', 'Dismiss']);
    expect(within(items[1]!).getAllByRole('button').map((button) => button.textContent)).toEqual(['Dismiss']);
  });

  it('makes an error notice an alert', () => {
    renderNotices([{ ...keychain, level: 'error' }]);
    expect(screen.getByRole('alert').textContent).toBe(keychain.message);
  });

  it('signs in to the notice’s instance in one click, and dismisses by id', () => {
    const desktop = renderNotices([expiredNotice('i-1')]);
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(desktop.requests).toEqual([
      { channel: 'sessions:sign-in', input: { instanceId: 'i-1' } },
      { channel: 'notices:dismiss', input: { noticeId: 'session-expired:i-1' } },
    ]);
  });
});
