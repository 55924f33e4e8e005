// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from './app';
import { createAppStore } from './store/app-store';
import { AppStoreProvider } from './store/app-store-context';
import { fakeDesktop, type FakeAnswers } from './testing/fake-desktop';
import { expiredNotice, instanceView } from './testing/sample-instances';
import type { Result } from '../../app/ipc/result';

afterEach(cleanup);

const info = { name: 'SSO Tray', version: '0.1.0', runtime: 'web-host', platform: 'linux' } as const;
const lists: FakeAnswers = {
  'instances:list': async () => ({ ok: true, value: [] }),
  'notices:list': async () => ({ ok: true, value: [] }),
};

function renderApp(desktop = fakeDesktop({ ...lists, 'app:get-info': async () => ({ ok: true, value: info }) })) {
  const view = render(
    <StrictMode>
      <AppStoreProvider store={createAppStore(desktop)}>
        <App />
      </AppStoreProvider>
    </StrictMode>,
  );
  return { desktop, unmount: view.unmount };
}

describe('App', () => {
  it('asks the app for its info and shows name, version and runtime in the footer', async () => {
    const { desktop } = renderApp();
    const footer = screen.getByRole('contentinfo', { name: 'App info' });
    expect(await within(footer).findByText('web-host')).toBeTruthy();
    expect(within(footer).getByText('SSO Tray')).toBeTruthy();
    expect(within(footer).getByText('0.1.0')).toBeTruthy();
    expect(desktop.calls.filter((channel) => channel === 'app:get-info')).toHaveLength(1);
  });

  it('says it is loading until the answer arrives', () => {
    renderApp(fakeDesktop({ ...lists, 'app:get-info': () => new Promise(() => {}) }));
    const footer = screen.getByRole('contentinfo', { name: 'App info' });
    expect(within(footer).getByRole('status').textContent).toMatch(/Loading app info/);
  });

  it('shows the error as an alert and retries on request', async () => {
    let answer: Result<unknown> = { ok: false, code: 'internal', message: 'The app did not answer this request.' };
    renderApp(fakeDesktop({ ...lists, 'app:get-info': async () => answer }));
    const footer = screen.getByRole('contentinfo', { name: 'App info' });
    const alert = await within(footer).findByRole('alert');
    expect(alert.textContent).toContain('The app did not answer this request.');

    answer = { ok: true, value: { ...info, runtime: 'electron' } };
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('electron')).toBeTruthy();
  });

  it('has a labelled main area and a top-level heading', () => {
    renderApp();
    expect(screen.getByRole('main', { name: 'Instances' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'SSO Tray' })).toBeTruthy();
  });

  it('lists the instances and notices, follows their events, and stops listening when unmounted', async () => {
    const instance = instanceView();
    const { desktop, unmount } = renderApp(
      fakeDesktop({
        'app:get-info': async () => ({ ok: true, value: info }),
        'instances:list': async () => ({ ok: true, value: [instance] }),
        'notices:list': async () => ({ ok: true, value: [] }),
      }),
    );
    const card = await screen.findByRole('article', { name: 'd-1234567890' });
    expect(within(card).getByText('Signed out')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Notices' })).toBeNull();

    act(() => {
      desktop.emit('instances-changed', [{ ...instance, session: { kind: 'expired' } }]);
      desktop.emit('notices-changed', [expiredNotice(instance.id)]);
    });
    expect(within(card).getByText('Session expired')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Notices' })).getByText(/has ended/)).toBeTruthy();

    // StrictMode mounts twice; what is left after the unmount must be nothing at all.
    expect(desktop.listenerCount('instances-changed')).toBe(1);
    unmount();
    expect(desktop.listenerCount('instances-changed')).toBe(0);
    expect(desktop.listenerCount('notices-changed')).toBe(0);
  });

  it('says when the instance list could not be read, and retries', async () => {
    let answer: Result<unknown> = { ok: false, code: 'internal', message: 'Something went wrong inside the app.' };
    renderApp(fakeDesktop({ ...lists, 'app:get-info': async () => ({ ok: true, value: info }), 'instances:list': async () => answer }));
    const alert = await within(screen.getByRole('region', { name: 'Instances' })).findByRole('alert');
    expect(alert.textContent).toContain('Something went wrong inside the app.');
    answer = { ok: true, value: [] };
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/No instance yet/)).toBeTruthy();
  });
});
