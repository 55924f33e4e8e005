// The placement rule is only a rule if the build rejects a wrong import: these cases prove the
// ESLint zones in eslint.config.mjs fire (and do not fire on allowed imports).
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImportMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const cases: readonly { file: string; code: string; rejected: boolean }[] = [
  { file: 'app/sample.ts', code: "import { app } from 'electron';\nexport const x = app;", rejected: true },
  { file: 'app/sample.ts', code: "import { useState } from 'react';\nexport const x = useState;", rejected: true },
  { file: 'app/sample.ts', code: "import { compose } from '../main/compose';\nexport const x = compose;", rejected: true },
  { file: 'app/sample.ts', code: "import { readFile } from 'node:fs/promises';\nexport const x = readFile;", rejected: false },
  { file: 'app/sample.ts', code: "import { startEmulator } from '../e2e/emulator';\nexport const x = startEmulator;", rejected: true },
  { file: 'app/sample.test.ts', code: "import { startEmulator } from '../e2e/emulator';\nexport const x = startEmulator;", rejected: false },
  { file: 'app/sample.test.ts', code: "import { app } from 'electron';\nexport const x = app;", rejected: true },
  { file: 'renderer/src/sample.ts', code: "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;", rejected: true },
  { file: 'renderer/src/sample.ts', code: "import { readFileSync } from 'fs';\nexport const x = readFileSync;", rejected: true },
  { file: 'renderer/src/sample.ts', code: "import { SSOClient } from '@aws-sdk/client-sso';\nexport const x = SSOClient;", rejected: true },
  { file: 'renderer/src/sample.ts', code: "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;", rejected: true },
  { file: 'renderer/src/sample.ts', code: "import { createCore } from '../../app/core';\nexport const x = createCore;", rejected: true },
  { file: 'renderer/src/sample.ts', code: "import { requests } from '../../app/ipc/contract';\nexport const x = requests;", rejected: false },
  { file: 'main/tray.ts', code: "import { ipcMain } from 'electron';\nexport const x = ipcMain;", rejected: true },
  { file: 'main/tray.ts', code: "import { Tray } from 'electron';\nexport const x = Tray;", rejected: false },
  { file: 'main/ipc/register-handlers.ts', code: "import { ipcMain } from 'electron';\nexport const x = ipcMain;", rejected: false },
];

describe('ESLint import zones', () => {
  it.each(cases)('$file: $code → rejected=$rejected', async ({ file, code, rejected }) => {
    const messages = await restrictedImportMessages(file, code);
    expect(messages.length > 0).toBe(rejected);
  });
});
