// The list's order in the browser that shows it: plain-ASCII names sort by keys that stand in for
// the collator (renderer/src/portal/name-order.ts), so the order the page shows must be the order
// Chromium's own Intl.Collator gives, for names full of punctuation and numbers, and for the sample
// org's names. A unit test checks the keys against Node's ICU; this checks them against Chromium's.
import { expect, test } from '../sign-in/sign-in-fixture';
import { accountList, foldInstances, sampleAccountCount, signInAndList } from './portal-page';

// Tall enough for every row to be in the page (the list is virtualised).
test.use({ viewport: { width: 380, height: 2_000 } });

// Distinct at base strength, so the order is the collator's alone (no tie-breaks).
const names = ['ops-10', 'ops-9', 'Ops_1', 'ops 2', 'ops.3', 'ops$4', 'ops~5', 'ops(6)', 'ops#7', 'ops-0008', 'ops@x', 'ops\'y', 'ops+z', 'Ops-100', 'ops/w'];

test('accounts are listed in the order Chromium\'s collator gives their names', async ({ page, app }) => {
  app.emulator.admin.addAccounts(names.map((accountName, index) => ({ accountId: String(620_000_000_001 + index), accountName, roles: ['ReadOnlyAccess'], users: ['alice'] })));
  await signInAndList(page, sampleAccountCount + names.length);
  await foldInstances(page);
  const rows = accountList(page).locator('[role="treeitem"][aria-level="1"] .account-name');
  await expect(rows).toHaveCount(sampleAccountCount + names.length);
  const shown = await rows.allTextContents();
  const collatorOrder = await page.evaluate((texts) => {
    const collator = new Intl.Collator(navigator.language, { sensitivity: 'base', numeric: true });
    return [...texts].sort((a, b) => collator.compare(a, b));
  }, shown);
  expect(await page.evaluate(() => navigator.language)).toMatch(/^en/);
  expect(shown).toEqual(collatorOrder);
  // And the numbers read as numbers.
  expect(shown.indexOf('ops-9')).toBeLessThan(shown.indexOf('ops-10'));
  expect(shown.indexOf('ops-10')).toBeLessThan(shown.indexOf('Ops-100'));
});
