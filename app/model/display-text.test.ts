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
