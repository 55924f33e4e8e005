// `npm run demo`: the Electron app against the local IAM Identity Center emulator and the sample
// organisation. Starts the emulator CLI, waits for its one JSON line, then runs `electron-vite dev`
// with SSO_TRAY_AWS_ENDPOINT pointing at it. Stops the emulator when the app exits or on Ctrl-C.
// Without an Electron binary it says so and points at `npm run demo:web`.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const readyTimeoutMs = 30_000;

// The same rule as e2e/electron/find-electron-binary.ts (kept in TypeScript for the tests):
// never require('electron'), which would try to download the binary.
function findElectron() {
  const fromEnv = process.env.ELECTRON_PATH?.trim() || process.env.ELECTRON_EXEC_PATH?.trim();
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  const packageDir = join(root, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

/** Starts the emulator CLI and resolves with its ready line: { endpoint, startUrl, region, ... }. */
function startEmulator() {
  const child = spawn(
    process.execPath,
    [require.resolve('tsx/cli'), 'e2e/emulator/cli.ts', '--org', 'e2e/fixtures/sample-org.json', '--port', '0'],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the emulator did not report ready within ${readyTimeoutMs / 1000} s`)), readyTimeoutMs);
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(line));
      } catch {
        reject(new Error(`the emulator printed something other than its ready line: ${line.slice(0, 200)}`));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the emulator exited (code ${code}) before it was ready`));
    });
  });
  return { child, ready };
}

function stop(child) {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
}

async function main() {
  const electron = findElectron();
  if (!electron) {
    console.error(
      [
        'npm run demo needs the Electron binary, and this machine has none',
        '(node_modules/electron/path.txt is missing: its download did not run or could not reach GitHub).',
        '',
        'Try the same app in your browser instead:',
        '',
        '    npm run demo:web',
        '',
        'Or point ELECTRON_PATH at an Electron executable.',
      ].join('\n'),
    );
    process.exit(1);
  }

  const emulator = startEmulator();
  let app;
  const shutdown = (signal) => {
    stop(app);
    stop(emulator.child);
    if (!app) process.exit(signal ? 130 : 1);
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  let info;
  try {
    info = await emulator.ready;
  } catch (error) {
    console.error(`npm run demo: ${error.message}`);
    shutdown();
    return;
  }
  console.log(`Emulator on ${info.endpoint}. In the app, add ${info.startUrl} (${info.region}) and sign in as a fixture user.`);

  app = spawn(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'dev'], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      SSO_TRAY_AWS_ENDPOINT: info.endpoint,
      ELECTRON_EXEC_PATH: electron,
      // A separate profile, so the demo's settings never mix with a real installation's.
      SSO_TRAY_USER_DATA_DIR: mkdtempSync(join(tmpdir(), 'sso-tray-demo-')),
    },
  });
  app.once('exit', (code, signal) => {
    stop(emulator.child);
    process.exit(code ?? (signal ? 1 : 0));
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
