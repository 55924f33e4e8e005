// Interop: the files the app writes, read by real AWS clients against the emulator. The JS SDK's
// fromIni resolves the credentials-file profile and a generated sso-session profile (with the
// token cache in the AWS CLI's format), and Debian's AWS CLI v2 exports credentials for the same
// sso-session profile. The emulator's admin API says whose keys they are.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetRoleCredentialsCommand, ListAccountRolesCommand, ListAccountsCommand } from '@aws-sdk/client-sso';
import { fromIni } from '@aws-sdk/credential-providers';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { deviceSignIn, portalClient, SAMPLE_REGION, SAMPLE_START_URL, startSampleEmulator } from '../../e2e/emulator/testing';
import type { RunningEmulator } from '../../e2e/emulator';
import type { Instance } from '../model/instance';
import type { PortalAccount } from '../model/portal';
import { ssoSessionName } from '../model/sso-session-name';
import { AwsFileStore } from './aws-file-store';
import { syncConfigFile, writeCredentialsProfile } from './aws-file-sync';

const AWS_CLI = '/usr/bin/aws';
const RULE_SETS = ['sso/2019-06-10/endpoint-rule-set-1.json', 'sso-oidc/2019-06-10/endpoint-rule-set-1.json'];
const instance: Instance = { id: 'inst-1', startUrl: SAMPLE_START_URL, region: SAMPLE_REGION, partition: 'aws', displayName: 'Sample', signInMethod: 'device-code' };
const userConfig = '# my own\r\n[default]\r\nregion = us-east-2\r\n';

let emulator: RunningEmulator;
let root: string;
let home: string;
let accessToken: string;
let accounts: PortalAccount[];
const store = new AwsFileStore();

beforeAll(async () => {
  if (!existsSync(AWS_CLI)) throw new Error(`${AWS_CLI} (Debian's AWS CLI v2) is missing: install it with "apt-get install -y awscli". This interop test does not skip.`);
  emulator = await startSampleEmulator();
  root = mkdtempSync(join(tmpdir(), 'aws-files-interop-'));
  home = join(root, 'home');
  accessToken = (await deviceSignIn(emulator)).tokens.accessToken ?? '';
  // The list as the portal gives it (the app's portal cache holds the same records).
  const portal = portalClient(emulator.endpoint);
  const listed = (await portal.send(new ListAccountsCommand({ accessToken }))).accountList ?? [];
  accounts = await Promise.all(
    listed.slice(0, 2).map(async (entry) => {
      const roles = (await portal.send(new ListAccountRolesCommand({ accessToken, accountId: entry.accountId }))).roleList ?? [];
      return { accountId: entry.accountId ?? '', accountName: entry.accountName ?? '', emailAddress: entry.emailAddress ?? '', roles: { status: 'loaded', names: roles.map((role) => role.roleName ?? ''), checkedAt: 1 } } as const;
    }),
  );
  // The token cache the AWS CLI and the SDK read for an sso-session: SHA-1 of the session's name.
  const cache = join(home, '.aws', 'sso', 'cache');
  mkdirSync(cache, { recursive: true });
  const expiresAt = new Date(Date.now() + 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');
  writeFileSync(join(cache, `${createHash('sha1').update(ssoSessionName(instance)).digest('hex')}.json`), JSON.stringify({ startUrl: SAMPLE_START_URL, region: SAMPLE_REGION, accessToken, expiresAt }), { mode: 0o600 });
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await emulator?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

async function issuedTo(accessKeyId: string): Promise<unknown> {
  const response = await fetch(`${emulator.endpoint}/_emulator/credentials/${accessKeyId}`);
  expect(response.status).toBe(200);
  return response.json();
}

describe('the files the app writes, read by AWS clients', () => {
  it('fromIni resolves the credentials-file profile the app wrote', async () => {
    const path = join(root, 'credentials');
    writeFileSync(path, '[mine]\naws_access_key_id = AKIAMINE\naws_secret_access_key = x\n');
    const issued = await portalClient(emulator.endpoint).send(new GetRoleCredentialsCommand({ accessToken, accountId: accounts[0]?.accountId, roleName: 'ReadOnlyAccess' }));
    const role = issued.roleCredentials ?? {};
    await writeCredentialsProfile(store, path, 'sso-tray-active', { accessKeyId: role.accessKeyId ?? '', secretAccessKey: role.secretAccessKey ?? '', sessionToken: role.sessionToken ?? '', expiration: role.expiration ?? 0 });

    const resolved = await fromIni({ profile: 'sso-tray-active', filepath: path, configFilepath: join(root, 'no-config'), ignoreCache: true })();
    expect(resolved).toMatchObject({ accessKeyId: role.accessKeyId, secretAccessKey: role.secretAccessKey, sessionToken: role.sessionToken });
    expect(await issuedTo(resolved.accessKeyId)).toMatchObject({ accountId: accounts[0]?.accountId, roleName: 'ReadOnlyAccess', userName: 'alice' });
    expect(readFileSync(path, 'utf8').startsWith('[mine]\naws_access_key_id = AKIAMINE\naws_secret_access_key = x\n')).toBe(true);
  });

  it('fromIni resolves a generated sso-session profile through the token cache and the emulator', async () => {
    const configPath = join(home, '.aws', 'config');
    writeFileSync(configPath, userConfig);
    const outcome = await syncConfigFile(store, configPath, { instances: [{ instance, accounts }], accountPreferences: {}, style: 'sso-session', template: '{account_name}.{role_name}' }, { dryRun: false });
    expect(outcome.written).toBe(true);
    const profile = outcome.profiles.find((candidate) => candidate.role.roleName === 'ReadOnlyAccess');
    expect(profile).toBeDefined();
    vi.stubEnv('HOME', home);
    vi.stubEnv('AWS_ENDPOINT_URL_SSO', emulator.endpoint);
    vi.stubEnv('AWS_ENDPOINT_URL_SSO_OIDC', emulator.endpoint);
    const resolved = await fromIni({ profile: profile?.name, configFilepath: configPath, filepath: join(root, 'no-credentials'), ignoreCache: true })();
    expect(await issuedTo(resolved.accessKeyId)).toMatchObject({ accountId: profile?.role.accountId, roleName: 'ReadOnlyAccess', userName: 'alice' });
    expect(readFileSync(configPath, 'utf8').startsWith(userConfig)).toBe(true);
  });

  // One Python CLI run: a few seconds on an idle machine, allow for a busy one.
  it("Debian's AWS CLI v2 exports credentials for a generated sso-session profile", { timeout: 90_000 }, async () => {
    const configPath = join(home, '.aws', 'config');
    const outcome = await syncConfigFile(store, configPath, { instances: [{ instance, accounts }], accountPreferences: {}, style: 'sso-session', template: '{account_id}-{role_name}' }, { dryRun: false });
    const profile = outcome.profiles.find((candidate) => candidate.role.roleName === 'AdministratorAccess') ?? outcome.profiles[0];
    const dataPath = join(root, 'aws-data');
    // The CLI ignores endpoint overrides for SSO: AWS_DATA_PATH swaps in rule sets that point at the emulator.
    for (const ruleSet of RULE_SETS) {
      const text = readFileSync(join('e2e/fixtures/awscli-v2-endpoints', ruleSet), 'utf8').replace('http://127.0.0.1:18080', emulator.endpoint);
      mkdirSync(join(dataPath, ruleSet, '..'), { recursive: true });
      writeFileSync(join(dataPath, ruleSet), text);
    }
    const env = { PATH: '/usr/bin:/bin', HOME: home, LANG: 'C.UTF-8', AWS_DATA_PATH: dataPath, AWS_CONFIG_FILE: configPath, AWS_EC2_METADATA_DISABLED: 'true', AWS_PAGER: '' };
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(AWS_CLI, ['configure', 'export-credentials', '--profile', profile?.name ?? '', '--format', 'env'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const keyId = /^export AWS_ACCESS_KEY_ID=(\S+)$/m.exec(result.stdout)?.[1] ?? '';
    expect(await issuedTo(keyId)).toMatchObject({ accountId: profile?.role.accountId, roleName: profile?.role.roleName, userName: 'alice' });
  });
});
