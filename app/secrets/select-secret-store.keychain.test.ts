// The Secret Service pin (keychain-secret-store.ts): with no session bus the keychain must fail
// loudly, so the start-up probe picks memory and the user is told, instead of the library quietly
// using the kernel keyring (which does not survive a reboot). The core runs in a child process
// whose DBUS_SESSION_BUS_ADDRESS points at nothing, because the library connects to the bus that
// the environment names.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const service = `sso-tray-test-no-bus-${randomUUID().slice(0, 8)}`;

/** Starts the core's context with the real keychain adapter, then reports what it chose. */
const child = `
  // tsx compiles the .ts files as CommonJS (no "type": "module"): their exports sit on \`default\`.
  const load = async (path) => { const loaded = await import(path); return { ...loaded.default, ...loaded }; };
  const core = await load(${JSON.stringify(join(root, 'app/core-context.ts'))});
  const { KeychainSecretStore } = await load(${JSON.stringify(join(root, 'app/secrets/keychain-secret-store.ts'))});
  const { InMemorySettingsStore } = await load(${JSON.stringify(join(root, 'app/settings/in-memory-settings-store.ts'))});
  const { createEventHub } = await load(${JSON.stringify(join(root, 'app/ipc/event-hub.ts'))});
  const { systemClock } = await load(${JSON.stringify(join(root, 'app/ports/clock.ts'))});
  const { readFileSync, existsSync } = await import('node:fs');
  const warnings = [];
  const logger = { info() {}, warn: (message, details) => warnings.push({ message, reason: details?.reason }), error() {} };
  const ports = {
    clock: systemClock, browser: { open: async () => {} }, clipboard: { writeText: async () => {} },
    fileSystem: {}, logger, secretStore: new KeychainSecretStore(${JSON.stringify(service)}), settingsStore: new InMemorySettingsStore(),
  };
  const context = await core.startCoreContext(ports, logger, createEventHub(), { appName: 'SSO Tray' });
  await context.secrets.set('instance/refresh-token', 'kept-in-memory');
  const kernelKeys = existsSync('/proc/keys')
    ? readFileSync('/proc/keys', 'utf8').split('\\n').filter((line) => line.includes(${JSON.stringify(service)}))
    : null;
  console.log(JSON.stringify({
    remembered: context.remembered,
    store: context.secrets.constructor.name,
    readBack: await context.secrets.get('instance/refresh-token'),
    notices: context.startupNotices.map((notice) => notice.kind),
    warnings,
    kernelKeys,
  }));
`;

interface ChildReport {
  readonly remembered: boolean;
  readonly store: string;
  readonly readBack: string;
  readonly notices: readonly string[];
  readonly warnings: readonly { message: string; reason?: string }[];
  /** Lines of /proc/keys naming the service, as the child saw them; null without /proc/keys. */
  readonly kernelKeys: readonly string[] | null;
}

let report: ChildReport;

beforeAll(async () => {
  const env = { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/sso-tray-no-bus' };
  const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', child], { cwd: root, env });
  report = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as ChildReport;
});

describe('the keychain without a session bus', () => {
  it('fails the start-up probe: secrets stay in memory, not remembered, and the user is told', () => {
    expect(report).toMatchObject({ remembered: false, store: 'InMemorySecretStore', readBack: 'kept-in-memory', notices: ['keychain-unavailable'] });
    expect(report.warnings).toEqual([{ message: 'No usable keychain; secrets stay in memory for this run', reason: expect.stringMatching(/system keychain.*(D-?Bus|connect)/i) }]);
  });

  // /proc/keys lists the kernel keys this process may see (keyutils' own `keyctl` is often not
  // installed); a kernel without key support has no such file, and there is nothing to check.
  it.skipIf(!existsSync('/proc/keys'))('writes nothing to the kernel keyring', () => {
    expect(report.kernelKeys).toEqual([]);
  });
});
