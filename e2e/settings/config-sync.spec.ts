// The settings screen's config sync against the web host, the emulator and the test's own AWS
// files (never the real ~/.aws): Preview shows the diff and writes nothing; Write writes the
// profiles, which the AWS CLI v2 then lists; a config file the core cannot change safely is named
// with its line, and stays byte for byte as it was.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { expect, test } from '../sign-in/sign-in-fixture';
import { signInAndList, trayViewport } from '../portal/portal-page';

const run = promisify(execFile);

test.use({ viewport: { ...trayViewport, width: 520, height: 900 } });

async function openSync(page: Page) {
  await page.getByRole('button', { name: 'Settings' }).click();
  return page.getByRole('region', { name: 'Sync profiles to ~/.aws/config' });
}

test('Preview shows the diff without writing; Write writes the profiles the AWS CLI then lists', async ({ page, app }) => {
  await signInAndList(page);
  const sync = await openSync(page);
  await sync.getByRole('button', { name: 'Preview' }).click();
  const diff = sync.getByLabel('Changes to the config file');
  await expect(diff).toContainText('+[sso-session ');
  await expect(diff).toContainText('+[profile ');
  await expect(sync.getByRole('status')).toHaveText(new RegExp(`^A sync would change ${app.awsFiles.config.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+ profiles\\):$`));
  expect(existsSync(app.awsFiles.config)).toBe(false);

  await sync.getByRole('button', { name: 'Write' }).click();
  await expect(sync.getByRole('status')).toHaveText(/^Wrote \d+ profiles to /);
  const count = Number(/^Wrote (\d+)/.exec((await sync.getByRole('status').textContent()) ?? '')?.[1]);
  const { stdout } = await run('/usr/bin/aws', ['configure', 'list-profiles'], { env: { ...process.env, AWS_CONFIG_FILE: app.awsFiles.config, AWS_SHARED_CREDENTIALS_FILE: app.awsFiles.credentials } });
  const listed = stdout.split('\n').filter(Boolean);
  expect(listed).toHaveLength(count);
  expect(count).toBeGreaterThan(0);

  // Written, a second preview finds nothing to change.
  await sync.getByRole('button', { name: 'Preview' }).click();
  await expect(sync.getByRole('status')).toHaveText(/ is up to date \(\d+ profiles\)\.$/);
});

test('a config file the core cannot change safely is named with its line and kept byte for byte', async ({ page, app }) => {
  const mine = '# my own profiles\n[profile mine]\nregion = eu-west-1\n\n[profile mine]\noutput = json\n';
  mkdirSync(dirname(app.awsFiles.config), { recursive: true });
  writeFileSync(app.awsFiles.config, mine);
  await signInAndList(page);
  const sync = await openSync(page);
  await sync.getByRole('button', { name: 'Write' }).click();
  await expect(sync.getByRole('alert')).toHaveText(`${app.awsFiles.config} line 5: the section repeats the one on line 2: the AWS CLI rejects a repeated section and the JS SDK merges them`);
  expect(readFileSync(app.awsFiles.config, 'utf8')).toBe(mine);
});
