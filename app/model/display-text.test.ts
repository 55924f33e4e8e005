import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, cutText, quoteText } from './display-text';

describe('cutText', () => {
  it.each([
    ['fits', 'short', 10, 'short'],
    ['exactly fits', 'abcde', 5, 'abcde'],
    ['one too many', 'abcdef', 5, 'abcd…'],
    ['a pair at the cut', 'abc😀def', 5, 'abc…'],
  ])('%s', (_name, text, max, expected) => {
    expect(cutText(text, max)).toBe(expected);
  });
});

describe('quoteText', () => {
  it('cleans and cuts 50 MB without scanning it all, and shows that it was cut', () => {
    const quoted = quoteText(`line one\n\u202Eline two ${'x'.repeat(50 * 1024 * 1024)}`, 40);
    expect(quoted).toBe(`line one line two ${'x'.repeat(21)}…`);
    expect(quoted).toHaveLength(40);
  });

  it('keeps the ellipsis when cleaning shrinks a cut head below the limit', () => {
    expect(quoteText(`${' '.repeat(1_000)}end`, 20)).toBe('…');
    expect(quoteText(`a${'\n'.repeat(1_000)}b`, 20)).toBe('a …');
  });

  it('leaves a short clean text as it is', () => {
    expect(quoteText('fine', 40)).toBe('fine');
    expect(cleanText(' a\tb ')).toBe('a b');
  });
});

describe('cleanText', () => {
  /** The four steps cleanText names, always all run: its quick look for clean text must agree. */
  const cleanedStepByStep = (text: string) =>
    // eslint-disable-next-line no-control-regex -- finding control characters is what this is for
    text.replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g, '').replace(/[\u0000-\u001F\u007F-\u009F]+/g, ' ').replace(/\s+/g, ' ').trim();
  const character = fc.constantFrom('a', 'Z', '7', ' ', '-', 'é', '名', '😀', '\t', '\n', '\r', '\u0000', '\u007F', '\u0085', '\u00A0', '\u2003', '\u2028', '\uFEFF', '\u202E', '\u2066', '\u200E', '\u061C');

  it('gives what every step would give, for text clean or not (seeded)', () => {
    fc.assert(
      fc.property(fc.string({ unit: character, maxLength: 12 }), (text) => {
        expect(cleanText(text)).toBe(cleanedStepByStep(text));
      }),
      { seed: 42, numRuns: 5_000 },
    );
  });

  it.each([
    ['clean text as it is', 'acme-prod (eu)', 'acme-prod (eu)'],
    ['a no-break space as a space', 'a\u00A0b', 'a b'],
    ['a leading space', ' a', 'a'],
    ['two spaces', 'a  b', 'a b'],
    ['a right-to-left override', 'a\u202Eb', 'ab'],
  ])('%s', (_name, text, expected) => {
    expect(cleanText(text)).toBe(expected);
  });
});
