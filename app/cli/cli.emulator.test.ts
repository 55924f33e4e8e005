// The real CLI as a child process against the emulator and a real Secret Service (run through
// scripts/with-keyring.sh): sign in with a device code, list accounts, hand out credentials the
// emulator issued (then from the keychain cache without asking the portal), read by the AWS SDK's
// fromProcess through a generated credential_process profile, and sign out.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromProcess } from '@aws-sdk/credential-providers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_REGION, SAMPLE_START_URL, startSampleEmulator } from '../../e2e/emulator/testing';
import type { RunningEmulator } from '../../e2e/emulator/index';
import { requireSecretService, uniqueKeychainService } from '../testing/keyring';
import { credentialProcessCommand, quoteCommandLine } from './credential-process-command';
import { runCliProcess, tsxLauncher, type CliEnvironment } from './cli-testing';

let emulator: RunningEmulator;
let root: string;
let cli: CliEnvironment;
const run = (...args: string[]) => runCliProcess(cli, args);
const admin = async (path: string) => (await fetch(`${emulator.endpoint}/_emulator/${path}`)).json() as Promise<Record<string, unknown>>;
const roleCalls = () => emulator.admin.counts().GetRoleCredentials?.requests ?? 0;

beforeAll(async () => {
  await requireSecretService();
  emulator = await startSampleEmulator();
  root = mkdtempSync(join(tmpdir(), 'sso-tray-cli-'));
  cli = {
    userDataDir: join(root, 'user-data'),
    keychainService: uniqueKeychainService(),
    env: { SSO_TRAY_AWS_ENDPOINT: emulator.endpoint, HOME: join(root, 'home'), AWS_CONFIG_FILE: join(root, 'aws-config'), XDG_RUNTIME_DIR: join(root, 'run') },
  };
});

afterAll(async () => {
  await emulator?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('the CLI against the emulator, the app not running', () => {
  it('signed out with no instance: exit 1 and one line telling what to do', { timeout: 60_000 }, async () => {
    const result = await run('credential-process', '--account', '111111111111', '--role', 'ReadOnlyAccess');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('sso-tray: No IAM Identity Center instance yet. Add one with: sso-tray login --instance START_URL --region REGION\n');
  });

  it('a new instance needs --region', { timeout: 60_000 }, async () => {
    const result = await run('login', '--instance', SAMPLE_START_URL, '--device', '--no-browser');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^sso-tray: .*new instance: add --region.*\n$/);
  });

  it('logs in with a device code, lists accounts, hands out the credentials the emulator issued', { timeout: 120_000 }, async () => {
    const login = await run('login', '--instance', SAMPLE_START_URL, '--region', SAMPLE_REGION, '--device', '--no-browser');
    expect(login.stderr).toContain(`${emulator.endpoint}/device`);
    expect(login.code).toBe(0);
    expect(login.stdout).toMatch(/^Signed in to .* \(https:\/\/d-1234567890\.awsapps\.com\/start\)\.\n$/);

    const accounts = await run('accounts', '--json');
    expect(accounts.code).toBe(0);
    const listed = JSON.parse(accounts.stdout) as { accounts: { accountId: string; roles: string[] }[] };
    expect(listed.accounts.find((account) => account.accountId === '111111111111')?.roles).toContain('ReadOnlyAccess');

    const before = roleCalls();
    const first = await run('credential-process', '--account', '111111111111', '--role', 'ReadOnlyAccess');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const issued = JSON.parse(first.stdout) as { Version: number; AccessKeyId: string; SecretAccessKey: string; SessionToken: string; Expiration: string };
    expect(issued.Version).toBe(1);
    expect(await admin(`credentials/${issued.AccessKeyId}`)).toMatchObject({ accountId: '111111111111', roleName: 'ReadOnlyAccess', userName: 'alice' });
    expect(roleCalls()).toBe(before + 1);

    // The next call is answered from the keychain cache: the same key, no portal call.
    const second = await run('credential-process', '--account', '111111111111', '--role', 'ReadOnlyAccess');
    expect(JSON.parse(second.stdout)).toEqual(issued);
    expect(roleCalls()).toBe(before + 1);

    const shell = await run('credentials', '--account', '111111111111', '--role', 'ReadOnlyAccess', '--format', 'bash');
    expect(shell.code).toBe(0);
    expect(shell.stdout).toContain(`export AWS_ACCESS_KEY_ID='${issued.AccessKeyId}'`);
  });

  it("the AWS SDK's fromProcess resolves a generated credential_process profile", { timeout: 120_000 }, async () => {
    const command = quoteCommandLine([...credentialProcessCommand({ userDataDir: cli.userDataDir, keychainService: cli.keychainService, launcher: tsxLauncher() }), '--profile', 'dev']);
    writeFileSync(cli.env.AWS_CONFIG_FILE ?? '', `[profile dev]\ncredential_process = ${command}\nsso_tray_account_id = 111111111111\nsso_tray_role_name = ReadOnlyAccess\nsso_tray_start_url = ${SAMPLE_START_URL}\nregion = eu-central-1\n`);
    // fromProcess runs the command with this process's environment.
    const saved = { ...process.env };
    Object.assign(process.env, cli.env);
    try {
      const credentials = await fromProcess({ profile: 'dev', filepath: join(root, 'no-credentials-file'), configFilepath: cli.env.AWS_CONFIG_FILE })();
      expect(await admin(`credentials/${credentials.accessKeyId}`)).toMatchObject({ accountId: '111111111111', roleName: 'ReadOnlyAccess', userName: 'alice' });
      expect(credentials.expiration?.getTime()).toBeGreaterThan(Date.now());
    } finally {
      process.env = saved;
    }
  });

  it("Debian's AWS CLI v2 exports the credentials of a credential_process profile", { timeout: 120_000 }, async () => {
    if (!existsSync('/usr/bin/aws')) throw new Error('/usr/bin/aws (Debian AWS CLI v2) is missing: apt-get install -y awscli. This interop test does not skip.');
    // The profile written by the fromProcess test above; the AWS CLI runs it through its own shell-like split.
    const exported = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn('/usr/bin/aws', ['configure', 'export-credentials', '--profile', 'dev', '--format', 'process'], {
        env: { ...process.env, ...cli.env, AWS_SHARED_CREDENTIALS_FILE: join(root, 'no-credentials-file'), AWS_EC2_METADATA_DISABLED: 'true', AWS_PAGER: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    const credentials = JSON.parse(exported.stdout) as { AccessKeyId: string; SessionToken: string };
    expect(await admin(`credentials/${credentials.AccessKeyId}`)).toMatchObject({ accountId: '111111111111', roleName: 'ReadOnlyAccess', userName: 'alice' });
  });

  it('console --print: a sign-in URL that, followed, signs in to that account and role', { timeout: 120_000 }, async () => {
    const printed = await run('console', '--account', '111111111111', '--role', 'ReadOnlyAccess', '--destination', '/s3/home', '--region', 'eu-west-1', '--print');
    expect(printed.stderr).toBe('');
    expect(printed.code).toBe(0);
    const url = new URL(printed.stdout.trim());
    expect(url.origin).toBe(emulator.endpoint);
    expect(url.searchParams.get('Action')).toBe('login');
    expect(url.searchParams.get('Issuer')).toBe(SAMPLE_START_URL);
    expect(url.searchParams.get('Destination')).toBe('https://eu-west-1.console.aws.amazon.com/s3/home?region=eu-west-1');
    const page = await (await fetch(url)).text();
    expect(page).toContain('<dd data-field="accountId">111111111111</dd>');
    expect(page).toContain('<dd data-field="roleName">ReadOnlyAccess</dd>');
    expect(page).toContain('<dd data-field="userName">alice</dd>');
    // The URL works once.
    expect((await fetch(url)).status).toBeGreaterThanOrEqual(400);
  });

  it('console refuses a session longer than the credentials, and a path off the console host, in one line', { timeout: 60_000 }, async () => {
    const tooLong = await run('console', '--account', '111111111111', '--role', 'ReadOnlyAccess', '--session-seconds', '43200', '--print');
    expect(tooLong.code).toBe(1);
    expect(tooLong.stdout).toBe('');
    expect(tooLong.stderr).toMatch(/^sso-tray: The console session length \(12 h\) is longer than the role's credentials last .*\n$/);
    const offHost = await run('console', '--account', '111111111111', '--role', 'ReadOnlyAccess', '--destination', '//evil.example/x', '--print');
    expect(offHost.code).toBe(1);
    expect(offHost.stderr).toMatch(/^sso-tray: That console destination is not allowed: .*\n$/);
  });

  it('config sync --dry-run shows the diff and writes nothing; config sync writes profiles fromProcess reads', { timeout: 120_000 }, async () => {
    const configFile = join(root, 'synced-config');
    const env = { ...cli.env, AWS_CONFIG_FILE: configFile };
    const own = '# my own profile\n[profile mine]\nregion = us-east-2\n';
    writeFileSync(configFile, own);
    const dry = await runCliProcess({ ...cli, env }, ['config', 'sync', '--dry-run', '--style', 'credential-process']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('+[profile ');
    expect(dry.stderr).toMatch(/nothing written/);
    expect(readFileSync(configFile, 'utf8')).toBe(own);

    const sync = await runCliProcess({ ...cli, env }, ['config', 'sync', '--style', 'credential-process']);
    expect(sync.stderr).toMatch(/^Updated /);
    expect(sync.code).toBe(0);
    const written = readFileSync(configFile, 'utf8');
    expect(written.startsWith(own)).toBe(true);
    const profile = /\[profile ([^\]]*ReadOnlyAccess[^\]]*)\]/.exec(written)?.[1];
    expect(profile).toBeDefined();
    const saved = { ...process.env };
    Object.assign(process.env, env);
    try {
      const credentials = await fromProcess({ profile, filepath: join(root, 'no-credentials-file'), configFilepath: configFile })();
      expect(await admin(`credentials/${credentials.accessKeyId}`)).toMatchObject({ roleName: 'ReadOnlyAccess', userName: 'alice' });
    } finally {
      process.env = saved;
    }
  });

  it('logs out: the next credential-process says to sign in', { timeout: 60_000 }, async () => {
    const logout = await run('logout');
    expect(logout.code).toBe(0);
    const after = await run('credential-process', '--account', '111111111111', '--role', 'ReadOnlyAccess');
    expect(after.code).toBe(1);
    expect(after.stdout).toBe('');
    expect(after.stderr).toMatch(/^sso-tray: Signed out of .*: run sso-tray login --instance https:\/\/d-1234567890\.awsapps\.com\/start\n$/);
  });
});
