// `npm run demo:web`: the app without Electron. Starts the IAM Identity Center emulator with the
// sample organisation, a core pointed at it and the dev web host, then prints the address to open.
// Ctrl-C stops all three. Options: --port N (web host), --org FILE (another organisation),
// --keychain (secrets in the OS keychain under the service `sso-tray-demo-web`, settings in a file
// under --user-data DIR; without it, a temporary folder removed on exit). Without --keychain
// everything stays in memory: a demo leaves nothing behind.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadOrganisation, startEmulator } from '../emulator';
import type { Core } from '../../app/core';
import { composeNodeCore, type NodePersistence } from './compose-node';

/** Not the app's `sso-tray`: a demo against the emulator must not touch real sessions. */
const demoKeychainService = 'sso-tray-demo-web';
import { startWebHost } from './start-web-host';
import { startAppSocket } from '../../app/local-socket/start-app-socket';

// The AWS SDK warns once per process, on Node < 22, that its releases after January 2027 need a
// newer Node (@aws-sdk/core's emitWarningIfUnsupportedVersion). A demo is not the place for that
// notice; the SDK's own switch, read when the first client is built, turns it off here only.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, org: { type: 'string' }, keychain: { type: 'boolean' }, 'user-data': { type: 'string' } },
    strict: true,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port expects a port number, got "${values.port}"`);

  if (values['user-data'] !== undefined && !values.keychain) throw new Error('--user-data needs --keychain (without it nothing is stored)');
  const temporaryDir = values.keychain && values['user-data'] === undefined ? mkdtempSync(join(tmpdir(), 'sso-tray-demo-web-')) : undefined;
  const persistence: NodePersistence | undefined = values.keychain
    ? { keychainService: demoKeychainService, userDataDir: temporaryDir ?? resolve(values['user-data'] ?? '') }
    : undefined;

  const org = loadOrganisation(values.org ?? join(__dirname, '../fixtures/sample-org.json'));
  const emulator = await startEmulator({ org, port: 0 });
  // The emulator's profiles must never reach the real ~/.aws: the demo's AWS files live in a folder of its own.
  const awsDir = persistence ? join(persistence.userDataDir, 'aws') : mkdtempSync(join(tmpdir(), 'sso-tray-demo-web-aws-'));
  const awsFiles = { config: join(awsDir, 'config'), credentials: join(awsDir, 'credentials') };
  const composition = composeNodeCore({ awsEndpoint: emulator.endpoint, awsFiles: { paths: awsFiles }, ...(persistence ? { persistence } : {}) });
  await addSampleInstances(composition.core, org.instances);
  const host = await startWebHost({ core: composition.core, browserRelay: composition.browserRelay, port, logger: composition.logger });
  // With the real keychain and settings folder, the CLI reaches this core as it would the app.
  if (persistence) await startAppSocket(composition.core, persistence.userDataDir);

  const first = org.instances[0];
  process.stdout.write(
    [
      '',
      'SSO Tray is running against the local IAM Identity Center emulator.',
      '',
      `  Open:        ${host.url}`,
      ...(first ? [`  Start URL:   ${first.startUrl}`, `  Region:      ${first.region}`] : []),
      `  Emulator:    ${emulator.endpoint} (sign in as ${first?.users[0]?.userName ?? 'any fixture user'})`,
      persistence
        ? `  Storage:     keychain service "${persistence.keychainService}", settings in ${persistence.userDataDir}`
        : '  Storage:     memory only (--keychain stores secrets in the OS keychain)',
      `  AWS files:   ${awsFiles.config} (the config sync writes here, not ~/.aws)`,
      '',
      'The address carries a one-time token; keep it to yourself. Ctrl-C stops everything.',
      '',
    ].join('\n'),
  );

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // Reverse order of start: no page talks to a disposed core, no core calls a closed emulator.
    host
      .close()
      .then(() => composition.core.dispose())
      .then(() => emulator.close())
      .then(() => {
        if (temporaryDir) rmSync(temporaryDir, { recursive: true, force: true });
        if (!persistence) rmSync(awsDir, { recursive: true, force: true });
      })
      .then(
        () => process.exit(0),
        (error: unknown) => {
          process.stderr.write(`Stopping failed: ${error instanceof Error ? error.message : String(error)}\n`);
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** The organisation's instances, so the demo opens on their cards; ones a kept settings folder already lists are left as they are. */
async function addSampleInstances(core: Core, instances: readonly { readonly startUrl: string; readonly region: string }[]): Promise<void> {
  const caller = { senderId: 'demo-web' };
  const listed = new Set((await core.handlers['instances:list'](undefined, caller)).map((instance) => instance.startUrl));
  for (const { startUrl, region } of instances) {
    if (!listed.has(startUrl)) await core.handlers['instances:add']({ startUrl, region }, caller);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
