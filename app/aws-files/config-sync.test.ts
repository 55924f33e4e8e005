import { describe, expect, it } from 'vitest';
import { planConfigSync, type ConfigSyncInput } from './config-sync';
import { ownedMarker } from './ini/ini-document';
import { withoutOwnedSections } from './testing/owned-sections';
import { account, sampleSync } from './testing/sync-fixtures';

function plan(existing: string | undefined, overrides: Partial<ConfigSyncInput> = {}) {
  return planConfigSync({ existing, path: '/home/u/.aws/config', instances: sampleSync(), accountPreferences: {}, style: 'sso-session', template: '{account_name}.{role_name}', ...overrides });
}

function written(existing: string | undefined, overrides: Partial<ConfigSyncInput> = {}): string {
  const result = plan(existing, overrides);
  if (!result.ok) throw new Error(result.message);
  return result.text;
}

describe('planConfigSync', () => {
  it('writes one sso-session and a profile per role, named by the template and made safe', () => {
    const result = plan(undefined, { accountPreferences: { 'inst-1/222222222222': { defaultRegion: 'eu-central-1' } } });
    expect(result.ok && result.profiles.map((profile) => profile.name)).toEqual(['payments-prod.AdministratorAccess', 'payments-prod.ReadOnlyAccess', 'payments-dev-EU.ReadOnlyAccess']);
    expect(written(undefined, { accountPreferences: { 'inst-1/222222222222': { defaultRegion: 'eu-central-1' } } })).toBe(
      [
        '[sso-session sso-tray-d-1234567890]', ownedMarker, 'sso_start_url = https://d-1234567890.awsapps.com/start', 'sso_region = eu-west-1', 'sso_registration_scopes = sso:account:access',
        '[profile payments-prod.AdministratorAccess]', ownedMarker, 'sso_session = sso-tray-d-1234567890', 'sso_account_id = 111111111111', 'sso_role_name = AdministratorAccess', 'region = eu-west-1',
        '[profile payments-prod.ReadOnlyAccess]', ownedMarker, 'sso_session = sso-tray-d-1234567890', 'sso_account_id = 111111111111', 'sso_role_name = ReadOnlyAccess', 'region = eu-west-1',
        '[profile payments-dev-EU.ReadOnlyAccess]', ownedMarker, 'sso_session = sso-tray-d-1234567890', 'sso_account_id = 222222222222', 'sso_role_name = ReadOnlyAccess', 'region = eu-central-1',
        '',
      ].join('\n'),
    );
  });

  it('is idempotent: a second sync changes nothing and shows no diff', () => {
    const first = written('[default]\nregion = us-east-1\n');
    const second = plan(first);
    expect(second.ok && { changed: second.changed, diff: second.diff }).toEqual({ changed: false, diff: '' });
  });

  it('prunes only its own sections, and keeps those of accounts whose roles are not listed yet', () => {
    const first = written('# mine\n[profile work]\nregion = us-east-1\n');
    const next = written(first, { instances: sampleSync([account('111111111111', 'payments-prod', ['ReadOnlyAccess']), account('222222222222', 'payments dev (EU)', undefined)]) });
    expect(next.startsWith('# mine\n[profile work]\nregion = us-east-1\n')).toBe(true);
    expect(next).not.toContain('[profile payments-prod.AdministratorAccess]');
    expect(next).toContain('[profile payments-prod.ReadOnlyAccess]');
    expect(next).toContain('[profile payments-dev-EU.ReadOnlyAccess]');
    // An instance the app no longer has: all its sections go, the user's stay.
    expect(written(next, { instances: [] })).toBe('# mine\n[profile work]\nregion = us-east-1\n');
  });

  it('resolves a name the user already holds with a suffix, the same way every time', () => {
    const existing = '[profile payments-prod.ReadOnlyAccess]\nregion = us-east-1\n';
    const result = plan(existing);
    expect(result.ok && result.profiles.map((profile) => profile.name)).toEqual(['payments-prod.AdministratorAccess', 'payments-prod.ReadOnlyAccess-2', 'payments-dev-EU.ReadOnlyAccess']);
    expect(plan(existing)).toEqual(result);
  });

  it('uses the alias, the account id and the instance in the template', () => {
    const result = plan(undefined, { template: '{instance}/{alias}/{account_id}:{role_name}', accountPreferences: { 'inst-1/111111111111': { alias: 'Pay Prod' } } });
    expect(result.ok && result.profiles.map((profile) => profile.name)).toEqual(['Example-Corp-Pay-Prod-111111111111-AdministratorAccess', 'Example-Corp-Pay-Prod-111111111111-ReadOnlyAccess', 'Example-Corp-payments-dev-EU-222222222222-ReadOnlyAccess']);
  });

  it('refuses a template without the role or with an unknown field', () => {
    expect(plan(undefined, { template: '{account_name}' })).toMatchObject({ ok: false, reason: 'invalid-template' });
    expect(plan(undefined, { template: '{account}.{role_name}' })).toMatchObject({ ok: false, reason: 'invalid-template', message: expect.stringContaining('{account}') });
  });

  it('writes credential_process profiles with the helper by its absolute path and the role', () => {
    const text = written(undefined, { style: 'credential-process', credentialProcessCommand: ['/opt/SSO Tray/sso-tray', '--cli', 'credential-process', '--user-data', '/tmp/x'], platform: 'linux', roles: [{ instanceId: 'inst-1', accountId: '111111111111', roleName: 'ReadOnlyAccess' }] });
    expect(text).toBe(
      `[profile payments-prod.ReadOnlyAccess]\n${ownedMarker}\ncredential_process = '/opt/SSO Tray/sso-tray' --cli credential-process --user-data /tmp/x --instance https://d-1234567890.awsapps.com/start --account 111111111111 --role ReadOnlyAccess\nregion = eu-west-1\n`,
    );
    expect(plan(undefined, { style: 'credential-process', credentialProcessCommand: ['/opt/a #b/cli'], platform: 'linux' })).toMatchObject({ ok: false, reason: 'unsafe-value' });
  });

  it('refuses to take over an sso-session the user wrote', () => {
    expect(plan('[sso-session sso-tray-d-1234567890]\nsso_region = eu-west-1\n')).toMatchObject({ ok: false, reason: 'name-taken', line: 1 });
  });

  it('shows a unified diff of what the write changes', () => {
    const first = written('[profile work]\nregion = us-east-1\n');
    const result = plan(first, { instances: sampleSync([account('111111111111', 'payments-prod', ['AdministratorAccess', 'ReadOnlyAccess']), account('222222222222', 'payments dev (EU)', [])]) });
    expect(result.ok && result.diff).toBe(
      [
        '--- /home/u/.aws/config', '+++ /home/u/.aws/config', '@@ -17,9 +17,3 @@',
        ' sso_account_id = 111111111111', ' sso_role_name = ReadOnlyAccess', ' region = eu-west-1',
        '-[profile payments-dev-EU.ReadOnlyAccess]', `-${ownedMarker}`, '-sso_session = sso-tray-d-1234567890', '-sso_account_id = 222222222222', '-sso_role_name = ReadOnlyAccess', '-region = eu-west-1',
        '',
      ].join('\n'),
    );
  });
});

describe('hand-made files', () => {
  const cases: Record<string, string> = {
    'CRLF line endings': '[default]\r\nregion = us-east-1\r\n\r\n[profile work]\r\noutput = json\r\n',
    'comments with ; and #, indented too': '; top\n# another\n[profile work] ; trailing\n  # indented\nregion = us-east-1\n;end',
    'nested s3 sub-section': '[profile work]\ns3 =\n  max_concurrent_requests = 20\n  addressing_style = path\nregion = us-east-1\n',
    'no final newline': '[profile work]\nregion = us-east-1',
    'only comments, no final newline': '# nothing here',
    'unknown keys and other sections': '[services my-services]\ns3 =\n  endpoint_url = http://localhost:4566\n[plugins]\ncli_legacy_plugin_path = /x\n',
    'the default profile': '[default]\nregion = eu-west-2\n',
  };
  for (const [name, existing] of Object.entries(cases)) {
    it(`keeps the user's bytes: ${name}`, () => {
      const text = written(existing);
      expect(withoutOwnedSections(text, 'config')).toBe(existing);
      // Pruning everything gives the original back, byte for byte.
      expect(written(text, { instances: [] })).toBe(existing);
      if (existing.includes('\r\n')) expect(text.split('\n').slice(0, -1).every((line) => line.endsWith('\r'))).toBe(true);
    });
  }

  const refused: Record<string, [string, number, RegExp]> = {
    'a byte-order mark': ['\uFEFF[default]\nregion = us-east-1\n', 1, /byte-order mark/],
    'duplicate sections': ['[profile a]\nregion = x\n\n[profile a]\noutput = json\n', 4, /repeats the one on line 1/],
    '[default] and [profile default]': ['[default]\nregion = x\n[profile default]\nregion = y\n', 3, /repeats the one on line 1/],
    'a repeated key': ['[profile a]\nregion = x\nRegion = y\n', 3, /repeated key/],
    'a line before any section': ['region = x\n[profile a]\n', 1, /before the first/],
    'an indented header under a key': ['[profile a]\nregion = x\n  [profile b]\n', 3, /indented/],
    'text after a header': ['[profile a] extra\n', 1, /header/],
    'a name the readers split differently': ['[profile  a]\nregion = x\n', 1, /differently/],
    'a line that is no key': ['[profile a]\njust words\n', 2, /neither/],
    'a nested line without =': ['[profile a]\ns3 =\n  words\n', 3, /nested block/],
    'a lone carriage return': ['[profile a]\nregion = x\ry\n', 2, /carriage return/],
  };
  for (const [name, [existing, line, message]] of Object.entries(refused)) {
    it(`refuses and names the line: ${name}`, () => {
      const result = plan(existing);
      expect(result).toMatchObject({ ok: false, reason: 'unreadable-file', line, message: expect.stringMatching(message) });
      expect(result.ok ? '' : result.message).toContain(`/home/u/.aws/config line ${line}:`);
    });
  }

  it('quoted profile names read the same in both and count as taken', () => {
    const result = plan('[profile "payments-prod.ReadOnlyAccess"]\nregion = x\n');
    expect(result.ok && result.profiles.map((profile) => profile.name)).toContain('payments-prod.ReadOnlyAccess-2');
  });
});
