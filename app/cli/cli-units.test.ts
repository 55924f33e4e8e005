// The CLI's pure parts: naming an instance and an account, reading a generated profile, the
// keychain cache's rules, the socket's address, and what a usage mistake prints.
import { describe, expect, it } from 'vitest';
import { InMemorySecretStore } from '../secrets/in-memory-secret-store';
import { socketAddress } from '../local-socket/socket-address';
import { CliCredentialCache, cliCacheAccount, maxCachedRoles } from './cli-credential-cache';
import { defaultUserDataDir } from './cli-options';
import { readIniSections } from './profile-target';
import { resolveAccount, resolveInstance } from './resolve-target';
import { runCli } from './run-cli';

const instance = (id: string, startUrl: string) => ({ id, startUrl, region: 'eu-west-1', partition: 'aws' as const, displayName: id, signInMethod: 'browser' as const });
const account = (accountId: string, accountName: string) => ({ accountId, accountName, emailAddress: '', roles: { status: 'pending' as const } });

describe('resolveInstance', () => {
  const two = [instance('a', 'https://d-1.awsapps.com/start'), instance('b', 'https://d-2.awsapps.com/start')];
  it('takes the only one, or the one named (case and a trailing slash ignored)', () => {
    expect(resolveInstance(two.slice(0, 1), undefined).id).toBe('a');
    expect(resolveInstance(two, 'https://D-2.awsapps.com/start/').id).toBe('b');
  });
  it('says what to do when none or several match', () => {
    expect(() => resolveInstance([], undefined)).toThrow('No IAM Identity Center instance yet. Add one with: sso-tray login --instance START_URL --region REGION');
    expect(() => resolveInstance(two, undefined)).toThrow(/There are 2 instances; choose one with --instance/);
    expect(() => resolveInstance(two, 'https://d-3.awsapps.com/start')).toThrow(/No instance with the start URL/);
  });
});

describe('resolveAccount', () => {
  const accounts = [account('111111111111', 'Prod'), account('222222222222', 'dev'), account('333333333333', 'Dev')];
  it('by id, or by exact name ignoring case; a shared name is refused', () => {
    expect(resolveAccount(accounts, '222222222222')?.accountName).toBe('dev');
    expect(resolveAccount(accounts, 'prod')?.accountId).toBe('111111111111');
    expect(() => resolveAccount(accounts, 'DEV')).toThrow('2 accounts are named "DEV"; use the account id (222222222222, 333333333333).');
    expect(resolveAccount(accounts, 'nope')).toBeUndefined();
  });
});

describe('readIniSections', () => {
  it('reads profile keys, skipping comments and nested lines', () => {
    const sections = readIniSections('# c\n[profile  dev]\nsso_tray_account_id = 111111111111\ns3 =\n  max_concurrent_requests = 2\n[default]\nregion=eu-west-1\n');
    expect(sections.get('profile dev')?.get('sso_tray_account_id')).toBe('111111111111');
    expect(sections.get('profile dev')?.has('max_concurrent_requests')).toBe(false);
    expect(sections.get('default')?.get('region')).toBe('eu-west-1');
  });
});

describe('CliCredentialCache', () => {
  const credentials = (key: string, expiration: number) => ({ accessKeyId: key, secretAccessKey: 's', sessionToken: 't', expiration });
  it('answers while more than five minutes are left, per role and issuer', async () => {
    let now = 0;
    const cache = new CliCredentialCache(new InMemorySecretStore(), () => now);
    await cache.put('i', '111111111111', 'Admin', 'aws', credentials('A', 10 * 60_000));
    expect((await cache.get('i', '111111111111', 'Admin', 'aws'))?.accessKeyId).toBe('A');
    expect(await cache.get('i', '111111111111', 'Admin', 'http://127.0.0.1:1')).toBeUndefined();
    expect(await cache.get('i', '111111111111', 'Other', 'aws')).toBeUndefined();
    now = 5 * 60_000;
    expect(await cache.get('i', '111111111111', 'Admin', 'aws')).toBeUndefined();
  });
  it(`keeps at most ${maxCachedRoles} roles, dropping the ones that run out first, and reads a broken entry as empty`, async () => {
    const store = new InMemorySecretStore();
    const cache = new CliCredentialCache(store, () => 0);
    for (let index = 0; index < 10; index += 1) await cache.put('i', '111111111111', `R${index}`, 'aws', credentials(`K${index}`, (20 + index) * 60_000));
    const kept = JSON.parse((await store.get(cliCacheAccount('i'))) ?? '[]') as { roleName: string }[];
    expect(kept.map((entry) => entry.roleName).sort()).toEqual(['R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9']);
    await store.set(cliCacheAccount('i'), '{not json');
    expect(await cache.get('i', '111111111111', 'R9', 'aws')).toBeUndefined();
  });
});

describe('socketAddress and the default folder', () => {
  it('one short user-only path per settings folder', () => {
    const a = socketAddress('/home/u/.config/SSO Tray', 'linux', { XDG_RUNTIME_DIR: '/run/user/1000' });
    expect(a.path).toMatch(/^\/run\/user\/1000\/sso-tray-\d+\/[0-9a-f]{16}\.sock$/);
    expect(socketAddress('/other', 'linux', { XDG_RUNTIME_DIR: '/run/user/1000' }).path).not.toBe(a.path);
    expect(socketAddress('C:\\Users\\u\\AppData\\Roaming\\SSO Tray', 'win32').path).toMatch(/^\\\\\.\\pipe\\sso-tray-/);
  });
  it("is Electron's userData for the product name", () => {
    expect(defaultUserDataDir('linux', {}, '/home/u')).toBe('/home/u/.config/SSO Tray');
    expect(defaultUserDataDir('darwin', {}, '/Users/u')).toBe('/Users/u/Library/Application Support/SSO Tray');
    expect(defaultUserDataDir('win32', { APPDATA: 'C:\\R' }, 'C:\\U')).toMatch(/^C:\\R.SSO Tray$/);
  });
});

describe('runCli usage', () => {
  const capture = async (argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env: {}, packaged: false, appVersion: '0' });
    return { code, stdout, stderr };
  };
  it('--help on every command exits 0', async () => {
    for (const command of [['login'], ['logout'], ['accounts'], ['credentials'], ['credential-process'], ['config', 'sync'], ['console']]) {
      const result = await capture([...command, '--help']);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Usage: sso-tray /);
      expect(result.stderr).toBe('');
    }
  });
  it('a mistake is one line on stderr and exit 1', async () => {
    expect(await capture(['credentials', '--bogus'])).toMatchObject({ code: 1, stdout: '' });
    expect((await capture(['credentials', '--bogus'])).stderr.split('\n')).toHaveLength(2);
    expect(await capture(['frobnicate'])).toEqual({ code: 1, stdout: '', stderr: 'sso-tray: no command "frobnicate"; the commands are login, logout, accounts, credentials, credential-process, config sync, console (see --help)\n' });
    expect(await capture(['credential-process', '--profile', 'p', '--account', '1'])).toMatchObject({ code: 1, stderr: 'sso-tray: give either --profile or --account with --role (see --help)\n' });
  });
});
