// The placement rule is only a rule if the build rejects a wrong import: these cases prove the
// ESLint zones in eslint.config.mjs fire (and do not fire on allowed imports).
import { readdirSync } from 'node:fs';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImportMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

type Case = { file: string; code: string; rejected: boolean };

/** `import { name } from 'source'` in `file`, used so the import is not unused. */
function importing(file: string, source: string, rejected: boolean, name = 'x'): Case {
  return { file, code: `import { ${name} } from '${source}';\nexport const y = ${name};`, rejected };
}
const rejects = (file: string, ...sources: string[]) => sources.map((source) => importing(file, source, true));
const accepts = (file: string, ...sources: string[]) => sources.map((source) => importing(file, source, false));

const zones: Record<string, readonly Case[]> = {
  'app/ (production)': [
    ...rejects('app/sample.ts', 'electron', 'electron/main', 'electron/common', '@electron/remote', 'react', 'react-dom/client', 'electron-store'),
    ...rejects('app/sample.ts', '../main/compose', '../renderer/src/desktop', '../e2e/emulator', './testing/fake-clock'),
    ...rejects('app/sessions/sample.ts', '../testing/fake-clock', '../testing'),
    ...accepts('app/sample.ts', 'node:fs/promises', 'fs', '@aws-sdk/client-sso', '@napi-rs/keyring', 'conf', 'zod', './ports/clock'),
    ...accepts('app/sessions/sample.ts', '../ports/clock', '../ipc/contract', '../model/session', './refresh'),
  ],
  'app/testing/ (the doubles)': [
    ...accepts('app/testing/sample.ts', './fake-clock', '../ports/clock', '../core', 'node:child_process', '@napi-rs/keyring'),
    ...rejects('app/testing/sample.ts', 'electron', 'electron/main', 'react', '../../main/compose', '../../e2e/emulator'),
  ],
  'app/ tests': [
    ...accepts('app/sample.test.ts', '../e2e/emulator', './testing/fake-clock', 'node:fs', '@aws-sdk/client-sso'),
    ...accepts('app/sessions/sample.test.ts', '../testing/core-harness'),
    ...accepts('app/ipc/sample.test.ts', 'node:fs', '../testing/core-harness', '../../e2e/emulator'),
    ...accepts('app/model/sample.test.ts', 'node:path', '../testing/fake-clock'),
    ...rejects('app/sample.test.ts', 'electron', 'electron/main', 'react', '../main/compose', '../renderer/src/desktop'),
    ...rejects('app/ipc/sample.test.ts', 'electron/renderer', '../../main/compose'),
  ],
  'app/ipc and app/model (production)': [
    ...rejects('app/ipc/sample.ts', 'node:fs', 'fs', 'fs/promises', 'path', 'crypto', 'events', 'buffer', 'worker_threads'),
    ...rejects('app/ipc/sample.ts', '@aws-sdk/client-sso', '@smithy/types', '@napi-rs/keyring', 'conf', 'electron-store'),
    ...rejects('app/ipc/sample.ts', 'electron', 'electron/renderer', 'react'),
    ...rejects('app/ipc/sample.ts', '../sessions/refresh', '../core', '../testing/fake-clock', '..', '../', '../../main/compose', '../../renderer/src/desktop', '../../e2e/emulator', '../../app/core'),
    ...accepts('app/ipc/sample.ts', './result', './contract/sessions', '../model/regions', '../model', 'zod', '../../app/model/session'),
    ...rejects('app/ipc/contract/sample.ts', '../../auth/device-code', '../..', '../../../app/auth/device-code', '../../../main/compose', 'node:url'),
    ...accepts('app/ipc/contract/sample.ts', '../define', '..', '../../model/regions', '../../ipc/result', 'zod'),
    ...rejects('app/model/sample.ts', 'node:crypto', 'url', '@aws-sdk/client-sso-oidc', '../core', '../ports/clock', '../security/external-url-policy', '../testing/fake-clock'),
    ...accepts('app/model/sample.ts', './regions', '../ipc/result', 'zod'),
    ...rejects('app/model/deeper/sample.ts', '../../sessions/refresh', '../..'),
    ...accepts('app/model/deeper/sample.ts', '../regions', '../../ipc/result'),
  ],
  'renderer/': [
    ...rejects('renderer/src/sample.ts', 'node:fs', 'fs', 'path', 'events', '@aws-sdk/client-sso', '@smithy/types', '@napi-rs/keyring', 'electron-store', 'conf'),
    ...rejects('renderer/src/sample.ts', 'electron', 'electron/renderer', 'electron/common', '@electron/remote'),
    ...rejects('renderer/src/sample.ts', '../../app/core', '../../app/testing/fake-clock', '../../main/preload/desktop-api', '../../e2e/emulator'),
    importing('renderer/src/sample.ts', 'electron', true, 'ipcRenderer'),
    ...accepts('renderer/src/sample.ts', '../../app/ipc/contract', '../../app/model/session', 'zustand', 'react'),
    ...rejects('renderer/src/components/sample.tsx', '../testing/fake-desktop', '../testing'),
    ...accepts('renderer/src/components/sample.test.tsx', '../testing/fake-desktop', '@testing-library/react'),
    ...rejects('renderer/src/components/sample.test.tsx', 'node:fs', 'electron', '../../../main/compose'),
    ...accepts('renderer/src/testing/sample.ts', './fake-desktop', '../store/app-store'),
    ...rejects('renderer/src/testing/sample.ts', 'node:fs', 'electron/renderer'),
  ],
  'main/ (production, outside main/ipc and the preload)': [
    importing('main/tray.ts', 'electron', true, 'ipcMain'),
    importing('main/tray.ts', 'electron/main', true, 'ipcMain'),
    importing('main/tray.ts', 'electron', true, 'ipcRenderer'),
    importing('main/tray.ts', 'electron', false, 'Tray'),
    importing('main/tray.ts', 'electron/main', false, 'BrowserWindow'),
    { file: 'main/tray.ts', code: "import * as electron from 'electron/main';\nexport const y = electron;", rejected: true },
    ...rejects('main/tray.ts', '../renderer/src/desktop', '../e2e/emulator', './testing/fake-electron'),
    ...rejects('main/windows/sample.ts', '../testing/fake-electron', '../../app/testing/fake-clock'),
    ...accepts('main/windows/sample.ts', 'node:path', '../../app/core', '../security/csp', 'electron-store'),
  ],
  'main/ipc/ (production)': [
    importing('main/ipc/register-handlers.ts', 'electron', false, 'ipcMain'),
    importing('main/ipc/register-handlers.ts', 'electron/main', false, 'ipcMain'),
    ...accepts('main/ipc/register-handlers.ts', '../../app/ipc/dispatch', '../renderer-source', 'node:path'),
    ...rejects('main/ipc/register-handlers.ts', '../../renderer/src/desktop', '../../e2e/emulator', '../testing/fake-electron'),
  ],
  'main/ tests and main/testing/': [
    ...accepts('main/index.test.ts', './testing/fake-electron', 'node:fs', 'vitest'),
    ...accepts('main/testing/sample.ts', 'node:events', 'vitest'),
    importing('main/index.test.ts', 'electron', true, 'ipcMain'),
    importing('main/testing/sample.ts', 'electron/main', true, 'ipcMain'),
    ...rejects('main/index.test.ts', '../renderer/src/desktop', '../e2e/emulator'),
    importing('main/ipc/sample.test.ts', 'electron', false, 'ipcMain'),
    ...accepts('main/ipc/sample.test.ts', '../testing/fake-electron', 'node:fs'),
    ...accepts('main/preload/sample.test.ts', './desktop-api', '../../app/ipc/contract', 'node:fs', 'vitest'),
    ...rejects('main/preload/sample.test.ts', '../../renderer/src/desktop', '../../e2e/web-host/bridge'),
  ],
  'main/preload/ (production)': [
    // What the preload imports today.
    importing('main/preload/index.ts', 'electron', false, 'contextBridge, ipcRenderer, type IpcRendererEvent'),
    ...accepts('main/preload/index.ts', '../../app/ipc/contract', '../../app/ipc/result', './desktop-api', 'electron/renderer', 'zod'),
    ...rejects('main/preload/index.ts', 'node:fs', 'fs', 'path', 'events', 'url', 'child_process'),
    ...rejects('main/preload/index.ts', '@aws-sdk/client-sso', '@smithy/types', '@napi-rs/keyring', 'electron-store', 'conf'),
    ...rejects('main/preload/index.ts', 'electron/main', 'electron/utility', '@electron/remote'),
    ...rejects('main/preload/index.ts', '../../renderer/src/desktop', '../../e2e/emulator', '../../app/core', '../../app/model/session', '../../app', '../../app/testing/fake-clock'),
    ...rejects('main/preload/index.ts', '../compose', '../security/csp', '..', '../testing/fake-electron', '../../main/compose', '../../../outside'),
    ...rejects('main/preload/bridge/sample.ts', '../../compose', '../../../app/core', 'node:fs'),
    ...accepts('main/preload/bridge/sample.ts', '../desktop-api', '../../../app/ipc/contract'),
  ],
};

describe.each(Object.entries(zones))('ESLint import zone %s', (_zone, cases) => {
  it.each(cases)('$file: $code → rejected=$rejected', async ({ file, code, rejected }) => {
    const messages = await restrictedImportMessages(file, code);
    expect(messages.length > 0, messages.join('\n')).toBe(rejected);
  });
});

// no-restricted-imports in a later flat-config object replaces an earlier one, so a file matched
// by two zones would silently lose one zone's rules, and a file matched by none has no rules.
describe('every source file is in exactly one zone', () => {
  // Loaded by URL: the config is plain JavaScript without type declarations.
  const configUrl = new URL('../eslint.config.mjs', import.meta.url).href;
  let zoneConfigs: Linter.Config[] = [];
  beforeAll(async () => {
    const config = ((await import(configUrl)) as { default: Linter.Config[] }).default;
    zoneConfigs = config.filter((entry) => entry.rules?.['no-restricted-imports']);
  });
  const sources = ['app', 'main', 'renderer'].flatMap((folder) =>
    readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((path) => /\.tsx?$/.test(path))
      .map((path) => `${folder}/${path.replaceAll('\\', '/')}`));
  const virtual = Object.values(zones).flatMap((cases) => cases.map((c) => c.file));
  const files = [...new Set([...sources, ...virtual])].sort();

  it('finds the zones and the files', () => {
    expect(zoneConfigs.length).toBeGreaterThan(5);
    expect(sources.length).toBeGreaterThan(20);
  });

  it('has one zone per file', async () => {
    // One ESLint per zone object, with only that object: a file it does not match has no config.
    const single = zoneConfigs.map((zone) => new ESLint({ cwd: process.cwd(), overrideConfigFile: true, overrideConfig: [zone] }));
    const counts: Record<string, number> = {};
    for (const file of files) {
      const matches = await Promise.all(single.map((linter) => linter.calculateConfigForFile(file)));
      counts[file] = matches.filter((match) => match?.rules?.['no-restricted-imports']).length;
    }
    expect(Object.entries(counts).filter(([, count]) => count !== 1)).toEqual([]);
  });
});
