// Keychain helpers for tests that need the real Secret Service (run them through
// scripts/with-keyring.sh). They fail loudly when it is absent: CI always provides it.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { AsyncEntry } from '@napi-rs/keyring';

const run = promisify(execFile);

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

/** `secret-tool lookup service <service> username <account>`: what is really in the keychain. */
export async function secretToolLookup(service: string, account: string): Promise<string | undefined> {
  try {
    const { stdout } = await run('secret-tool', ['lookup', 'service', service, 'username', account]);
    return stdout === '' ? undefined : stdout;
  } catch (error) {
    // secret-tool exits with 1 and prints nothing when there is no such item.
    if ((error as { code?: unknown }).code === 1) return undefined;
    throw error;
  }
}

/**
 * Every item of a service, as `secret-tool search --all` lists them: account → secret. secret-tool
 * prints each item's secret on stdout and its attributes on stderr, in the same order.
 */
export async function secretToolSearch(service: string): Promise<Map<string, string>> {
  const { stdout, stderr } = await run('secret-tool', ['search', '--all', '--unlock', 'service', service]).catch(
    (error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? '', stderr: error.stderr ?? '' }),
  );
  const secrets = [...stdout.matchAll(/^secret = (.*)$/gm)].map((match) => match[1] ?? '');
  const accounts = [...stderr.matchAll(/^attribute\.username = (.*)$/gm)].map((match) => match[1] ?? '');
  if (secrets.length !== accounts.length) throw new Error(`secret-tool listed ${secrets.length} secrets but ${accounts.length} accounts`);
  return new Map(accounts.map((account, index) => [account, secrets[index] ?? '']));
}
