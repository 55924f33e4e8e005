import { describe, expect, it } from 'vitest';
import { defaultAppSettings } from '../model/app-settings';
import { emptyPreferences } from '../model/preferences';
import { InMemoryClipboard } from '../host/in-memory-clipboard';
import { credentialProcessLine, credentialProcessLines } from './credential-process-line';
import { CredentialsService } from './credentials-service';

const role = { instanceId: 'inst-1', accountId: '111111111111', roleName: 'ReadOnlyAccess' };
const startUrl = 'https://d-1234567890.awsapps.com/start';
const command = ['/usr/bin/node', "/home/o'brien/My Apps/sso-tray-cli.mjs", 'credential-process'];

describe('the credential_process line', () => {
  it('is the helper command plus instance, account and role, quoted for the shell the AWS CLI splits it with', () => {
    expect(credentialProcessLine(command, startUrl, role, 'linux')).toBe(
      `credential_process = /usr/bin/node '/home/o'\\''brien/My Apps/sso-tray-cli.mjs' credential-process --instance ${startUrl} --account 111111111111 --role ReadOnlyAccess`,
    );
  });

  it('is quoted the Windows way on Windows', () => {
    expect(credentialProcessLine(['C:\\Program Files\\SSO Tray\\sso-tray.exe', '--cli', 'credential-process'], startUrl, role, 'win32')).toBe(
      `credential_process = "C:\\Program Files\\SSO Tray\\sso-tray.exe" --cli credential-process --instance ${startUrl} --account 111111111111 --role ReadOnlyAccess`,
    );
  });

  it('is left out without a helper command or for an instance that is gone', () => {
    const instances = { list: () => [{ id: 'inst-1', startUrl }] };
    expect(credentialProcessLines(undefined, instances)).toBeUndefined();
    expect(credentialProcessLines([], instances)).toBeUndefined();
    expect(credentialProcessLines(command, instances)?.({ ...role, instanceId: 'inst-2' })).toBeUndefined();
  });
});

describe('CredentialsService and the line', () => {
  const credentials = { accessKeyId: 'ASIAEXAMPLEKEY01', secretAccessKey: 'secret/value', sessionToken: 'token-value', expiration: 1_900_000_000_000 };
  const service = (lines: ((r: typeof role) => string | undefined) | undefined, clipboard = new InMemoryClipboard()) =>
    new CredentialsService({
      roleCredentials: async () => credentials,
      clipboard,
      recordUse: async () => {},
      appSettings: defaultAppSettings,
      preferences: emptyPreferences,
      logger: { info() {}, warn() {}, error() {} },
      credentialProcessLine: lines,
    });

  it('puts the line in the preview and copies it to the clipboard, with nothing secret in either', async () => {
    const clipboard = new InMemoryClipboard();
    const lines = credentialProcessLines(command, { list: () => [{ id: 'inst-1', startUrl }] });
    const subject = service(lines, clipboard);
    const preview = await subject.preview(role);
    expect(preview.credentialProcessLine).toBe(credentialProcessLine(command, startUrl, role));
    await subject.copyCredentialProcessLine(role);
    expect(clipboard.read()).toBe(preview.credentialProcessLine);
    for (const secret of [credentials.accessKeyId, credentials.secretAccessKey, credentials.sessionToken]) {
      expect(JSON.stringify(preview)).not.toContain(secret);
      expect(clipboard.read()).not.toContain(secret);
    }
  });

  it('has no line without a helper command, and refuses to copy one', async () => {
    const clipboard = new InMemoryClipboard();
    const subject = service(undefined, clipboard);
    expect('credentialProcessLine' in (await subject.preview(role))).toBe(false);
    await expect(subject.copyCredentialProcessLine(role)).rejects.toMatchObject({ code: 'not-found' });
    expect(clipboard.read()).toBeUndefined();
  });
});
