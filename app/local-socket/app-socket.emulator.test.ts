// The running app's socket, with the real CLI as 20 child processes (the bundle plain node runs):
// while signed out they all fail with one line and the app shows exactly one sign-in prompt (its
// `sign-in-requested` notice); once signed in they get the app's credentials, which the emulator
// issued. A connection without the token gets nothing. Keyring via scripts/with-keyring.sh.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_REGION, SAMPLE_START_URL, startSampleEmulator } from '../../e2e/emulator/testing';
import type { RunningEmulator } from '../../e2e/emulator/index';
import type { Core } from '../core';
import { composeHeadless } from '../host/compose-headless';
import { createDispatcher } from '../ipc/dispatch';
import type { EventPayload } from '../ipc/contract';
import type { Notice } from '../model/notice';
import { silentLogger } from '../ports/logger';
import { requireSecretService, uniqueKeychainService } from '../testing/keyring';
import { runCliProcess, type CliEnvironment } from '../cli/cli-testing';
import { cliBundlePath } from '../cli/credential-process-command';
import { startAppSocket } from './start-app-socket';
import type { LocalSocketServer } from './local-socket-server';

let emulator: RunningEmulator;
let root: string;
let core: Core;
let server: LocalSocketServer | undefined;
let cli: CliEnvironment;
let instanceId: string;
const prompts: Notice[] = [];

beforeAll(async () => {
  await requireSecretService();
  execFileSync(process.execPath, ['scripts/build-cli.mjs']);
  emulator = await startSampleEmulator();
  root = mkdtempSync(join(tmpdir(), 'sso-tray-socket-'));
  const userDataDir = join(root, 'user-data');
  const keychainService = uniqueKeychainService();
  process.env.XDG_RUNTIME_DIR = join(root, 'run');
  core = composeHeadless({ appName: 'SSO Tray', appVersion: '0.0.0', runtime: 'web-host', awsEndpoint: emulator.endpoint, browser: { open: async () => {} }, logger: silentLogger, persistence: { keychainService, userDataDir } });
  let shown = new Set<string>();
  core.events.subscribeAll((event, payload) => {
    if (event !== 'notices-changed') return;
    const list = payload as EventPayload<'notices-changed'>;
    for (const notice of list) if (notice.kind === 'sign-in-requested' && !shown.has(notice.id)) prompts.push(notice);
    shown = new Set(list.map((notice) => notice.id));
  });
  const dispatch = createDispatcher(core.handlers, () => undefined);
  const added = await dispatch('instances:add', { startUrl: SAMPLE_START_URL, region: SAMPLE_REGION, signInMethod: 'device-code' }, { senderId: 'test' });
  if (!added.ok) throw new Error(added.message);
  instanceId = (added.value as { id: string }).id;
  server = await startAppSocket(core, userDataDir);
  cli = { userDataDir, keychainService, env: { SSO_TRAY_AWS_ENDPOINT: emulator.endpoint, XDG_RUNTIME_DIR: join(root, 'run') }, launcher: [process.execPath, cliBundlePath(process.cwd())] };
});

afterAll(async () => {
  await server?.close();
  await core?.dispose();
  await emulator?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

const ask = () => runCliProcess(cli, ['credential-process', '--account', '111111111111', '--role', 'ReadOnlyAccess']);

describe('the app socket', () => {
  it('is user-only: the folder 0700, the socket and its token 0600', () => {
    expect(server).toBeDefined();
    const address = server?.address;
    expect(statSync(address?.folder ?? '').mode & 0o777).toBe(0o700);
    expect(statSync(address?.path ?? '').mode & 0o777).toBe(0o600);
    expect(statSync(address?.tokenFile ?? '').mode & 0o777).toBe(0o600);
  });

  it('answers nothing to a connection without the token, and closes it', async () => {
    const reply = await new Promise<string>((resolve) => {
      const socket = connect(server?.address.path ?? '');
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => resolve(text));
      socket.write(`${JSON.stringify({ id: 1, token: 'guess', op: 'role-credentials', input: { account: '111111111111', role: 'ReadOnlyAccess' } })}\n`);
    });
    expect(JSON.parse(reply)).toMatchObject({ id: 1, ok: false, code: 'access-denied' });
    expect(reply).not.toContain('ASIA');
  });

  it('20 concurrent credential-process calls while signed out: all exit 1 with one line, one sign-in prompt', { timeout: 180_000 }, async () => {
    const runs = await Promise.all(Array.from({ length: 20 }, ask));
    for (const run of runs) {
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^sso-tray: Signed out of .*: sign in from SSO Tray \(it shows a notice\), or run: sso-tray login --instance https:\/\/d-1234567890\.awsapps\.com\/start\n$/);
    }
    expect(prompts).toHaveLength(1);
    expect(prompts[0]).toMatchObject({ kind: 'sign-in-requested', instanceId, action: { kind: 'sign-in', instanceId } });
  });

  it('signed in, the app hands out credentials the emulator issued, and the prompt is gone', { timeout: 120_000 }, async () => {
    await core.sessions.getAccessToken(instanceId, { interactive: true });
    const dispatch = createDispatcher(core.handlers, () => undefined);
    const notices = await dispatch('notices:list', undefined, { senderId: 'test' });
    expect(notices.ok && (notices.value as Notice[]).some((notice) => notice.kind === 'sign-in-requested')).toBe(false);
    const runs = await Promise.all(Array.from({ length: 5 }, ask));
    const keys = new Set(runs.map((run) => (JSON.parse(run.stdout) as { AccessKeyId: string }).AccessKeyId));
    // The app's cache: five processes, one GetRoleCredentials, one key.
    expect(keys.size).toBe(1);
    expect(emulator.admin.counts().GetRoleCredentials?.requests).toBe(1);
    const [key] = [...keys];
    expect(await (await fetch(`${emulator.endpoint}/_emulator/credentials/${key}`)).json()).toMatchObject({ accountId: '111111111111', roleName: 'ReadOnlyAccess', userName: 'alice' });
  });
});
