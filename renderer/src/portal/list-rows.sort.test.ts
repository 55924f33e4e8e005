// The list's order as the window opens: sortByName's shortcut (a code-unit sort first) must give
// exactly what one sort with the collator gives, for any names.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AccountPreferences } from '../../../app/model/preferences';
import { sortByName, type ListedAccount } from './list-rows';

/** The order of one sort with `collator` alone, as sortByName must give it. */
const byCollator = (collator: Intl.Collator) => (a: ListedAccount, b: ListedAccount) => collator.compare(a.displayName, b.displayName) || collator.compare(a.name, b.name) || (a.key < b.key ? -1 : 1);
const byCollatorAlone = byCollator(new Intl.Collator(undefined, { sensitivity: 'base', numeric: true }));

function listed(index: number, name: string, alias: string | undefined): ListedAccount {
  const accountId = String(100_000_000_000 + index);
  const preferences: AccountPreferences = alias === undefined ? {} : { alias };
  return {
    key: `i-1/${accountId}`,
    instanceId: 'i-1',
    account: { accountId, accountName: name, emailAddress: `${index}@example.com`, roles: { status: 'pending' } },
    name,
    email: `${index}@example.com`,
    displayName: alias ?? name,
    preferences,
  };
}

// Letters in both cases, accents, digits (numeric order: 9 before 10), punctuation and others.
const unit = fc.constantFrom('a', 'A', 'b', 'B', 'é', 'E', 'z', 'ß', '0', '1', '2', '9', '10', '-', '_', ' ', '.', 'Ω', '名', '😀');
const name = fc.string({ unit, minLength: 1, maxLength: 6 });

describe('sortByName', () => {
  it('orders any names exactly as the collator alone would (seeded)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(name, fc.option(name, { nil: undefined })), { maxLength: 40 }), (entries) => {
        const accounts = entries.map(([portalName, alias], index) => listed(index, portalName, alias));
        expect(sortByName(accounts).map((account) => account.key)).toEqual([...accounts].sort(byCollatorAlone).map((account) => account.key));
      }),
      { seed: 42, numRuns: 2_000 },
    );
  });

  // en-US takes the ASCII keys, da the collator after the code-unit pre-sort.
  for (const [language, path] of [['en-US', 'ASCII keys'], ['da', 'collator']] as const) {
    it(`orders plain-ASCII names as the ${language} collator does (${path}, seeded)`, () => {
      const byThisCollator = byCollator(new Intl.Collator(language, { sensitivity: 'base', numeric: true }));
      const ascii = fc.string({ unit: fc.constantFrom('a', 'A', 'b', 'y', 'i', 'I', 'z', '0', '1', '9', '10', '-', '_', ' ', '.', '$'), minLength: 1, maxLength: 6 });
      fc.assert(
        fc.property(fc.array(fc.tuple(ascii, fc.option(ascii, { nil: undefined })), { maxLength: 40 }), (entries) => {
          const accounts = entries.map(([portalName, alias], index) => listed(index, portalName, alias));
          expect(sortByName(accounts, language).map((account) => account.key)).toEqual([...accounts].sort(byThisCollator).map((account) => account.key));
        }),
        { seed: 43, numRuns: 1_000 },
      );
    });
  }

  it('leaves a language that reorders ASCII to its collator: Danish puts "aa" after "z"', () => {
    const accounts = [listed(1, 'aalborg', undefined), listed(2, 'zealand', undefined), listed(3, 'bergen', undefined)];
    expect(sortByName(accounts, 'da').map((account) => account.name)).toEqual(['bergen', 'zealand', 'aalborg']);
    expect(sortByName(accounts, 'en').map((account) => account.name)).toEqual(['aalborg', 'bergen', 'zealand']);
  });

  it('puts numbers in numeric order and ignores case, as people read names', () => {
    const accounts = [listed(1, 'team-10', undefined), listed(2, 'Team-9', undefined), listed(3, 'alpha', 'Zulu'), listed(4, 'beta', undefined)];
    expect(sortByName(accounts).map((account) => account.displayName)).toEqual(['beta', 'Team-9', 'team-10', 'Zulu']);
    expect(sortByName(accounts, 'en').map((account) => account.displayName)).toEqual(['beta', 'Team-9', 'team-10', 'Zulu']);
  });
});
