import { describe, expect, it } from 'vitest';
import { cleanDisplayName } from './instance';

describe('cleanDisplayName', () => {
  // Control characters break a line or a notification; bidirectional controls make a name read
  // differently from what it is (U+202E turns "Prod‮gnp.exe" into "Prodexe.png"). Unicode TR9.
  it.each([
    ['NUL', 'Prod\u0000EU', 'Prod EU'],
    ['a tab', 'Prod\tEU', 'Prod EU'],
    ['a line feed', 'Prod\nEU', 'Prod EU'],
    ['a carriage return and line feed', 'Prod\r\nEU', 'Prod EU'],
    ['ESC (a terminal escape)', '\u001B[31mProd', '[31mProd'],
    ['U+001F', 'Prod\u001F', 'Prod'],
    ['DEL', 'Prod\u007F', 'Prod'],
    ['U+0080', '\u0080Prod', 'Prod'],
    ['NEL', 'Prod\u0085EU', 'Prod EU'],
    ['U+009F', 'Prod\u009F', 'Prod'],
    ['LRE', 'Prod\u202AEU', 'ProdEU'],
    ['RLE', 'Prod\u202BEU', 'ProdEU'],
    ['PDF', 'Prod\u202CEU', 'ProdEU'],
    ['LRO', 'Prod\u202DEU', 'ProdEU'],
    ['RLO', 'Prod\u202Egnp.exe', 'Prodgnp.exe'],
    ['LRI', 'Prod\u2066EU', 'ProdEU'],
    ['RLI', 'Prod\u2067EU', 'ProdEU'],
    ['FSI', 'Prod\u2068EU', 'ProdEU'],
    ['PDI', 'Prod\u2069EU', 'ProdEU'],
    ['LRM', 'Prod\u200EEU', 'ProdEU'],
    ['RLM', 'Prod\u200FEU', 'ProdEU'],
    ['ALM', 'Prod\u061CEU', 'ProdEU'],
    ['only controls', '\u202E\u0000\u2066', ''],
    ['spaces around', '  Prod  ', 'Prod'],
  ])('removes %s', (_name, input, expected) => {
    expect(cleanDisplayName(input)).toBe(expected);
  });

  it.each([
    ['plain text', 'Acme production'],
    ['accents', 'Zürich Ops'],
    ['Arabic letters', 'حساب الإنتاج'],
    ['Hebrew letters', 'ייצור'],
    ['CJK', '本番環境'],
    ['an emoji joined with ZWJ', 'Dev 👩‍💻'],
    ['punctuation', 'prod (eu-west-1) #2 – "main"'],
  ])('keeps %s', (_name, input) => {
    expect(cleanDisplayName(input)).toBe(input);
  });
});
