// The app's pages keep V8's compiled code between openings (main/protocol/app-protocol.ts asks for
// it on app://, which a custom scheme otherwise goes without). Chromium writes a script's code to
// the session's "Code Cache/js" folder from its second or third load, so after a few reloads of
// the window that folder holds entries. Runs only where an Electron binary exists (like
// app.spec.ts); skipped with the reason elsewhere.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectronBinary } from './find-electron-binary';

const root = resolve(__dirname, '../..');
const binary = findElectronBinary({ env: process.env, packageDir: join(root, 'node_modules/electron') });
if (!binary.found) console.log(`[e2e/electron] skipped: ${binary.reason}`);

test.skip(!binary.found, binary.found ? '' : binary.reason);

/** Chromium's simple cache names each entry by its key's hash: 16 hex digits and a stream suffix. */
const cacheEntry = /^[0-9a-f]{16}_\d$/;

function entriesIn(folder: string): string[] {
  try {
    return readdirSync(folder).filter((name) => cacheEntry.test(name));
  } catch {
    return [];
  }
}

test('the window reopened loads its scripts from V8 code cache on disk', async () => {
  if (!binary.found) return;
  const userData = mkdtempSync(join(tmpdir(), 'sso-tray-e2e-'));
  const app = await electron.launch({
    executablePath: binary.path,
    args: [root, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    cwd: root,
    env: { ...process.env, SSO_TRAY_USER_DATA_DIR: userData, ELECTRON_RENDERER_URL: '' },
  });
  try {
    const window = await app.firstWindow();
    const footer = window.getByRole('contentinfo', { name: 'App info' });
    await expect(footer.getByText('electron', { exact: true })).toBeVisible();
    expect(new URL(window.url()).protocol).toBe('app:');
    const codeCache = join(await app.evaluate(({ app: electronApp }) => electronApp.getPath('sessionData')), 'Code Cache', 'js');
    // Loads two to four: Chromium produces a script's cache on a later load than its first.
    for (let load = 0; load < 3; load++) {
      await window.reload();
      await expect(footer.getByText('electron', { exact: true })).toBeVisible();
    }
    // The cache is written in the background.
    await expect.poll(() => entriesIn(codeCache).length, { timeout: 15_000, message: `V8 code cache entries in ${codeCache}` }).toBeGreaterThan(0);
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
});
