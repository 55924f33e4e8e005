// Runs the real CLI as a child process (node + tsx, as `npm run cli` does) for the CLI's emulator
// tests and the benchmark: its own settings folder and keychain service, the emulator as AWS.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliEnvironment {
  readonly userDataDir: string;
  readonly keychainService: string;
  /** Added to the child's environment (SSO_TRAY_AWS_ENDPOINT, HOME, AWS_CONFIG_FILE, ...). */
  readonly env: NodeJS.ProcessEnv;
  /** The argv that starts the CLI (default: the TypeScript entry through tsx). */
  readonly launcher?: readonly string[];
}

export function tsxLauncher(root: string = process.cwd()): string[] {
  return [process.execPath, '--import', join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs'), join(root, 'app', 'cli', 'main.ts')];
}

export function runCliProcess(environment: CliEnvironment, args: readonly string[]): Promise<CliRun> {
  const [command = process.execPath, ...prefix] = environment.launcher ?? tsxLauncher();
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...prefix, ...args, '--user-data', environment.userDataDir, '--keychain-service', environment.keychainService], {
      env: { ...process.env, ...environment.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
