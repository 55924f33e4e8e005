// The built Electron app (`npm run build`) under Playwright, where an Electron binary exists.
// Elsewhere the suite is skipped with the reason printed; the web host suite covers the page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { findElectronBinary } from './find-electron-binary';
import { launchBuiltApp, repositoryRoot as root } from './launch-built-app';

const binary = findElectronBinary({ env: process.env, packageDir: join(root, 'node_modules/electron') });
if (!binary.found) console.log(`[e2e/electron] skipped: ${binary.reason}`);

test.skip(!binary.found, binary.found ? '' : binary.reason);

test('opens the window and shows the app info with runtime electron', async () => {
  if (!binary.found) return;
  const userData = mkdtempSync(join(tmpdir(), 'sso-tray-e2e-'));
  const app = await launchBuiltApp(binary.path, userData);
  try {
    const window = await app.firstWindow();
    const footer = window.getByRole('contentinfo', { name: 'App info' });
    await expect(footer.getByText('electron', { exact: true })).toBeVisible();
    await expect(footer.getByText('SSO Tray', { exact: true })).toBeVisible();
    // The page is sandboxed: no Node, only the contract's two functions.
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await window.evaluate(() => Object.keys((window as unknown as { desktop: object }).desktop).sort())).toEqual(['request', 'subscribe']);
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
});
