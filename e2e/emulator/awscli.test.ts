// Interop: Debian's AWS CLI v2 (2.9.19) signs in against the emulator with the device flow, then
// exports role credentials the emulator issued, then signs out (docs/aws-wire.md §6). The CLI ignores
// endpoint overrides for SSO, so AWS_DATA_PATH swaps in endpoint rule sets that point here.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrganisation, startEmulator, type RunningEmulator } from './index';
import { SAMPLE_REGION, SAMPLE_START_URL } from './testing';

const AWS_CLI = '/usr/bin/aws';
const RULE_SETS = ['sso/2019-06-10/endpoint-rule-set-1.json', 'sso-oidc/2019-06-10/endpoint-rule-set-1.json'];

let emulator: RunningEmulator;
let root: string;
let env: NodeJS.ProcessEnv;

function run(args: string[], onStdout?: (text: string) => void): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(AWS_CLI, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      onStdout?.(stdout);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 40_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  if (!existsSync(AWS_CLI)) {
    throw new Error(`${AWS_CLI} (Debian's AWS CLI v2) is missing: install it with "apt-get install -y awscli" (CI does). This interop test does not skip.`);
  }
  emulator = await startEmulator({ org: loadOrganisation('e2e/fixtures/sample-org.json'), pollIntervalSeconds: 1 });
  root = mkdtempSync(join(tmpdir(), 'emulator-awscli-'));
  const dataPath = join(root, 'aws-data');
  for (const ruleSet of RULE_SETS) {
    const text = readFileSync(join('e2e/fixtures/awscli-v2-endpoints', ruleSet), 'utf8').replace('http://127.0.0.1:18080', emulator.endpoint);
    mkdirSync(join(dataPath, ruleSet, '..'), { recursive: true });
    writeFileSync(join(dataPath, ruleSet), text);
  }
  const home = join(root, 'home');
  mkdirSync(join(home, '.aws'), { recursive: true });
  writeFileSync(
    join(home, '.aws', 'config'),
    `[sso-session emu]
sso_start_url = ${SAMPLE_START_URL}
sso_region = ${SAMPLE_REGION}
sso_registration_scopes = sso:account:access

[profile dev]
sso_session = emu
sso_account_id = 111111111111
sso_role_name = ReadOnlyAccess
region = eu-central-1
output = json
`,
  );
  // A clean environment: nothing from the machine's AWS_* variables, profiles or pagers.
  env = { PATH: '/usr/bin:/bin', HOME: home, LANG: 'C.UTF-8', AWS_DATA_PATH: dataPath, AWS_EC2_METADATA_DISABLED: 'true', AWS_PAGER: '', PYTHONUNBUFFERED: '1' };
});

afterAll(async () => {
  await emulator?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('Debian AWS CLI v2 against the emulator', () => {
  // Three Python CLI runs: ~8 s on an idle machine, allow for a busy one.
  it('logs in with the device flow, exports credentials the emulator issued, logs out', { timeout: 120_000 }, async () => {
    const admin = (path: string, init?: RequestInit) => fetch(`${emulator.endpoint}/_emulator/${path}`, init);
    let approved = false;
    let loginEnded = false;
    const approveOnce = async () => {
      // The CLI shows the code on stdout; the admin API lists it too, and is what we approve through.
      while (!approved && !loginEnded) {
        const pending = (await (await admin('device-codes')).json()) as { userCode: string; startUrl: string }[];
        const code = pending.find((entry) => entry.startUrl === SAMPLE_START_URL)?.userCode;
        if (code) {
          const response = await admin(`device-codes/${code}/approve`, { method: 'POST', body: JSON.stringify({ userName: 'alice' }) });
          expect(response.status).toBe(200);
          approved = true;
          return code;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('the CLI ended without starting a device authorization');
    };

    const loginRun = run(['sso', 'login', '--profile', 'dev', '--no-browser']).finally(() => (loginEnded = true));
    const approval = approveOnce().catch(async (error: unknown) => {
      const result = await loginRun;
      throw new Error(`${(error as Error).message}; exit ${result.code}, stdout: ${result.stdout}, stderr: ${result.stderr}`);
    });
    const [login, userCode] = await Promise.all([loginRun, approval]);
    expect(login.stderr).toBe('');
    expect(login.code).toBe(0);
    expect(login.stdout).toContain(`${emulator.endpoint}/device`);
    expect(login.stdout).toContain(userCode);
    expect(login.stdout).toContain(`Successfully logged into Start URL: ${SAMPLE_START_URL}`);
    const cacheFile = join(env.HOME ?? '', '.aws', 'sso', 'cache', `${createHash('sha1').update('emu').digest('hex')}.json`);
    expect(JSON.parse(readFileSync(cacheFile, 'utf8'))).toMatchObject({ startUrl: SAMPLE_START_URL, region: SAMPLE_REGION, refreshToken: expect.any(String) });

    const exported = await run(['configure', 'export-credentials', '--profile', 'dev', '--format', 'env']);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    const variables = Object.fromEntries([...exported.stdout.matchAll(/^export (\w+)=(.*)$/gm)].map((match) => [match[1], match[2]]));
    expect(variables.AWS_ACCESS_KEY_ID).toMatch(/^ASIA/);
    const issued = await admin(`credentials/${variables.AWS_ACCESS_KEY_ID}`);
    expect(issued.status).toBe(200);
    expect(await issued.json()).toMatchObject({ accountId: '111111111111', roleName: 'ReadOnlyAccess', userName: 'alice' });
    const session = JSON.stringify({ sessionId: variables.AWS_ACCESS_KEY_ID, sessionKey: variables.AWS_SECRET_ACCESS_KEY, sessionToken: variables.AWS_SESSION_TOKEN });
    const signin = await fetch(`${emulator.endpoint}/federation?${new URLSearchParams({ Action: 'getSigninToken', Session: session })}`);
    expect(signin.status).toBe(200);

    const logout = await run(['sso', 'logout', '--profile', 'dev']);
    expect(logout.code).toBe(0);
    expect(emulator.admin.counts().Logout?.requests).toBe(1);
    expect(existsSync(cacheFile)).toBe(false);
  });
});
