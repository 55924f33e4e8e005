// What every sign-in spec needs, fresh per test: an emulator (in process, free port), a core with
// the real keychain (a service name of its own) and a settings file in a new user-data folder, the
// dev web host in front of it, and the page opened on it. Also watches the page for script errors
// and keeps the core's log, attached to the report when a test fails.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type { InstanceView } from '../../app/model/instance-view';
import type { Logger } from '../../app/ports/logger';
import { uniqueKeychainService } from '../../app/testing/keyring';
import { credentialProcessCommand } from '../../app/cli/credential-process-command';
import { loadOrganisation, startEmulator, type EmulatorOptions, type RunningEmulator } from '../emulator';
import { composeNodeCore, type NodeComposition } from '../web-host/compose-node';
import { startWebHost, type WebHost } from '../web-host/start-web-host';

const run = promisify(execFile);
const org = loadOrganisation(join(__dirname, '../fixtures/sample-org.json'));

export const firstInstance = { startUrl: 'https://d-1234567890.awsapps.com/start', region: 'eu-west-1', name: 'd-1234567890' } as const;
export const secondInstance = { startUrl: 'https://acme-sandbox.awsapps.com/start', region: 'us-east-1', name: 'acme-sandbox' } as const;

export interface SignInApp {
  readonly emulator: RunningEmulator;
  /** The current core (a new one after restart()). */
  readonly composition: NodeComposition;
  readonly host: WebHost;
  readonly userDataDir: string;
  readonly keychainService: string;
  /** The AWS config and credentials files this core writes (inside userDataDir). */
  readonly awsFiles: { readonly config: string; readonly credentials: string };
  /** The core's log lines so far (the logger redacts; tests check that it did). */
  readonly logLines: readonly string[];
  /**
   * Quits the core and its web host, and starts new ones on the same keychain service and folder.
   * `whileStopped` runs in between (e.g. to write a file the next core reads at start).
   */
  restart(whileStopped?: () => Promise<void>): Promise<void>;
  /** The instances as the core lists them (ids are not shown on the page). */
  instances(): Promise<readonly InstanceView[]>;
}

interface Fixtures {
  /** Emulator options on top of the defaults (per file or group: `test.use({ emulatorOptions })`). */
  readonly emulatorOptions: Partial<Omit<EmulatorOptions, 'org' | 'port'>>;
  readonly app: SignInApp;
}

export const test = base.extend<Fixtures>({
  emulatorOptions: [{}, { option: true }],

  app: async ({ emulatorOptions, page }, use, testInfo) => {
    const emulatorLog: string[] = [];
    // A short poll interval keeps device-code tests quick; the emulator announces it as is.
    const emulator = await startEmulator({ org, port: 0, pollIntervalSeconds: 0.2, log: (line) => emulatorLog.push(line), ...emulatorOptions });
    const userDataDir = mkdtempSync(join(tmpdir(), 'sso-tray-e2e-'));
    const keychainService = uniqueKeychainService();
    const awsFiles = { config: join(userDataDir, 'aws', 'config'), credentials: join(userDataDir, 'aws', 'credentials') };
    const logLines: string[] = [];
    const record = (level: string): Logger['info'] => (message, details) => logLines.push(`${level} ${message} ${JSON.stringify(details ?? {})}`);
    const start = async () => {
      const composition = composeNodeCore({
        awsEndpoint: emulator.endpoint,
        logger: { info: record('info'), warn: record('warn'), error: record('error') },
        persistence: { keychainService, userDataDir },
        // The AWS files in the test's own folder: a sync from the page never reaches the real ~/.aws.
        awsFiles: { paths: awsFiles, credentialProcessCommand: credentialProcessCommand({ userDataDir, keychainService }) },
      });
      const host = await startWebHost({ core: composition.core, browserRelay: composition.browserRelay });
      return { composition, host };
    };
    const stop = async (running: { composition: NodeComposition; host: WebHost }) => {
      await running.host.close();
      await running.composition.core.dispose();
    };
    let running = await start();

    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(running.host.url);
    await expect(page.getByRole('heading', { name: 'Add an instance' })).toBeVisible();

    await use({
      emulator,
      get composition() {
        return running.composition;
      },
      get host() {
        return running.host;
      },
      userDataDir,
      keychainService,
      awsFiles,
      logLines,
      async restart(whileStopped) {
        await stop(running);
        await whileStopped?.();
        running = await start();
      },
      async instances() {
        const list = await running.composition.core.handlers['instances:list'](undefined, { senderId: 'e2e' });
        return list;
      },
    });

    // No request the page sent may have failed unless a test looked for it: a card shows such a
    // failure as an alert, which would otherwise go unnoticed next to a passing state check.
    const unexpectedAlerts = testInfo.status === 'passed' ? await page.getByRole('article').getByRole('alert').allTextContents() : [];
    if (testInfo.status !== testInfo.expectedStatus) {
      await testInfo.attach('core log', { body: logLines.join('\n'), contentType: 'text/plain' });
      await testInfo.attach('emulator log', { body: emulatorLog.join('\n'), contentType: 'text/plain' });
    }
    await stop(running);
    await emulator.close();
    rmSync(userDataDir, { recursive: true, force: true });
    // Leave the keyring as it was (secret-tool exits 1 when nothing matched).
    await run('secret-tool', ['clear', 'service', keychainService]).catch(() => undefined);
    expect(pageErrors, 'script errors on the app page').toEqual([]);
    expect(unexpectedAlerts, 'failed actions shown in a card').toEqual([]);
  },
});

export { expect };

/** The card of one instance, found by its heading as a screen reader would. */
export function instanceCard(page: Page, name: string): Locator {
  return page.getByRole('article', { name });
}

/** Fills and sends the add-instance form; resolves once the new card is listed. */
export async function addInstance(
  page: Page,
  instance: { readonly startUrl: string; readonly region: string; readonly name: string },
  method: 'Browser' | 'Device code' = 'Browser',
): Promise<Locator> {
  // Once an instance exists, the form folds behind "Add another instance".
  const addAnother = page.getByRole('button', { name: 'Add another instance' });
  if (await addAnother.isVisible()) await addAnother.click();
  const form = page.getByRole('form', { name: 'Add an instance' });
  await form.getByLabel('Start URL').fill(instance.startUrl);
  await form.getByLabel('Region').selectOption(instance.region);
  await form.getByRole('radio', { name: method }).check();
  await form.getByRole('button', { name: 'Add instance' }).click();
  const card = instanceCard(page, instance.name);
  await expect(card).toBeVisible();
  return card;
}

/**
 * A person's browser sign-in: `click` starts it in the app, the authorize page opens as a popup,
 * the user is picked on the consent page and Allow pressed; the popup ends on the loopback
 * listener's page. `whileWaiting` runs while the consent page waits. Returns the popup.
 */
export async function approveInBrowser(page: Page, click: () => Promise<void>, userName: string, whileWaiting?: () => Promise<void>): Promise<Page> {
  const popupOpened = page.waitForEvent('popup');
  await click();
  const popup = await popupOpened;
  await expect(popup.getByRole('heading', { name: /^Allow .* to access your data\?$/ })).toBeVisible();
  await whileWaiting?.();
  await popup.getByLabel(new RegExp(`\\(${userName}\\)$`)).check();
  await popup.getByRole('button', { name: 'Allow' }).click();
  await expect(popup.getByRole('heading', { name: 'Signed in to SSO Tray' })).toBeVisible();
  return popup;
}

/** Unfolds a card's details (start URL, region, sign-in method) when they are folded. */
export async function showDetails(card: Locator): Promise<void> {
  const toggle = card.getByRole('button', { name: /^Details of / });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

/** The session group of a card shows "Signed in" (also while it is quietly renewing). */
export async function expectSignedIn(card: Locator): Promise<void> {
  await expect(card.getByRole('group', { name: 'Session' }).getByText('Signed in', { exact: true })).toBeVisible();
}
