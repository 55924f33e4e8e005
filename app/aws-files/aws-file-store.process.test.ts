// Other processes writing the same AWS file: two writers at once lose nothing, and a writer killed
// in the middle of a write leaves the old file or the new one, and no lock that blocks the next.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AwsFileStore } from './aws-file-store';
import { writeCredentialsProfile } from './aws-file-sync';
import { parseIni } from './ini/ini-document';
import { withoutOwnedSections } from './testing/owned-sections';

const writer = join(__dirname, 'testing', 'writer-process.ts');
const userPart = '# my keys\r\n[personal]\r\naws_access_key_id = AKIAPERSONAL\r\naws_secret_access_key = mine\r\n';

let folder: string;
let path: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'aws-files-'));
  path = join(folder, '.aws', 'credentials');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function start(job: Record<string, unknown>): { child: ChildProcess; output: Promise<string>; line: Promise<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', writer, JSON.stringify({ path, ...job })], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let resolveLine: (line: string) => void = () => undefined;
  const line = new Promise<string>((resolve) => (resolveLine = resolve));
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (stdout.includes('\n')) resolveLine(stdout.split('\n')[0] ?? '');
  });
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const output = new Promise<string>((resolve, reject) => child.on('close', (code, signal) => (code === 0 ? resolve(stdout) : reject(new Error(`writer ended ${code ?? signal}: ${stderr}`)))));
  output.catch(() => undefined);
  return { child, output, line };
}

function keyOf(text: string, profile: string): string | undefined {
  return new RegExp(`\\[${profile}\\][^[]*?aws_access_key_id = (\\S+)`).exec(text)?.[1];
}

describe('AwsFileStore with other processes', () => {
  it('two processes writing at once both land, and the user part stays as it was', { timeout: 60_000 }, async () => {
    const store = new AwsFileStore();
    await store.update(path, () => ({ write: true, text: userPart }));
    const a = start({ profile: 'alpha', times: 15 });
    const b = start({ profile: 'beta', times: 15 });
    await Promise.all([a.output, b.output]);
    const text = readFileSync(path, 'utf8');
    expect(parseIni(text, 'credentials').ok).toBe(true);
    // A lost update (one writer planning from a file the other had not finished) would drop a profile.
    expect(keyOf(text, 'alpha')).toBe('ASIAALPHAXXX00000014');
    expect(keyOf(text, 'beta')).toBe('ASIABETAXXXX00000014');
    expect(withoutOwnedSections(text, 'credentials')).toBe(userPart);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(folder, '.aws')).sort()).toEqual(['credentials', 'credentials.bak']);
  });

  it('a writer killed before its rename leaves the old file; the next writer takes over the stale lock', { timeout: 60_000 }, async () => {
    const store = new AwsFileStore({ staleMs: 2_000 });
    await writeCredentialsProfile(store, path, 'alpha', { accessKeyId: 'ASIAOLD', secretAccessKey: 's', sessionToken: 't', expiration: 0 });
    const before = readFileSync(path, 'utf8');
    const killed = start({ profile: 'alpha', times: 1, pause: 'before-rename', staleMs: 2_000 });
    const paused = await killed.line;
    const temp = paused.replace(/^paused /, '');
    // The new text is complete in the temp file, the lock is held: then the writer dies.
    expect(keyOf(readFileSync(temp, 'utf8'), 'alpha')).toBe('ASIAALPHAXXX00000000');
    expect(existsSync(`${path}.lock`)).toBe(true);
    killed.child.kill('SIGKILL');
    await killed.output.catch(() => undefined);
    expect(readFileSync(path, 'utf8')).toBe(before);

    // The crashed holder's lock goes stale; the next write gets through and sees the old file.
    await writeCredentialsProfile(store, path, 'beta', { accessKeyId: 'ASIANEXT', secretAccessKey: 's', sessionToken: 't', expiration: 0 });
    const after = readFileSync(path, 'utf8');
    expect(keyOf(after, 'alpha')).toBe('ASIAOLD');
    expect(keyOf(after, 'beta')).toBe('ASIANEXT');
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('a writer killed right after its rename leaves the new file whole, and the previous one as .bak', { timeout: 60_000 }, async () => {
    const store = new AwsFileStore({ staleMs: 2_000 });
    await writeCredentialsProfile(store, path, 'alpha', { accessKeyId: 'ASIAOLD', secretAccessKey: 's', sessionToken: 't', expiration: 0 });
    const before = readFileSync(path, 'utf8');
    const killed = start({ profile: 'alpha', times: 1, pause: 'after-rename', staleMs: 2_000 });
    expect(await killed.line).toBe('renamed');
    killed.child.kill('SIGKILL');
    await killed.output.catch(() => undefined);
    const text = readFileSync(path, 'utf8');
    expect(parseIni(text, 'credentials').ok).toBe(true);
    expect(keyOf(text, 'alpha')).toBe('ASIAALPHAXXX00000000');
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe(before);
    expect(statSync(`${path}.bak`).mode & 0o777).toBe(0o600);
  });
});
