// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CredentialsPreview } from '../../../app/ipc/contract/credentials';
import { fakeDesktop, type FakeDesktop } from '../testing/fake-desktop';
import { AccessKeysDialog } from './access-keys-dialog';

const role = { instanceId: 'inst-1', accountId: '111111111111', roleName: 'ReadOnlyAccess' };
const line = "credential_process = /usr/bin/node '/opt/sso tray/cli.mjs' credential-process --instance https://d-1234567890.awsapps.com/start --account 111111111111 --role ReadOnlyAccess";
const basePreview: CredentialsPreview = { maskedAccessKeyId: 'ASIA…KEY1', expiresAt: Date.now() + 3_600_000, profileName: '111111111111_ReadOnlyAccess' };

afterEach(() => {
  cleanup();
  Reflect.deleteProperty(window, 'desktop');
});

function open(preview: CredentialsPreview, onClose: () => void = () => {}): FakeDesktop {
  const desktop = fakeDesktop({
    'credentials:preview': async () => ({ ok: true, value: preview }),
    'credentials:copy-process-line': async () => ({ ok: true, value: undefined }),
  });
  Object.defineProperty(window, 'desktop', { value: desktop, configurable: true });
  render(<AccessKeysDialog role={role} title="ReadOnlyAccess in payments-prod" onClose={onClose} />);
  return desktop;
}

describe('the access-keys dialog’s credential_process line', () => {
  it('shows the line on "Files and tools" and copies it through main', async () => {
    const desktop = open({ ...basePreview, credentialProcessLine: line });
    const dialog = await screen.findByRole('dialog', { name: 'Access keys for ReadOnlyAccess in payments-prod' });
    await within(dialog).findByText('ASIA…KEY1');
    expect(within(dialog).queryByTestId('credential-process-line')).toBeNull();
    fireEvent.click(within(dialog).getByRole('tab', { name: 'Files and tools' }));
    expect(within(dialog).getByTestId('credential-process-line').textContent).toBe(line);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Copy credential_process line' }));
    expect(await within(dialog).findByText('Copied the credential_process line. It holds no secret.')).toBeTruthy();
    expect(desktop.requests.filter((request) => request.channel === 'credentials:copy-process-line')).toEqual([{ channel: 'credentials:copy-process-line', input: role }]);
  });

  it('leaves the line out when main has none (no helper command on this host)', async () => {
    open(basePreview);
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText('ASIA…KEY1');
    fireEvent.click(within(dialog).getByRole('tab', { name: 'Files and tools' }));
    expect(within(dialog).getByRole('button', { name: 'Copy Credentials file' })).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: 'Copy credential_process line' })).toBeNull();
  });
});

describe('the access-keys dialog’s tabs and keys', () => {
  const tabNames = () => screen.getAllByRole('tab').map((tab) => `${tab.textContent}${tab.getAttribute('aria-selected') === 'true' ? ' (selected)' : ''}`);

  it('is one Tab stop; ← → Home End move between the tabs, select them and show their panel', async () => {
    open(basePreview);
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText('ASIA…KEY1');
    expect(tabNames()).toEqual(['macOS and Linux (selected)', 'Windows', 'Files and tools']);
    expect(screen.getAllByRole('tab').map((tab) => tab.tabIndex)).toEqual([0, -1, -1]);

    screen.getByRole('tab', { name: 'macOS and Linux' }).focus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Windows' }));
    expect(tabNames()).toEqual(['macOS and Linux', 'Windows (selected)', 'Files and tools']);
    const panel = screen.getByRole('tabpanel', { name: 'Windows' });
    expect(screen.getByRole('tab', { name: 'Windows' }).getAttribute('aria-controls')).toBe(panel.id);
    expect(within(panel).getAllByRole('button').map((button) => button.textContent)).toEqual(['Copy PowerShell', 'Copy Command Prompt']);

    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Files and tools' }));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(tabNames()).toEqual(['macOS and Linux (selected)', 'Windows', 'Files and tools']);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(tabNames()).toEqual(['macOS and Linux', 'Windows', 'Files and tools (selected)']);
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'macOS and Linux' }));
    expect(screen.getAllByRole('tab').map((tab) => tab.tabIndex)).toEqual([0, -1, -1]);
  });

  it('keeps Tab inside the dialog, and Escape closes it', async () => {
    const onClose = vi.fn();
    open(basePreview, onClose);
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText('ASIA…KEY1');
    const close = within(dialog).getByRole('button', { name: 'Close' });
    expect(document.activeElement).toBe(close);
    // Close is the last Tab stop: Tab goes round to the first, the selected tab.
    fireEvent.keyDown(close, { key: 'Tab' });
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'macOS and Linux' }));
    fireEvent.keyDown(document.activeElement!, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(close);
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.keyDown(close, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledOnce();
  });
});
