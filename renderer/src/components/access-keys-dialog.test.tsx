// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
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

function open(preview: CredentialsPreview): FakeDesktop {
  const desktop = fakeDesktop({
    'credentials:preview': async () => ({ ok: true, value: preview }),
    'credentials:copy-process-line': async () => ({ ok: true, value: undefined }),
  });
  Object.defineProperty(window, 'desktop', { value: desktop, configurable: true });
  render(<AccessKeysDialog role={role} title="ReadOnlyAccess in payments-prod" onClose={() => {}} />);
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
