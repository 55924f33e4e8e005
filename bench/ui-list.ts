// The portal list in Chromium through the dev web host: 5,000 accounts x 4 roles from the
// emulator's generator, and the same with 50 accounts as the baseline, measured the same way in the
// same run (ratios). Per case:
//   - a fresh emulator at the portal's pace (50 ms a call, 20 requests/s), core (real keychain,
//     settings file, portal cache in a new folder) and web host; the page adds the instance and
//     signs in with the browser as alice (consent page, Allow);
//   - the core quits, and the cache a complete listing leaves is written with the core's own
//     PortalCache (listing 5,000 accounts live takes over 4 minutes at 20 requests/s; the
//     cached-start bench and the scale spec do the same). A new core starts on the same folder and
//     keychain, as after any restart: it reads the list from the cache, and its background sweep
//     runs, quiet unless something changed;
//   - the window opens: a new page navigates to the host. The app loads its window's page once a
//     launch (closing the window hides it), so each opening stands for the first window of a
//     launch. The browser has a profile on disk, as the app's session has, and V8 keeps the
//     scripts' compiled code there from their third load on (app:// asks for that too,
//     launchWindowProfile). The openings: right as the new core starts, before V8 has cached the
//     code (firstRenderAtNewBuildStartMs: a new build's first launches; it competes with the core
//     reading its cache); then, once the core lists the cached roles (the app is up, as when the
//     user clicks the tray), 5 times on new pages of the same browser context (later
//     launches of the same build): firstRenderMs is their median, firstRenderMaxMs the worst;
//     after the keystrokes, once more as a new core starts (firstRenderAtCoreStartMs, code
//     cached). Before each of the 5, for comparison, an opening from a second host that sends
//     the scripts no-store, so that V8 never has their code cached (firstRenderNoCodeCacheMs,
//     their median). Each is the page's `ui-list:first-render` mark:
//     from navigation start (the mark's time origin) to the frame that painted the list's rows for
//     the first time, i.e. loading the renderer, the snapshot over the WebSocket (the core's cache)
//     and React's first render of the list. The mark must say it painted every account, and the
//     core's snapshot must then hold accounts x 4 loaded roles, or the bench throws. Nothing
//     touches the page before that mark: an init script says on the console when it is taken
//     (firstRenderSignalScript), where polling would run Playwright's script on the page's main
//     thread while the window opens.
//     domContentLoadedMs (the navigation entry's) is the part before the app asked for any data;
//   - 22+ keystrokes in the search box, 250 ms apart (each paints on its own): part of an account's
//     name with a typo and two Backspaces, then a role. keystroke*Ms run from each keystroke's
//     keydown (its event time, marked by a capture listener the bench installs before the app's
//     scripts) to the app's `ui-search:input-to-paint` end, the frame that painted the list
//     filtered for that keystroke. The search must end with the account as the first row.
// Targets (issue 9): first render under 300 ms; keystroke to paint under 50 ms median.
// Needs Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium) and the Secret Service.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startEmulator, type RunningEmulator } from '../e2e/emulator';
import { composeNodeCore, type NodeComposition } from '../e2e/web-host/compose-node';
import { startWebHost, type WebHost } from '../e2e/web-host/start-web-host';
import { NodeFileSystem } from '../app/files/node-file-system';
import { PortalCache } from '../app/portal/portal-cache';
import { silentLogger, type Logger } from '../app/ports/logger';
import { uniqueKeychainService } from '../app/testing/keyring';
import { listedAccounts } from './cached-start';
import { round, type BenchOutput } from './figure';
import { latencyMs, organisation, portalQuotaPerSecond, region, startUrl } from './portal-bench';
import { domContentLoaded, firstRender, firstRenderSignalled, firstRenderSignalScript, firstRowName, pageStatus, foldInstances, keydownMarkScript, keystrokesFor, signInInBrowser, typeInSearch, waitForList } from './ui-list-page';

const accounts = 5_000;
const baselineAccounts = 50;
const rolesPerAccount = 4;
const pauseMs = 250;
/** Openings of the window per case; firstRenderMs is their median. */
const openingsPerCase = 5;
/** The tray window's size, as the portal specs use it (e2e/portal/portal-page.ts). */
const trayViewport = { width: 380, height: 600 } as const;
const instanceName = new URL(startUrl).hostname.split('.')[0]!;

interface ListFigures {
  readonly accounts: number;
  readonly roles: number;
  /** The median over `openings` openings of the window on a running app. */
  readonly firstRenderMs: number;
  readonly firstRenderMaxMs: number;
  /** The window opened as the core starts, before it has read its cache; V8 has cached the scripts' code. */
  readonly firstRenderAtCoreStartMs: number;
  /** The same, as a new build starts: V8 compiles the scripts from source. */
  readonly firstRenderAtNewBuildStartMs: number;
  /** Openings of a running app with the scripts sent no-store: no code cache (openingsWithoutCodeCache). */
  readonly firstRenderNoCodeCacheMs: number;
  readonly openings: number;
  readonly domContentLoadedMs: number;
  readonly keystrokes: number;
  readonly keystrokeMedianMs: number;
  readonly keystrokeMaxMs: number;
  readonly inputToPaintMedianMs: number;
  readonly skipped: number;
}

export async function uiListBench(): Promise<BenchOutput> {
  // The renderer as the web host serves it (a production build); vite's output stays off stdout.
  execFileSync('npm', ['run', '-s', 'build:web', '--', '--logLevel', 'warn'], { stdio: ['ignore', 2, 2] });
  const baseline = await measureList(baselineAccounts);
  const large = await measureList(accounts);
  const ratio = (value: number, base: number) => round(value / base, 2);
  return {
    lines: [
      {
        bench: 'ui-list',
        accounts: large.accounts,
        roles: large.roles,
        firstRenderMs: round(large.firstRenderMs, 1),
        firstRenderMaxMs: round(large.firstRenderMaxMs, 1),
        firstRenderAtCoreStartMs: round(large.firstRenderAtCoreStartMs, 1),
        firstRenderAtNewBuildStartMs: round(large.firstRenderAtNewBuildStartMs, 1),
        firstRenderNoCodeCacheMs: round(large.firstRenderNoCodeCacheMs, 1),
        openings: large.openings,
        domContentLoadedMs: round(large.domContentLoadedMs, 1),
        keystrokes: large.keystrokes,
        keystrokeMedianMs: round(large.keystrokeMedianMs, 1),
        keystrokeMaxMs: round(large.keystrokeMaxMs, 1),
        inputToPaintMedianMs: round(large.inputToPaintMedianMs, 1),
        skippedKeystrokes: large.skipped,
        baselineAccounts: baseline.accounts,
        baselineFirstRenderMs: round(baseline.firstRenderMs, 1),
        baselineFirstRenderMaxMs: round(baseline.firstRenderMaxMs, 1),
        baselineFirstRenderAtCoreStartMs: round(baseline.firstRenderAtCoreStartMs, 1),
        baselineFirstRenderAtNewBuildStartMs: round(baseline.firstRenderAtNewBuildStartMs, 1),
        baselineFirstRenderNoCodeCacheMs: round(baseline.firstRenderNoCodeCacheMs, 1),
        baselineDomContentLoadedMs: round(baseline.domContentLoadedMs, 1),
        baselineKeystrokeMedianMs: round(baseline.keystrokeMedianMs, 1),
        baselineKeystrokeMaxMs: round(baseline.keystrokeMaxMs, 1),
        firstRenderRatio: ratio(large.firstRenderMs, baseline.firstRenderMs),
        keystrokeMedianRatio: ratio(large.keystrokeMedianMs, baseline.keystrokeMedianMs),
      },
    ],
    figures: [
      { name: `first render, ${accounts.toLocaleString('en-US')} accounts x ${rolesPerAccount} roles (from navigation start, median of ${large.openings} openings)`, value: large.firstRenderMs, unit: 'ms', note: `target < 300 ms; worst ${large.firstRenderMaxMs.toFixed(0)} ms; DOMContentLoaded at ${large.domContentLoadedMs.toFixed(0)} ms` },
      { name: 'first render, window opened as the app starts', value: large.firstRenderAtCoreStartMs, unit: 'ms', note: 'the core still reading its cache' },
      { name: 'first render, window opened as a new build starts', value: large.firstRenderAtNewBuildStartMs, unit: 'ms', note: 'no code cache yet: V8 compiles the scripts' },
      { name: `first render, no code cache (median of ${openingsPerCase} openings)`, value: large.firstRenderNoCodeCacheMs, unit: 'ms', note: 'scripts sent no-store: V8 compiles them every time; taken in turns with the openings above' },
      { name: 'first render without a code cache, ratio to with', value: large.firstRenderNoCodeCacheMs / large.firstRenderMs, unit: 'x' },
      { name: `first render, ${baselineAccounts} accounts (baseline)`, value: baseline.firstRenderMs, unit: 'ms', note: `DOMContentLoaded at ${baseline.domContentLoadedMs.toFixed(0)} ms` },
      { name: 'first render, ratio to the baseline', value: large.firstRenderMs / baseline.firstRenderMs, unit: 'x' },
      { name: `keystroke to filtered list painted: median (${large.keystrokes} keystrokes)`, value: large.keystrokeMedianMs, unit: 'ms', note: `max ${large.keystrokeMaxMs.toFixed(0)} ms, target median < 50 ms` },
      { name: `keystroke to filtered list painted, ${baselineAccounts} accounts: median (baseline)`, value: baseline.keystrokeMedianMs, unit: 'ms', note: `max ${baseline.keystrokeMaxMs.toFixed(0)} ms` },
      { name: 'keystroke median, ratio to the baseline', value: large.keystrokeMedianMs / baseline.keystrokeMedianMs, unit: 'x' },
    ],
  };
}

/**
 * Chromium with a profile on disk in `profileDir`, as the app's windows have one: Electron's default
 * session lives in the user's data folder, and app:// asks it to keep V8's code cache
 * (main/protocol/app-protocol.ts), as a profile on disk does by itself for the web host's http
 * pages. The files themselves come from local disk either way: the app reads them through main,
 * the browser from its HTTP cache. Playwright's usual browser.newContext() is off the record, as
 * an incognito window is, which the app's session is not. Its pages rendered the list 40-200 ms
 * later here than this profile's did with the scripts sent no-store, so more than the code cache
 * differs between the two (not the spare renderer process, not renderer backgrounding: both were
 * tried).
 */
async function launchWindowProfile(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: trayViewport,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}


interface Running {
  readonly composition: NodeComposition;
  readonly host: WebHost;
}

async function measureList(accountCount: number): Promise<ListFigures> {
  const org = organisation(accountCount, rolesPerAccount);
  // Sign-in (OIDC) is never throttled; the portal operations meet AWS's collective quota.
  const emulator = await startEmulator({ org, port: 0, latencyMs, rateLimitPerSecond: 0, portalRateLimitPerSecond: portalQuotaPerSecond, pollIntervalSeconds: 0.2, log: () => undefined });
  const userDataDir = mkdtempSync(join(tmpdir(), 'sso-tray-bench-ui-list-'));
  const profileDir = mkdtempSync(join(tmpdir(), 'sso-tray-bench-ui-list-profile-'));
  const keychainService = uniqueKeychainService();
  let context: BrowserContext | undefined;
  let running: Running | undefined;
  try {
    context = await launchWindowProfile(profileDir);
    await context.addInitScript(keydownMarkScript);
    await context.addInitScript(firstRenderSignalScript);
    const pageErrors: string[] = [];
    context.on('page', (page) => page.on('pageerror', (error) => pageErrors.push(error.message)));
    running = await startCore(emulator, userDataDir, keychainService);
    const signIn = await context.newPage();
    await signIn.goto(running.host.url);
    await signInInBrowser(signIn, { startUrl, region, name: instanceName }, 'alice');
    await signIn.close();
    const [instance] = await running.composition.core.handlers['instances:list'](undefined, { senderId: 'bench' });
    if (!instance) throw new Error('the sign-in left no instance');

    // Quitting stops its listing (and saves what it had); the complete list is written after.
    await stopCore(running);
    running = undefined;
    await new PortalCache(join(userDataDir, 'portal-cache'), new NodeFileSystem(), silentLogger, Date.now).save(instance.id, listedAccounts(org), Date.now());
    running = await startCore(emulator, userDataDir, keychainService);

    // The window opened as a new build starts (the page's second load: V8 has not cached its
    // code yet), while the core is still reading its cache.
    const atNewBuildStart = await openList(context, running, accountCount);
    await atNewBuildStart.page.close();
    // The window opened from the tray of a running app, the usual case; each a later launch of
    // the same build (the first opening is the load that writes the code cache). Each follows an
    // opening from a host that sends the scripts no-store, for the comparison without a code
    // cache: taken in turns, the two sets share whatever else the machine was doing.
    await waitForCachedList(running, accountCount * rolesPerAccount);
    const { openings, noCodeCache, page } = await openingsInTurns(context, running, accountCount);
    const roles = await loadedRoles(running);
    if (roles !== accountCount * rolesPerAccount) throw new Error(`the list holds ${roles} loaded roles, expected ${accountCount * rolesPerAccount}`);

    await foldInstances(page);
    const target = org.instances[0]!.accounts[Math.floor(accountCount * 0.7)]!.accountName;
    const keys = keystrokesFor(target);
    const times = await typeInSearch(page, keys, pauseMs);
    await expectFirstRow(page, target);
    const domContentLoadedMs = await domContentLoaded(page);
    await page.close();

    // The window opened as the app starts again on the same build: the code cache is there.
    await stopCore(running);
    running = undefined;
    running = await startCore(emulator, userDataDir, keychainService);
    const atCoreStart = await openList(context, running, accountCount);
    await atCoreStart.page.close();
    if (pageErrors.length > 0) throw new Error(`script errors on the page: ${pageErrors.join('; ')}`);
    return {
      accounts: accountCount,
      roles,
      firstRenderMs: median(openings),
      firstRenderMaxMs: Math.max(...openings),
      firstRenderAtCoreStartMs: atCoreStart.firstRenderMs,
      firstRenderAtNewBuildStartMs: atNewBuildStart.firstRenderMs,
      firstRenderNoCodeCacheMs: median(noCodeCache),
      openings: openings.length,
      domContentLoadedMs,
      keystrokes: keys.length,
      keystrokeMedianMs: median(times.keydownToPaint),
      keystrokeMaxMs: Math.max(...times.keydownToPaint),
      inputToPaintMedianMs: median(times.inputToPaint),
      skipped: times.skipped,
    };
  } finally {
    try {
      await context?.close();
      if (running) await stopCore(running);
      await emulator.close();
    } finally {
      rmSync(userDataDir, { recursive: true, force: true });
      rmSync(profileDir, { recursive: true, force: true });
      // Leave the keyring as it was (secret-tool exits 1 when nothing matched).
      try {
        execFileSync('secret-tool', ['clear', 'service', keychainService], { stdio: 'ignore' });
      } catch {
        // Nothing stored under it.
      }
    }
  }
}

/** Opens the window on a new page and reads its first render; the page stays open. */
async function openList(context: BrowserContext, running: Running, accountCount: number): Promise<{ readonly page: Page; readonly firstRenderMs: number }> {
  const page = await context.newPage();
  // Nothing touches the page until it has marked its first render (firstRenderSignalScript).
  try {
    await Promise.all([firstRenderSignalled(page), page.goto(running.host.url)]);
  } catch (error) {
    throw new Error(`the window never marked its first render; the page says: ${await pageStatus(page)}`, { cause: error });
  }
  await waitForList(page, accountCount);
  const first = await firstRender(page);
  if (first.accounts !== accountCount) throw new Error(`the first render painted ${first.accounts} accounts, expected ${accountCount}`);
  return { page, firstRenderMs: first.at };
}

/**
 * The openings of a running app, each after one from a second host that sends the scripts no-store
 * (startUncachedHost). The last cached page stays open for the keystrokes.
 */
async function openingsInTurns(context: BrowserContext, running: Running, accountCount: number): Promise<{ readonly openings: number[]; readonly noCodeCache: number[]; readonly page: Page }> {
  const uncached = await startUncachedHost(running);
  try {
    // One uncached opening first, unmeasured: its host's first page load, as the cached host has had.
    await (await openList(context, uncached, accountCount)).page.close();
    const openings: number[] = [];
    const noCodeCache: number[] = [];
    for (;;) {
      const withoutCache = await openList(context, uncached, accountCount);
      noCodeCache.push(withoutCache.firstRenderMs);
      await withoutCache.page.close();
      const opened = await openList(context, running, accountCount);
      openings.push(opened.firstRenderMs);
      if (openings.length === openingsPerCase) return { openings, noCodeCache, page: opened.page };
      await opened.page.close();
    }
  } finally {
    await uncached.host.close();
  }
}

/**
 * A second web host on the same core that sends the scripts `no-store`: the browser keeps neither
 * them nor V8's code for them, so every opening from it compiles the scripts from source, as the
 * app's first launches of a build do.
 */
async function startUncachedHost(running: Running): Promise<Running> {
  const host = await startWebHost({ core: running.composition.core, browserRelay: running.composition.browserRelay, cacheAssets: false });
  return { ...running, host };
}

/** Until the core has read the list from its cache (what the tray shows once the app is up). */
async function waitForCachedList(running: Running, roles: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  while ((await loadedRoles(running)) !== roles) {
    if (Date.now() > deadline) throw new Error(`the core never listed the ${roles} cached roles`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function startCore(emulator: RunningEmulator, userDataDir: string, keychainService: string): Promise<Running> {
  const composition = composeNodeCore({ awsEndpoint: emulator.endpoint, logger: stderrLogger, persistence: { keychainService, userDataDir } });
  const host = await startWebHost({ core: composition.core, browserRelay: composition.browserRelay });
  return { composition, host };
}

async function stopCore(running: Running): Promise<void> {
  await running.host.close();
  await running.composition.core.dispose();
}

/** Warnings and errors go to stderr (stdout is the JSON lines); info is dropped. */
const stderrLogger: Logger = {
  info() {},
  warn: (message, details) => process.stderr.write(`bench: core warned: ${message} ${JSON.stringify(details ?? {})}\n`),
  error: (message, details) => process.stderr.write(`bench: core error: ${message} ${JSON.stringify(details ?? {})}\n`),
};

/** Role names the core's snapshot holds as loaded, over every instance. */
async function loadedRoles(running: Running): Promise<number> {
  let roles = 0;
  for (const snapshot of await running.composition.core.handlers['portal:get-snapshots'](undefined, { senderId: 'bench' })) {
    for (const account of snapshot.accounts) if (account.roles.status === 'loaded') roles += account.roles.names.length;
  }
  return roles;
}

async function expectFirstRow(page: Page, accountName: string): Promise<void> {
  const name = await firstRowName(page);
  if (!name.startsWith(`${accountName},`)) throw new Error(`the search for ${accountName} ended with "${name}" as the first row`);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
