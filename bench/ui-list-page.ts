// What the ui-list bench does in the page, the way a person would (roles and labels, as the e2e
// specs find them), and how it reads the page's performance marks (renderer/src/portal/perf-marks.ts).
import type { Page } from 'playwright-core';

/** Capture-phase keydown listener, installed before the app's scripts: each keystroke's own time. */
export const keydownMarkScript = `window.addEventListener('keydown', (event) => performance.mark('bench:keydown', { startTime: event.timeStamp }), { capture: true });`;

/** The console line firstRenderSignalScript writes once the page has marked its first render. */
const firstRenderSignal = 'bench:first-render';

/**
 * Installed before the app's scripts: says on the console when the `ui-list:first-render` mark is
 * taken. The bench waits for that line instead of polling the page: a poll (waitForFunction)
 * injects Playwright's script into the page and runs it on the main thread while the window is
 * still opening (a trace showed 8-14 ms of it between the snapshot's arrival and React's render).
 */
export const firstRenderSignalScript = `new PerformanceObserver((list, observer) => {
  if (!list.getEntriesByName('ui-list:first-render').length) return;
  observer.disconnect();
  console.debug(${JSON.stringify(firstRenderSignal)});
}).observe({ type: 'mark', buffered: true });`;

/** Resolves once the page says it marked its first render (firstRenderSignalScript); call before navigating. */
export function firstRenderSignalled(page: Page): Promise<unknown> {
  return page.waitForEvent('console', { predicate: (message) => message.text() === firstRenderSignal, timeout });
}

const timeout = 120_000;

/** Adds the instance with the form and signs in with the browser as `userName` (consent popup, Allow). */
export async function signInInBrowser(page: Page, instance: { readonly startUrl: string; readonly region: string; readonly name: string }, userName: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Add an instance' });
  await form.getByLabel('Start URL').fill(instance.startUrl);
  await form.getByLabel('Region').selectOption(instance.region);
  await form.getByRole('radio', { name: 'Browser' }).check();
  await form.getByRole('button', { name: 'Add instance' }).click();
  const card = page.getByRole('article', { name: instance.name });
  const popupOpened = page.waitForEvent('popup');
  await card.getByRole('button', { name: 'Sign in' }).click();
  const popup = await popupOpened;
  await popup.getByLabel(new RegExp(`\\(${userName}\\)$`)).check();
  await popup.getByRole('button', { name: 'Allow' }).click();
  await popup.getByRole('heading', { name: 'Signed in to SSO Tray' }).waitFor();
  await popup.close();
  await card.getByRole('group', { name: 'Session' }).getByText('Signed in', { exact: true }).waitFor();
}

/** The list's status line says `accounts` accounts (no search). */
export async function waitForList(page: Page, accounts: number): Promise<void> {
  const text = `${accounts.toLocaleString('en-US')} accounts`;
  try {
    await page.waitForFunction((expected) => document.querySelector('.portal-count')?.textContent === expected, text, { timeout, polling: 100 });
  } catch (error) {
    throw new Error(`the list never showed ${text}; the page says: ${await pageStatus(page)}`, { cause: error });
  }
}

/** The list's status line and count as the page shows them, for an error message. */
export async function pageStatus(page: Page): Promise<string> {
  return page
    .evaluate(() => [document.querySelector('.portal-status')?.textContent, document.querySelector('.portal-count')?.textContent].join(' | '))
    .catch((error: unknown) => `(unreadable: ${error instanceof Error ? error.message : String(error)})`);
}

/** Folds the instances panel away, so the list has the window (as the scale spec does). */
export async function foldInstances(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: /^Instances \(\d+\)$/ });
  if ((await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click();
}

/** The `ui-list:first-render` mark: ms after navigation start (the page's time origin), and how many accounts it painted. */
export async function firstRender(page: Page): Promise<{ readonly at: number; readonly accounts: number }> {
  await page.waitForFunction(() => performance.getEntriesByName('ui-list:first-render', 'mark').length > 0, undefined, { timeout });
  const marks = await page.evaluate(() => performance.getEntriesByName('ui-list:first-render', 'mark').map((mark) => ({ at: mark.startTime, accounts: (mark as PerformanceMark).detail?.accounts as number })));
  if (marks.length !== 1) throw new Error(`expected one ui-list:first-render mark, found ${marks.length}`);
  return marks[0]!;
}

/** DOMContentLoaded's end, ms after navigation start: the page and its (deferred) module scripts have run. */
export async function domContentLoaded(page: Page): Promise<number> {
  return page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd);
}

/** One keystroke, as Playwright names it ('a', '-', 'Backspace'). */
export type Keystroke = string;

/**
 * Types `name` as someone looking for that account would: the team, a dash, the stage with its last
 * two letters swapped, two Backspaces and the right two, the number, then " read" (a role).
 */
export function keystrokesFor(accountName: string): readonly Keystroke[] {
  const [team = '', stage = '', number = ''] = accountName.split('-');
  const swapped = stage.length >= 2 ? stage.slice(0, -2) + stage.at(-1)! + stage.at(-2)! : stage;
  return [...team, '-', ...swapped, 'Backspace', 'Backspace', ...stage.slice(-2), '-', ...number, ...' read'];
}

export interface KeystrokeTimes {
  /** From each keystroke's keydown to the paint of the list filtered for it. */
  readonly keydownToPaint: readonly number[];
  /** The app's own measure: from the input event's handler to the same paint. */
  readonly inputToPaint: readonly number[];
  /** Keystrokes answered by a later keystroke's paint (a deferred render skipped theirs). */
  readonly skipped: number;
}

/** Presses each key in the search box, `pauseMs` apart, and reads one measure per keystroke. */
export async function typeInSearch(page: Page, keys: readonly Keystroke[], pauseMs: number): Promise<KeystrokeTimes> {
  const box = page.getByRole('searchbox', { name: 'Search accounts and roles' });
  await box.click();
  await page.evaluate(() => {
    performance.clearMarks('bench:keydown');
    performance.clearMarks('ui-search:input');
    performance.clearMeasures('ui-search:input-to-paint');
  });
  for (const key of keys) {
    await page.keyboard.press(key);
    await page.waitForTimeout(pauseMs);
  }
  await page.waitForFunction((count) => performance.getEntriesByName('ui-search:input-to-paint', 'measure').length >= count, keys.length, { timeout: 30_000 });
  const { keydowns, measures } = await page.evaluate(() => ({
    keydowns: performance.getEntriesByName('bench:keydown', 'mark').map((mark) => mark.startTime),
    measures: performance.getEntriesByName('ui-search:input-to-paint', 'measure').map((measure) => ({
      start: measure.startTime,
      end: measure.startTime + measure.duration,
      ...((measure as PerformanceMeasure).detail as { query: string; rendered: string }),
    })),
  }));
  if (measures.length !== keys.length || keydowns.length !== keys.length) {
    throw new Error(`${keys.length} keystrokes gave ${keydowns.length} keydowns and ${measures.length} input-to-paint measures`);
  }
  const keydownToPaint = measures.map((measure) => {
    const keydown = keydowns.filter((at) => at <= measure.start).at(-1);
    if (keydown === undefined) throw new Error(`no keydown before the input of "${measure.query}"`);
    return measure.end - keydown;
  });
  return { keydownToPaint, inputToPaint: measures.map((measure) => measure.end - measure.start), skipped: measures.filter((measure) => measure.query !== measure.rendered).length };
}

/** The accessible name of the list's first row (the best match of a search). */
export async function firstRowName(page: Page): Promise<string> {
  return (await page.getByRole('tree', { name: 'Accounts and roles' }).getByRole('treeitem').first().getAttribute('aria-label')) ?? '';
}
