// Interop: Debian's AWS CLI v2 uses the app's sign-in through the token cache the app writes
// (docs/terminal-credentials.md §2). The app signs in (tokenCache on, temporary HOME); a hand-written
// [sso-session]/[profile] config, named by ssoSessionName, points the CLI at it; `aws configure
// export-credentials` answers credentials the emulator issued to the app's user. The access token
// lives 10 minutes, inside botocore's 15-minute refresh window, so the CLI itself refreshes and
// rotates the refresh token; the app then takes over the CLI's session instead of failing.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliTokenCachePath } from '../../app/credentials/token-cache/cli-token-file';
import { ssoSessionName } from '../../app/model/sso-session-name';
import { systemClock } from '../../app/ports/clock';
import { InMemorySecretStore } from '../../app/secrets/in-memory-secret-store';
import { CoreHarness } from '../../app/testing/core-harness';
import type { RunningEmulator } from './index';
import { SAMPLE_REGION, SAMPLE_START_URL, startSampleEmulator } from './testing';

const AWS_CLI = '/usr/bin/aws';
const RULE_SETS = ['sso/2019-06-10/endpoint-rule-set-1.json', 'sso-oidc/2019-06-10/endpoint-rule-set-1.json'];

let emulator: RunningEmulator;
let harness: CoreHarness;
let root: string;
let home: string;
let env: NodeJS.ProcessEnv;

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(AWS_CLI, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
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
  if (!existsSync(AWS_CLI)) throw new Error(`${AWS_CLI} (Debian's AWS CLI v2) is missing: apt-get install -y awscli. This interop test does not skip.`);
  emulator = await startSampleEmulator({ lifetimes: { accessTokenSeconds: 600 } });
  root = mkdtempSync(join(tmpdir(), 'awscli-token-cache-'));
  home = join(root, 'home');
  const dataPath = join(root, 'aws-data');
  for (const ruleSet of RULE_SETS) {
    const text = readFileSync(join('e2e/fixtures/awscli-v2-endpoints', ruleSet), 'utf8').replace('http://127.0.0.1:18080', emulator.endpoint);
    mkdirSync(join(dataPath, ruleSet, '..'), { recursive: true });
    writeFileSync(join(dataPath, ruleSet), text);
  }
  const session = ssoSessionName({ startUrl: SAMPLE_START_URL });
  mkdirSync(join(home, '.aws'), { recursive: true });
  writeFileSync(
    join(home, '.aws', 'config'),
    `[sso-session ${session}]\nsso_start_url = ${SAMPLE_START_URL}\nsso_region = ${SAMPLE_REGION}\nsso_registration_scopes = sso:account:access\n\n[profile dev]\nsso_session = ${session}\nsso_account_id = 111111111111\nsso_role_name = ReadOnlyAccess\nregion = eu-central-1\n`,
  );
  env = { PATH: '/usr/bin:/bin', HOME: home, LANG: 'C.UTF-8', AWS_DATA_PATH: dataPath, AWS_EC2_METADATA_DISABLED: 'true', AWS_PAGER: '', PYTHONUNBUFFERED: '1' };
  harness = new CoreHarness({ clock: systemClock, endpoint: emulator.endpoint, secretStore: new InMemorySecretStore(), homeDir: home });
  await harness.core.ready;
});

afterAll(async () => {
  await harness?.dispose();
  await emulator?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("Debian AWS CLI v2 and the app's token cache", () => {
  it('exports credentials with the app sign-in, refreshing it itself; the app then takes over the rotated session', { timeout: 120_000 }, async () => {
    const instanceId = (await harness.addInstance(SAMPLE_START_URL, SAMPLE_REGION, 'device-code')).id;
    await harness.call('settings:update', { tokenCache: { [instanceId]: true } });
    await harness.call('sessions:sign-in', { instanceId });
    await harness.waitForSession(instanceId, ['signed-in']);
    const cacheFile = cliTokenCachePath(home, ssoSessionName({ startUrl: SAMPLE_START_URL }));
    const written = JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, string>;
    const refreshesBefore = emulator.admin.counts().CreateToken?.requests ?? 0;

    const exported = await run(['configure', 'export-credentials', '--profile', 'dev', '--format', 'env']);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    const variables = Object.fromEntries([...exported.stdout.matchAll(/^export (\w+)=(.*)$/gm)].map((match) => [match[1], match[2]]));
    expect(emulator.admin.issuedCredentials(variables.AWS_ACCESS_KEY_ID ?? '')).toMatchObject({ accountId: '111111111111', roleName: 'ReadOnlyAccess', userName: 'alice' });

    // The CLI refreshed (10 minutes left < 15) and rewrote the file with a rotated refresh token.
    expect(emulator.admin.counts().CreateToken?.requests).toBe(refreshesBefore + 1);
    const rewritten = JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, string>;
    expect(rewritten.refreshToken).not.toBe(written.refreshToken);
    expect(rewritten.accessToken).not.toBe(written.accessToken);

    // The app's next refresh uses the CLI's session, not its own rotated-away refresh token.
    const adopted = await harness.core.sessions.getAccessToken(instanceId, { interactive: false, rejectedToken: written.accessToken });
    expect(adopted).toBe(rewritten.accessToken);
    const next = await harness.core.sessions.getAccessToken(instanceId, { interactive: false, rejectedToken: adopted });
    expect(next).not.toBe(adopted);
    expect(await harness.session(instanceId)).toMatchObject({ kind: 'signed-in' });
    expect((JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, string>).accessToken).toBe(next);

    // And after the app's refresh the CLI still works from the file, without another sign-in.
    rmSync(join(home, '.aws', 'cli'), { recursive: true, force: true });
    const again = await run(['configure', 'export-credentials', '--profile', 'dev', '--format', 'process']);
    expect(again.code).toBe(0);
    expect(emulator.admin.issuedCredentials((JSON.parse(again.stdout) as { AccessKeyId: string }).AccessKeyId)).toMatchObject({ userName: 'alice' });
  });
});
