// Keychain helpers for tests that need the real Secret Service (run them through
// scripts/with-keyring.sh). They fail loudly when it is absent: CI always provides it.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { AsyncEntry } from '@napi-rs/keyring';

/** Throws with the command to use when no Secret Service session is reachable. */
export async function requireSecretService(): Promise<void> {
  const probe = `sso-tray-test-probe/${randomUUID()}`;
  try {
    const entry = new AsyncEntry('sso-tray-test', probe, { linux: { store: 'secret-service' } });
    await entry.setPassword('probe');
    await entry.deleteCredential();
  } catch (error) {
    throw new Error(
      `These tests need a Secret Service keyring. Run them as: bash scripts/with-keyring.sh npx vitest run app\n(${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

/** A keychain service name of its own per test, so tests never see each other's entries. */
export function uniqueKeychainService(): string {
  return `sso-tray-test-${randomUUID().slice(0, 8)}`;
}

/** The environment secret-tool runs in (tests of the helpers point it at a bus that is not there). */
export type ToolEnvironment = NodeJS.ProcessEnv;

interface ToolRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs secret-tool and returns its exit status; throws only when it could not be started. */
async function secretTool(args: readonly string[], env: ToolEnvironment, input?: string | Uint8Array): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    const child = execFile('secret-tool', args, { env }, (error, stdout, stderr) => {
      const status = error ? (error as { code?: unknown }).code : 0;
      if (typeof status !== 'number') reject(error ?? new Error('secret-tool did not run'));
      else resolve({ status, stdout, stderr });
    });
    // secret-tool may exit before it reads its input (no bus to reach): the write then fails with
    // EPIPE, an error event that would be uncaught. Its exit status already says what went wrong.
    child.stdin?.on('error', () => {});
    child.stdin?.end(input ?? '');
  });
}

function unreachable(command: string, run: ToolRun): Error {
  return new Error(`The keyring could not be reached (secret-tool ${command} exited ${run.status}): ${run.stderr.trim() || 'no message'}`);
}

const reachabilityProbe = ['service', 'sso-tray-test-probe', 'username', 'reachable'] as const;

/**
 * Proves the keyring answers right now: stores an entry, reads it back and clears it. Called
 * before any helper reports "absent", because secret-tool also exits with 1 and prints nothing
 * useful on stdout when it cannot reach the Secret Service at all.
 */
async function proveKeyringAnswers(env: ToolEnvironment): Promise<void> {
  const value = randomUUID();
  const stored = await secretTool(['store', '--label=sso-tray test probe', ...reachabilityProbe], env, value);
  if (stored.status !== 0) throw unreachable('store', stored);
  const read = await secretTool(['lookup', ...reachabilityProbe], env);
  await secretTool(['clear', ...reachabilityProbe], env);
  if (read.status !== 0 || read.stdout !== value) throw unreachable('lookup', read);
}

/**
 * `secret-tool lookup service <service> username <account>`: what is really in the keychain.
 * Undefined only when the keyring answered that there is no such entry; throws when it did not.
 */
export async function secretToolLookup(service: string, account: string, env: ToolEnvironment = process.env): Promise<string | undefined> {
  const run = await secretTool(['lookup', 'service', service, 'username', account], env);
  if (run.status === 0 && run.stdout !== '') return run.stdout;
  // No such item: exit 1 (or 0 with an empty secret), nothing on stderr. Anything else is a failure.
  if ((run.status !== 0 && run.status !== 1) || run.stderr.trim() !== '') throw unreachable('lookup', run);
  await proveKeyringAnswers(env);
  return undefined;
}

/**
 * `secret-tool store service <service> username <account>`: another tool writing an entry under
 * the app's service, byte for byte (so a test can plant what the app itself would never write).
 */
export async function secretToolStore(service: string, account: string, secret: string | Uint8Array, env: ToolEnvironment = process.env): Promise<void> {
  const run = await secretTool(['store', `--label=${service} ${account}`, 'service', service, 'username', account], env, secret);
  if (run.status !== 0) throw unreachable('store', run);
}

/**
 * Every item of a service, as `secret-tool search --all` lists them: account → secret. secret-tool
 * prints each item's secret on stdout and its attributes on stderr, in the same order. An empty
 * map means the keyring answered and holds none; a failure to reach it throws.
 */
export async function secretToolSearch(service: string, env: ToolEnvironment = process.env): Promise<Map<string, string>> {
  const run = await secretTool(['search', '--all', '--unlock', 'service', service], env);
  if (run.status !== 0) throw unreachable('search', run);
  const secrets = [...run.stdout.matchAll(/^secret = (.*)$/gm)].map((match) => match[1] ?? '');
  const accounts = [...run.stderr.matchAll(/^attribute\.username = (.*)$/gm)].map((match) => match[1] ?? '');
  if (secrets.length !== accounts.length) throw new Error(`secret-tool listed ${secrets.length} secrets but ${accounts.length} accounts`);
  if (accounts.length === 0) await proveKeyringAnswers(env);
  return new Map(accounts.map((account, index) => [account, secrets[index] ?? '']));
}
