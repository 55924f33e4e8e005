// The app's pages keep V8's compiled code between launches (main/protocol/app-protocol.ts asks for
// it on app://, which a custom scheme otherwise goes without). Chromium notes a script on its
// first load and writes its compiled code to the session's "Code Cache/js" folder on a later one,
// so after a few reloads of the window that folder holds an entry the size of compiled code, not
// only the small first-load notes. This checks the writing; that V8 reads it back is Chromium's
// part. Runs only where an Electron binary exists (like app.spec.ts); skipped with the reason
// elsewhere.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { findElectronBinary } from './find-electron-binary';
import { launchBuiltApp, repositoryRoot as root } from './launch-built-app';

const binary = findElectronBinary({ env: process.env, packageDir: join(root, 'node_modules/electron') });
if (!binary.found) console.log(`[e2e/electron] skipped: ${binary.reason}`);

test.skip(!binary.found, binary.found ? '' : binary.reason);

/** Chromium's simple cache names each entry by its key's hash: 16 hex digits and a stream suffix. */
const cacheEntry = /^[0-9a-f]{16}_\d$/;

/** The renderer's scripts compile to well over this (about 150 KB here); a first-load note is a few hundred bytes. */
const compiledCodeBytes = 20_000;

/** The largest cache entry in `folder`, in bytes (0 when there is none yet). */
function largestEntry(folder: string): number {
  try {
    return Math.max(0, ...readdirSync(folder).filter((name) => cacheEntry.test(name)).map((name) => statSync(join(folder, name)).size));
  } catch {
    return 0;
  }
}

test('reloading the window writes its scripts\' compiled code to the code cache on disk', async () => {
  if (!binary.found) return;
  const userData = mkdtempSync(join(tmpdir(), 'sso-tray-e2e-'));
  const app = await launchBuiltApp(binary.path, userData);
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
    await expect.poll(() => largestEntry(codeCache), { timeout: 15_000, message: `the largest code cache entry in ${codeCache}, in bytes` }).toBeGreaterThan(compiledCodeBytes);
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
});
