import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from './app';
import { createAppStore } from './store/app-store';
import { AppStoreProvider } from './store/app-store-context';
import { fakeDesktop } from './testing/fake-desktop';
import type { Result } from '../../app/ipc/result';

afterEach(cleanup);

const info = { name: 'SSO Tray', version: '0.1.0', runtime: 'web-host', platform: 'linux' } as const;

function renderApp(desktop = fakeDesktop({ 'app:get-info': async () => ({ ok: true, value: info }) })) {
  render(
    <AppStoreProvider store={createAppStore(desktop)}>
      <App />
    </AppStoreProvider>,
  );
  return desktop;
}

describe('App', () => {
  it('asks the app for its info and shows name, version and runtime in the footer', async () => {
    const desktop = renderApp();
    const footer = screen.getByRole('contentinfo', { name: 'App info' });
    expect(await within(footer).findByText('web-host')).toBeTruthy();
    expect(within(footer).getByText('SSO Tray')).toBeTruthy();
    expect(within(footer).getByText('0.1.0')).toBeTruthy();
    expect(desktop.calls).toEqual(['app:get-info']);
  });

  it('says it is loading until the answer arrives', () => {
    renderApp(fakeDesktop({ 'app:get-info': () => new Promise(() => {}) }));
    expect(screen.getByRole('status').textContent).toMatch(/Loading app info/);
  });

  it('shows the error as an alert and retries on request', async () => {
    let answer: Result<unknown> = { ok: false, code: 'internal', message: 'The app did not answer this request.' };
    renderApp(fakeDesktop({ 'app:get-info': async () => answer }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The app did not answer this request.');

    answer = { ok: true, value: { ...info, runtime: 'electron' } };
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('electron')).toBeTruthy();
  });

  it('has a labelled main area and a top-level heading', () => {
    renderApp();
    expect(screen.getByRole('main', { name: 'Accounts' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'SSO Tray' })).toBeTruthy();
  });
});
