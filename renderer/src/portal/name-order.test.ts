// The ASCII sort keys against the collator they stand in for: same order for any plain-ASCII
// names in English, and no key (so the collator decides) for anything else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameCollator } from '../../../app/model/name-collator';
import { asciiPunctuationOrder, asciiSortKey, keysMatchCollator } from './name-order';

const printableAscii = Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCharCode(0x20 + index));
const sign = (value: number) => Math.sign(value);
const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('asciiPunctuationOrder', () => {
  it('is the order the English collator gives printable ASCII other than letters and digits', () => {
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    const others = printableAscii.filter((character) => !/[0-9A-Za-z]/.test(character));
    expect([...others].sort((a, b) => collator.compare(a, b)).join('')).toBe(asciiPunctuationOrder);
    // Each is its own rank: no two compare equal.
    for (let index = 1; index < others.length; index++) expect(collator.compare(asciiPunctuationOrder[index - 1]!, asciiPunctuationOrder[index]!)).toBe(-1);
  });
});

describe('asciiSortKey', () => {
  // Names as people write them: words, numbers (with leading zeros, up to 12 digits), any punctuation.
  const unit = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...printableAscii) },
    { weight: 2, arbitrary: fc.constantFrom('a', 'A', 'b', 'B', 'z', 'Z', 'e', 'E') },
    { weight: 2, arbitrary: fc.stringMatching(/^[0-9]{1,12}$/) },
    { weight: 1, arbitrary: fc.constantFrom('0', '00', '007', '9', '10', '-', ' ', '_') },
  );
  const name = fc.string({ unit, maxLength: 12 });

  for (const language of ['en', 'en-US', 'en-GB']) {
    it(`orders plain-ASCII names exactly as the ${language} collator does (seeded)`, () => {
      const collator = nameCollator(language);
      fc.assert(
        fc.property(name, name, (a, b) => sign(compareKeys(asciiSortKey(a)!, asciiSortKey(b)!)) === sign(collator.compare(a, b))),
        { seed: 7, numRuns: 20_000 },
      );
    });
  }

  it('reads numbers by value and ignores case', () => {
    expect(asciiSortKey('Team-9')! < asciiSortKey('team-10')!).toBe(true);
    expect(asciiSortKey('payments-007')).toBe(asciiSortKey('Payments-7'));
    expect(asciiSortKey('a 1')! < asciiSortKey('a-1')!).toBe(true);
    expect(asciiSortKey('a-1')! < asciiSortKey('a1')!).toBe(true);
  });

  it('gives no key for a run of more than 200 digits: from 255 significant digits the collator splits the number', () => {
    const collator = nameCollator('en');
    expect(collator.compare('9'.repeat(254), `1${'0'.repeat(254)}`)).toBe(1);
    expect(collator.compare('1'.repeat(254), `1${'0'.repeat(254)}`)).toBe(1);
    for (const digits of [201, 253, 254, 255]) expect(asciiSortKey(`${'0'.repeat(3)}${'1'.repeat(digits)}`)).toBeUndefined();
    expect(asciiSortKey('9'.repeat(201))).toBeUndefined();
    expect(asciiSortKey(`a${'7'.repeat(200)}`)).toBeDefined();
  });

  it('gives no key for anything outside printable ASCII', () => {
    for (const text of ['café', 'Ωmega', '名前', 'rocket 😀', 'tab\there', 'del\u007f', 'nbsp\u00a0']) expect(asciiSortKey(text)).toBeUndefined();
  });
});

describe('keysMatchCollator', () => {
  it('holds for English only: other languages reorder even ASCII (Danish "aa", Lithuanian "y", Turkish "i")', () => {
    expect(['en', 'en-US', 'EN-gb', 'en-Latn-US', 'en-150'].map(keysMatchCollator)).toEqual([true, true, true, true, true]);
    expect(['da', 'lt', 'tr', 'sv-SE', 'eng', '', undefined].map(keysMatchCollator)).toEqual([false, false, false, false, false, false, false]);
  });

  it('does not hold for a tag with extensions, which may pick another collation: the collator decides', () => {
    expect(['en-US-u-co-eor', 'en-u-kn-false', 'en-x-private'].map(keysMatchCollator)).toEqual([false, false, false]);
  });
});
