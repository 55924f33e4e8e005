// The console window's title and frame: time left in words, the account's colour, and names that
// cannot break out of the CSS string they are put in.
import { describe, expect, it } from 'vitest';
import { consoleFrameCss, consoleWindowTitle, cssString, timeLeftText } from './console-frame';

const label = { accountLabel: 'prod "main"; } body { display:none', accountId: '111111111111', roleName: 'Admin', colour: 'teal' as const };

describe('console frame', () => {
  it.each([
    [0, 'session ended'],
    [-5_000, 'session ended'],
    [59_000, 'under a minute left'],
    [60_000, '1 min left'],
    [3_599_000, '59 min left'],
    [3_900_000, '1 h 05 min left'],
    [43_200_000, '12 h 00 min left'],
  ])('%i ms left reads %j', (left, text) => {
    expect(timeLeftText(1_000_000 + left, 1_000_000)).toBe(text);
  });

  it('titles the window with the account, its id, the role and the time left', () => {
    expect(consoleWindowTitle({ ...label, accountLabel: 'payments' }, 600_000, 0)).toBe('payments (111111111111) · Admin · 10 min left');
  });

  it("draws the account's colour, grey when none is set, and the ended banner only once ended", () => {
    expect(consoleFrameCss(label, false)).toContain('inset 0 0 0 4px #00a1a1');
    expect(consoleFrameCss({ ...label, colour: undefined }, false)).toContain('#7d8998');
    expect(consoleFrameCss(label, false)).not.toContain('::before');
    expect(consoleFrameCss(label, true)).toContain('html::before');
  });

  it('escapes names so they stay inside the CSS string', () => {
    const css = consoleFrameCss(label, true);
    const content = /content: ("[^"]*");/.exec(css)?.[1] ?? '';
    expect(content).toContain('prod \\22 main\\22 \\3b  \\7d  body \\7b  display\\3a none');
    expect(css.match(/"/g)).toHaveLength(2);
    expect(cssString('a\nb\\c')).toBe('"a\\a b\\5c c"');
  });
});
