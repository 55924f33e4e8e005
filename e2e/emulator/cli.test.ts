// The CLI as scripts use it: one JSON ready line on stdout, a working server, exit 0 on SIGTERM.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';

// One process, as `node --import tsx` makes it: the tsx CLI would sit in between and relay signals
// with 30 ms deadlines, and on a busy machine it SIGKILLs the emulator and exits 143 instead of 0.
const spawnCli = (args: string[]) => spawn(process.execPath, ['--import', 'tsx', 'e2e/emulator/cli.ts', ...args], { stdio: 'pipe' });

function startCli(args: string[]): { child: ChildProcessWithoutNullStreams; firstLine: Promise<string>; stderr: () => string } {
  const child = spawnCli(args);
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const firstLine = new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const newline = stdout.indexOf('\n');
      if (newline >= 0) resolve(stdout.slice(0, newline));
    });
    child.on('exit', (code) => reject(new Error(`CLI exited with ${code} before it was ready: ${stderr}`)));
  });
  return { child, firstLine, stderr: () => stderr };
}

describe('npm run emulator', () => {
  it('prints one ready line, serves, and exits 0 on SIGTERM', async () => {
    const { child, firstLine } = startCli(['--org', 'e2e/fixtures/sample-org.json', '--port', '0', '--poll-interval', '1', '--rate-limit', '50', '--portal-rate-limit', '30', '--latency-ms', '5', '--auto-approve', 'bob', '--seed', '42']);
    try {
      const ready = JSON.parse(await firstLine) as { endpoint: string; startUrl: string; region: string; instances: { startUrl: string; region: string }[] };
      expect(ready.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(ready).toMatchObject({
        startUrl: 'https://d-1234567890.awsapps.com/start',
        region: 'eu-west-1',
        instances: [
          { startUrl: 'https://d-1234567890.awsapps.com/start', region: 'eu-west-1' },
          { startUrl: 'https://acme-sandbox.awsapps.com/start', region: 'us-east-1' },
        ],
      });
      const settings = (await (await fetch(`${ready.endpoint}/_emulator/settings`)).json()) as Record<string, unknown>;
      expect(settings).toMatchObject({ pollIntervalSeconds: 1, rateLimitPerSecond: 50, portalRateLimitPerSecond: 30, latencyMs: 5, autoApproveUser: 'bob', seed: 42 });
      const exit = once(child, 'exit');
      child.kill('SIGTERM');
      const [code] = await exit;
      expect(code).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  it('serves a generated organisation with --generate', async () => {
    const { child, firstLine } = startCli(['--generate', '50x2', '--port', '0']);
    try {
      const ready = JSON.parse(await firstLine) as { endpoint: string };
      const instances = (await (await fetch(`${ready.endpoint}/_emulator/instances`)).json()) as { accounts: number }[];
      expect(instances).toEqual([expect.objectContaining({ accounts: 50, users: ['alice', 'bob'] })]);
      child.kill('SIGINT');
      expect((await once(child, 'exit'))[0]).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  it('refuses a seed that is not a 32-bit unsigned integer', async () => {
    const child = spawnCli(['--generate', '1x1', '--seed', '1.5']);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = await once(child, 'exit');
    expect(code).toBe(2);
    expect(stderr).toContain('seed: seed must be an integer from 0 to 4294967295');
  });

  it('fails with a clear message on an invalid fixture', async () => {
    const child = spawnCli(['--org', 'package.json']);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = await once(child, 'exit');
    expect(code).toBe(2);
    expect(stderr).toContain('Invalid organisation fixture package.json:\n  - instances:');
  });
});
