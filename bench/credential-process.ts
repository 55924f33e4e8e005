// The credential_process helper as a whole process, the way a tool runs it: `node` on the CLI
// bundle (npm run build:cli), credentials already cached, 20 runs, median and max. Two cases:
//   cache:  the app not running; the role credentials come from the CLI's keychain cache;
//   socket: the app's core running (as the web host runs it); the answer comes over the socket.
// Baseline in the same run: Debian's AWS CLI v2, `aws configure export-credentials --profile P`
// for an SSO profile of the same role, signed in through the emulator (its token cache and its
// own role-credential cache warm). Needs the Secret Service (npm run bench has it) and /usr/bin/aws.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE_REGION, SAMPLE_START_URL, startSampleEmulator } from '../e2e/emulator/testing';
import { composeHeadless } from '../app/host/compose-headless';
import { createDispatcher } from '../app/ipc/dispatch';
import { silentLogger } from '../app/ports/logger';
import { startLocalSocketServer } from '../app/local-socket/local-socket-server';
import { createCoreBackend } from '../app/cli/core-backend';
import type { CliBackend } from '../app/cli/cli-backend';
import { cliBundlePath } from '../app/cli/credential-process-command';
import { uniqueKeychainService } from '../app/testing/keyring';
import { round, type BenchOutput } from './figure';

const runs = 20;
const awsCli = '/usr/bin/aws';

export async function credentialProcessBench(): Promise<BenchOutput> {
  execFileSync(process.execPath, ['scripts/build-cli.mjs']);
  const emulator = await startSampleEmulator();
  const root = mkdtempSync(join(tmpdir(), 'bench-credential-process-'));
  const userDataDir = join(root, 'user-data');
  const keychainService = uniqueKeychainService();
  // The helper runs in the same kind of clean environment as the baseline below, the one a tool
  // passes on: what this shell exports (NODE_EXTRA_CA_CERTS here adds ~90 ms to every node start)
  // would otherwise weigh on one side of the ratio only. The session bus is the keychain's way in.
  const env = {
    ...pick(process.env, ['PATH', 'LANG', 'DBUS_SESSION_BUS_ADDRESS']),
    HOME: join(root, 'helper-home'),
    SSO_TRAY_AWS_ENDPOINT: emulator.endpoint,
    XDG_RUNTIME_DIR: join(root, 'run'),
    SSO_TRAY_USER_DATA_DIR: userDataDir,
  };
  const helper = [cliBundlePath(process.cwd()), 'credential-process', '--account', '111111111111', '--role', 'ReadOnlyAccess', '--keychain-service', keychainService];
  const newCore = () => composeHeadless({ appName: 'SSO Tray', appVersion: '0.0.0', runtime: 'web-host', awsEndpoint: emulator.endpoint, browser: { open: async () => {} }, logger: silentLogger, persistence: { keychainService, userDataDir } });
  try {
    // Signed in once, by a core that then goes away (the app not running).
    const signer = newCore();
    const added = await createDispatcher(signer.handlers, () => undefined)('instances:add', { startUrl: SAMPLE_START_URL, region: SAMPLE_REGION, signInMethod: 'device-code' }, { senderId: 'bench' });
    if (!added.ok) throw new Error(added.message);
    await signer.sessions.getAccessToken((added.value as { id: string }).id, { interactive: true });
    await signer.dispose();

    await timed(process.execPath, helper, env); // fills the keychain cache
    const cache = await measure(process.execPath, helper, env);

    // The app's side as startAppSocket builds it, counting what it answers: a socket the helper
    // never reached would silently measure the keychain cache a second time.
    const app = newCore();
    const backend = createCoreBackend(app, { promptSignIn: true, kind: 'app' });
    let answered = 0;
    const counting: CliBackend = { ...backend, kind: backend.kind, roleCredentials: async (target) => ((answered += 1), backend.roleCredentials(target)) };
    const socket = await withEnv({ XDG_RUNTIME_DIR: env.XDG_RUNTIME_DIR }, () => startLocalSocketServer({ backend: counting, userDataDir, logger: silentLogger }));
    await timed(process.execPath, helper, env); // the app's first GetRoleCredentials
    const viaSocket = await measure(process.execPath, helper, env);
    await socket.close();
    await app.dispose();
    if (answered !== runs + 1) throw new Error(`the app answered ${answered} of ${runs + 1} helper runs over the socket`);

    const awsEnv = await awsCliSignedIn(root, emulator.endpoint);
    const exportArgs = ['configure', 'export-credentials', '--profile', 'dev', '--format', 'process'];
    await timed(awsCli, exportArgs, awsEnv);
    const baseline = await measure(awsCli, exportArgs, awsEnv);

    // The floor: starting node itself on this machine, so a loaded machine reads as such.
    const floor = await measure(process.execPath, ['-e', '0'], env);
    const line = (mode: string, figures: Stats) => ({ bench: 'credential-process', mode, runs, medianMs: round(figures.median), maxMs: round(figures.max), nodeStartMedianMs: round(floor.median), baselineMedianMs: round(baseline.median), baselineMaxMs: round(baseline.max), ratio: round(figures.median / baseline.median) });
    return {
      lines: [line('cache', cache), line('socket', viaSocket)],
      figures: [
        { name: 'credential-process, app not running (keychain cache): median', value: cache.median, unit: 'ms', note: `max ${cache.max.toFixed(0)} ms, ${runs} runs` },
        { name: 'credential-process, app running (socket): median', value: viaSocket.median, unit: 'ms', note: `max ${viaSocket.max.toFixed(0)} ms` },
        { name: 'node -e 0 (the floor of any node helper): median', value: floor.median, unit: 'ms' },
        { name: 'aws configure export-credentials (baseline): median', value: baseline.median, unit: 'ms', note: `max ${baseline.max.toFixed(0)} ms` },
        { name: 'credential-process / baseline (cache)', value: cache.median / baseline.median, unit: 'x' },
        { name: 'credential-process / baseline (socket)', value: viaSocket.median / baseline.median, unit: 'x' },
      ],
    };
  } finally {
    await emulator.close();
    rmSync(root, { recursive: true, force: true });
  }
}

/** The socket's address comes from the environment (XDG_RUNTIME_DIR): the server's must match the helper's. */
async function withEnv<T>(values: Record<string, string | undefined>, run: () => Promise<T>): Promise<T> {
  const saved = pick(process.env, Object.keys(values));
  Object.assign(process.env, values);
  try {
    return await run();
  } finally {
    for (const name of Object.keys(values)) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  }
}

function pick(source: NodeJS.ProcessEnv, names: readonly string[]): NodeJS.ProcessEnv {
  return Object.fromEntries(names.flatMap((name) => (source[name] === undefined ? [] : [[name, source[name]]])));
}

interface Stats {
  readonly median: number;
  readonly max: number;
}

async function measure(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<Stats> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) times.push(await timed(command, args, env));
  times.sort((a, b) => a - b);
  return { median: ((times[runs / 2 - 1] ?? 0) + (times[runs / 2] ?? 0)) / 2, max: times[runs - 1] ?? 0 };
}

/** Wall time from spawn to exit; a failed run stops the bench (a figure of failures means nothing). */
function timed(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`${command} exited ${code}: ${stderr.trim()}`))));
  });
}

/** The AWS CLI signed in to the emulator with the device flow (as e2e/emulator/awscli.test.ts does). */
async function awsCliSignedIn(root: string, endpoint: string): Promise<NodeJS.ProcessEnv> {
  const dataPath = join(root, 'aws-data');
  for (const ruleSet of ['sso/2019-06-10/endpoint-rule-set-1.json', 'sso-oidc/2019-06-10/endpoint-rule-set-1.json']) {
    const text = readFileSync(join('e2e/fixtures/awscli-v2-endpoints', ruleSet), 'utf8').replace('http://127.0.0.1:18080', endpoint);
    mkdirSync(join(dataPath, ruleSet, '..'), { recursive: true });
    writeFileSync(join(dataPath, ruleSet), text);
  }
  const home = join(root, 'aws-home');
  mkdirSync(join(home, '.aws'), { recursive: true });
  writeFileSync(
    join(home, '.aws', 'config'),
    `[sso-session emu]\nsso_start_url = ${SAMPLE_START_URL}\nsso_region = ${SAMPLE_REGION}\nsso_registration_scopes = sso:account:access\n\n[profile dev]\nsso_session = emu\nsso_account_id = 111111111111\nsso_role_name = ReadOnlyAccess\nregion = eu-central-1\n`,
  );
  const env = { PATH: '/usr/bin:/bin', HOME: home, LANG: 'C.UTF-8', AWS_DATA_PATH: dataPath, AWS_EC2_METADATA_DISABLED: 'true', AWS_PAGER: '' };
  // The emulator approves device codes as alice by itself (startSampleEmulator).
  await timed(awsCli, ['sso', 'login', '--profile', 'dev', '--no-browser'], env);
  return env;
}
