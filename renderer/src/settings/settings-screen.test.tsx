// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppSettings } from '../../../app/model/app-settings';
import { applyAppSettingsPatch, defaultAppSettings, type AppSettingsPatch } from '../../../app/model/app-settings';
import type { Result } from '../../../app/ipc/result';
import { App } from '../app';
import { createAppStore } from '../store/app-store';
import { AppStoreProvider } from '../store/app-store-context';
import { fakeDesktop, type FakeAnswers, type FakeDesktop } from '../testing/fake-desktop';
import { instanceView } from '../testing/sample-instances';

afterEach(cleanup);

const instance = instanceView({ displayName: 'Payments' });

/** The app with one instance, settings kept and merged as main does (applyAppSettingsPatch). */
function renderApp(options: { settings?: AppSettings; update?: (patch: AppSettingsPatch) => Result<AppSettings>; hash?: string; answers?: FakeAnswers } = {}) {
  let settings = options.settings ?? defaultAppSettings();
  const desktop: FakeDesktop = fakeDesktop({
    'app:get-info': async () => ({ ok: true, value: { name: 'SSO Tray', version: '0.1.0', runtime: 'web-host', platform: 'linux' } }),
    'instances:list': async () => ({ ok: true, value: [instance] }),
    'notices:list': async () => ({ ok: true, value: [] }),
    'preferences:get': async () => ({ ok: false, code: 'internal', message: 'not needed' }),
    'settings:get': async () => ({ ok: true, value: settings }),
    'settings:update': async (patch) => {
      const answer = options.update?.(patch) ?? { ok: true, value: applyAppSettingsPatch(settings, patch) };
      if (answer.ok) settings = answer.value;
      return answer;
    },
    'instances:update': async (input) => ({ ok: true, value: { ...instance, ...input } }),
    ...options.answers,
  });
  render(
    <AppStoreProvider store={createAppStore(desktop, options.hash)}>
      <App />
    </AppStoreProvider>,
  );
  return { desktop, settings: () => settings };
}

async function openSettings() {
  fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
  const screenRegion = await screen.findByRole('region', { name: 'Settings' });
  await within(screenRegion).findByRole('region', { name: 'Instances' });
  return screenRegion;
}

const updates = (desktop: FakeDesktop) => desktop.requests.filter((request) => request.channel === 'settings:update').map((request) => request.input);

describe('the settings screen', () => {
  it('opens from the gear button with focus on its heading, and Back or Escape returns to the list', async () => {
    renderApp();
    await screen.findByRole('article', { name: 'Payments' });
    const settings = await openSettings();
    expect(document.activeElement).toBe(within(settings).getByRole('heading', { name: 'Settings' }));
    expect(screen.queryByRole('article', { name: 'Payments' })).toBeNull();
    fireEvent.click(within(settings).getByRole('button', { name: /Back/ }));
    expect(await screen.findByRole('article', { name: 'Payments' })).toBeTruthy();

    await openSettings();
    fireEvent.keyDown(screen.getByRole('heading', { name: 'Settings' }), { key: 'Escape' });
    expect(await screen.findByRole('article', { name: 'Payments' })).toBeTruthy();
  });

  it('opens with Ctrl+, from anywhere in the window', async () => {
    renderApp();
    await screen.findByRole('article', { name: 'Payments' });
    fireEvent.keyDown(window, { key: ',', ctrlKey: true });
    expect(await screen.findByRole('region', { name: 'Settings' })).toBeTruthy();
  });

  it('opens when main asks (the tray\'s Settings… with the window already open), from the list', async () => {
    const { desktop } = renderApp();
    await screen.findByRole('article', { name: 'Payments' });
    act(() => desktop.emit('shell-open-settings', {}));
    expect(await screen.findByRole('region', { name: 'Settings' })).toBeTruthy();
    expect(screen.queryByRole('article', { name: 'Payments' })).toBeNull();
    // Asking again while it is open keeps it open; Back still returns to the list.
    act(() => desktop.emit('shell-open-settings', {}));
    fireEvent.click(within(screen.getByRole('region', { name: 'Settings' })).getByRole('button', { name: /Back/ }));
    expect(await screen.findByRole('article', { name: 'Payments' })).toBeTruthy();
  });

  it('starts at the settings screen in a window opened with #settings (the tray\'s Settings… with no window yet)', async () => {
    renderApp({ hash: '#settings' });
    expect(await screen.findByRole('region', { name: 'Settings' })).toBeTruthy();
    fireEvent.click(within(screen.getByRole('region', { name: 'Settings' })).getByRole('button', { name: /Back/ }));
    expect(await screen.findByRole('article', { name: 'Payments' })).toBeTruthy();
  });

  it('saves a switch at once, as a patch of its group, and shows what main saved', async () => {
    const { desktop } = renderApp();
    const settings = await openSettings();
    const device = within(settings).getByRole('switch', { name: 'Open the verification page by itself' }) as HTMLInputElement;
    expect(device.checked).toBe(true);
    fireEvent.click(device);
    await waitFor(() => expect(updates(desktop)).toEqual([{ signIn: { openDevicePage: false } }]));
    await waitFor(() => expect(device.checked).toBe(false));

    fireEvent.click(within(settings).getByRole('radio', { name: 'Dark' }));
    await waitFor(() => expect(updates(desktop).at(-1)).toEqual({ shell: { theme: 'dark' } }));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    fireEvent.click(within(settings).getByRole('radio', { name: 'Light' }));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('light'));
  });

  it('shows a pick at once while main saves it, and the saved value back when the save fails', async () => {
    const answers: ((result: Result<AppSettings>) => void)[] = [];
    const { desktop } = renderApp({ answers: { 'settings:update': () => new Promise((resolve) => answers.push(resolve)) } });
    const settings = await openSettings();
    const dark = within(settings).getByRole('radio', { name: 'Dark' }) as HTMLInputElement;
    const system = within(settings).getByRole('radio', { name: 'Same as the system' }) as HTMLInputElement;
    fireEvent.click(dark);
    // Main has not answered yet: the radio shows the pick, not the saved value springing back.
    expect(dark.checked).toBe(true);
    expect(updates(desktop)).toEqual([{ shell: { theme: 'dark' } }]);
    await act(async () => answers[0]!({ ok: false, code: 'internal', message: 'The settings file could not be written.' }));
    expect(dark.checked).toBe(false);
    expect(system.checked).toBe(true);
    expect(within(settings).getByRole('alert').textContent).toBe('The settings file could not be written.');

    const device = within(settings).getByRole('switch', { name: 'Open the verification page by itself' }) as HTMLInputElement;
    fireEvent.click(device);
    expect(device.checked).toBe(false);
    await act(async () => answers[1]!({ ok: true, value: applyAppSettingsPatch(defaultAppSettings(), { signIn: { openDevicePage: false } }) }));
    expect(device.checked).toBe(false);
  });

  it('keeps the token cache per instance, off by default, with what it means', async () => {
    const { desktop } = renderApp();
    const settings = await openSettings();
    const card = within(settings).getByRole('region', { name: 'Payments' });
    const share = within(card).getByRole('switch', { name: 'Share the sign-in with the AWS CLI and SDKs' }) as HTMLInputElement;
    expect(share.checked).toBe(false);
    const explanation = document.getElementById(share.getAttribute('aria-describedby') ?? '');
    expect(explanation?.textContent).toMatch(/puts a token on disk/);
    fireEvent.click(share);
    await waitFor(() => expect(updates(desktop)).toEqual([{ tokenCache: { [instance.id]: true } }]));
  });

  it('checks a text field when it loses focus, says what is wrong at the field, and sends nothing until it is right', async () => {
    const { desktop } = renderApp();
    const settings = await openSettings();
    const shortcut = within(settings).getByLabelText('Global shortcut') as HTMLInputElement;
    fireEvent.change(shortcut, { target: { value: 'A' } });
    fireEvent.blur(shortcut);
    expect(shortcut.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById((shortcut.getAttribute('aria-describedby') ?? '').split(' ').at(-1) ?? '');
    expect(message?.getAttribute('role')).toBe('alert');
    expect(message?.textContent).toMatch(/needs a modifier/);
    expect(updates(desktop)).toEqual([]);

    fireEvent.change(shortcut, { target: { value: 'Alt+Space' } });
    fireEvent.keyDown(shortcut, { key: 'Enter' });
    await waitFor(() => expect(updates(desktop)).toEqual([{ shell: { globalShortcut: 'Alt+Space' } }]));
    await waitFor(() => expect(shortcut.getAttribute('aria-invalid')).toBeNull());
  });

  it('sets a console session length per instance in minutes and clears it when emptied', async () => {
    const { desktop } = renderApp();
    const settings = await openSettings();
    const card = within(settings).getByRole('region', { name: 'Payments' });
    const minutes = within(card).getByLabelText('Console session length (minutes)') as HTMLInputElement;
    fireEvent.change(minutes, { target: { value: '5' } });
    fireEvent.blur(minutes);
    expect(within(card).getByRole('alert').textContent).toMatch(/15 to 720 minutes/);
    fireEvent.change(minutes, { target: { value: '90' } });
    fireEvent.blur(minutes);
    await waitFor(() => expect(updates(desktop)).toEqual([{ console: { sessionSeconds: { [instance.id]: 5400 } } }]));
    await waitFor(() => expect(minutes.value).toBe('90'));
    fireEvent.change(minutes, { target: { value: '' } });
    fireEvent.blur(minutes);
    await waitFor(() => expect(updates(desktop).at(-1)).toEqual({ console: { sessionSeconds: {} } }));
  });

  it('renames an instance through instances:update', async () => {
    const { desktop } = renderApp();
    const settings = await openSettings();
    const card = within(settings).getByRole('region', { name: 'Payments' });
    const name = within(card).getByLabelText('Display name') as HTMLInputElement;
    fireEvent.change(name, { target: { value: '   ' } });
    fireEvent.blur(name);
    expect(within(card).getByRole('alert').textContent).toBe('Enter a name for this instance.');
    fireEvent.change(name, { target: { value: ' Payments prod ' } });
    fireEvent.blur(name);
    await waitFor(() =>
      expect(desktop.requests.filter((request) => request.channel === 'instances:update').map((request) => request.input)).toEqual([
        { instanceId: instance.id, displayName: 'Payments prod' },
      ]),
    );
  });

  it('shows main’s refusal at the field it is about', async () => {
    renderApp({ update: () => ({ ok: false, code: 'settings-unwritable', message: 'The settings file cannot be written.' }) });
    const settings = await openSettings();
    fireEvent.click(within(settings).getByRole('switch', { name: 'Start at login' }));
    const alert = await within(settings).findByRole('alert');
    expect(alert.textContent).toBe('The settings file cannot be written.');
    expect(alert.closest('.setting')?.textContent).toContain('Start at login');
  });

  it('follows settings-changed from main while it is open', async () => {
    const { desktop } = renderApp();
    const settings = await openSettings();
    act(() => desktop.emit('settings-changed', applyAppSettingsPatch(defaultAppSettings(), { credentials: { quickCopyFormat: 'fish' } })));
    expect((within(settings).getByLabelText('Shell for quick copy') as HTMLSelectElement).value).toBe('fish');
  });

  describe('the config sync', () => {
    const role = { instanceId: instance.id, accountId: '111122223333', roleName: 'ReadOnly' };
    const diff = '--- /home/u/.aws/config\n+++ /home/u/.aws/config\n@@ -0,0 +1,2 @@\n+[profile payments-readonly]\n+sso_session = payments\n';
    const planned = { path: '/home/u/.aws/config', profiles: [{ name: 'payments-readonly', role }] };

    it('previews the diff without writing, then writes and says where and how many profiles', async () => {
      const { desktop } = renderApp({
        answers: {
          'profiles:preview-sync': async () => ({ ok: true, value: { ...planned, diff, written: false } }),
          'profiles:sync': async () => ({ ok: true, value: { ...planned, diff, written: true } }),
        },
      });
      const settings = await openSettings();
      const sync = within(settings).getByRole('region', { name: 'Sync profiles to ~/.aws/config' });
      fireEvent.click(within(sync).getByRole('button', { name: 'Preview' }));
      const shown = await within(sync).findByLabelText('Changes to the config file');
      expect(shown.tagName).toBe('PRE');
      expect(shown.textContent).toBe(diff);
      expect(within(sync).getByRole('status').textContent).toBe('A sync would change /home/u/.aws/config (1 profile):');
      expect(desktop.calls).not.toContain('profiles:sync');

      fireEvent.click(within(sync).getByRole('button', { name: 'Write' }));
      await waitFor(() => expect(within(sync).getByRole('status').textContent).toBe('Wrote 1 profile to /home/u/.aws/config.'));
      expect(within(sync).queryByLabelText('Changes to the config file')).toBeNull();
      expect(desktop.calls.filter((channel) => channel.startsWith('profiles:'))).toEqual(['profiles:preview-sync', 'profiles:sync']);
    });

    it('says a file is up to date when the diff is empty', async () => {
      renderApp({ answers: { 'profiles:preview-sync': async () => ({ ok: true, value: { ...planned, diff: '', written: false } }) } });
      const sync = within(await openSettings()).getByRole('region', { name: 'Sync profiles to ~/.aws/config' });
      fireEvent.click(within(sync).getByRole('button', { name: 'Preview' }));
      expect((await within(sync).findByRole('status')).textContent).toBe('/home/u/.aws/config is up to date (1 profile).');
    });

    it('shows the core’s refusal (naming the line) and drops the old preview', async () => {
      const message = '/home/u/.aws/config line 7: a section header that is not closed; the file was left as it is.';
      renderApp({
        answers: {
          'profiles:preview-sync': async () => ({ ok: true, value: { ...planned, diff, written: false } }),
          'profiles:sync': async () => ({ ok: false, code: 'aws-file-conflict', message }),
        },
      });
      const sync = within(await openSettings()).getByRole('region', { name: 'Sync profiles to ~/.aws/config' });
      fireEvent.click(within(sync).getByRole('button', { name: 'Preview' }));
      await within(sync).findByLabelText('Changes to the config file');
      fireEvent.click(within(sync).getByRole('button', { name: 'Write' }));
      expect((await within(sync).findByRole('alert')).textContent).toBe(message);
      expect(within(sync).queryByLabelText('Changes to the config file')).toBeNull();
      expect(within(sync).queryByRole('status')).toBeNull();
    });
  });
});
