// The exact text of each format, and the quoting rules as pure functions. PowerShell and cmd are not
// installable on the Linux build machines, so their rules are checked here against cases worked out
// by hand from their documented parsing; bash, fish and dash run for real in export-formats.shells.test.ts.
import { describe, expect, it } from 'vitest';
import type { RoleCredentials } from '../aws/portal-client';
import { exportFormats } from '../model/export-format';
import { cliExpiration, cmdSet, dotenvLine, formatCredentials, quoteFish, quotePosix, quotePowerShell, UnquotableValueError } from './export-formats';

const credentials: RoleCredentials = {
  accessKeyId: 'ASIAEXAMPLE0000KEY1',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  sessionToken: 'IQoJb3JpZ2luX2VjEA0aCXVzLWVhc3QtMSJGMEQCIFxb+/xyz==',
  expiration: Date.UTC(2026, 11, 2, 1, 30, 15, 678),
};

describe('formatCredentials', () => {
  it('writes bash and zsh as export lines in the CLI order, then both region variables', () => {
    const expected = [
      "export AWS_ACCESS_KEY_ID='ASIAEXAMPLE0000KEY1'",
      "export AWS_SECRET_ACCESS_KEY='wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY'",
      "export AWS_SESSION_TOKEN='IQoJb3JpZ2luX2VjEA0aCXVzLWVhc3QtMSJGMEQCIFxb+/xyz=='",
      "export AWS_CREDENTIAL_EXPIRATION='2026-12-02T01:30:15+00:00'",
      "export AWS_REGION='eu-west-1'",
      "export AWS_DEFAULT_REGION='eu-west-1'",
      '',
    ].join('\n');
    expect(formatCredentials(credentials, 'bash', { region: 'eu-west-1' })).toBe(expected);
    expect(formatCredentials(credentials, 'zsh', { region: 'eu-west-1' })).toBe(expected);
  });

  it('leaves the region variables out when the role has no default region', () => {
    const text = formatCredentials(credentials, 'fish', {});
    expect(text.split('\n')).toEqual([
      "set -gx AWS_ACCESS_KEY_ID 'ASIAEXAMPLE0000KEY1'",
      "set -gx AWS_SECRET_ACCESS_KEY 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY'",
      "set -gx AWS_SESSION_TOKEN 'IQoJb3JpZ2luX2VjEA0aCXVzLWVhc3QtMSJGMEQCIFxb+/xyz=='",
      "set -gx AWS_CREDENTIAL_EXPIRATION '2026-12-02T01:30:15+00:00'",
      '',
    ]);
  });

  it('writes PowerShell, cmd and .env lines', () => {
    expect(formatCredentials(credentials, 'powershell', { region: 'us-east-1' }).split('\n')[0]).toBe("$Env:AWS_ACCESS_KEY_ID='ASIAEXAMPLE0000KEY1'");
    expect(formatCredentials(credentials, 'powershell', { region: 'us-east-1' }).split('\n')[5]).toBe("$Env:AWS_DEFAULT_REGION='us-east-1'");
    expect(formatCredentials(credentials, 'cmd', {}).split('\n')[1]).toBe('set "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"');
    expect(formatCredentials(credentials, 'dotenv', { region: 'us-east-1' })).toBe(
      [
        'AWS_ACCESS_KEY_ID=ASIAEXAMPLE0000KEY1',
        'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
        'AWS_SESSION_TOKEN=IQoJb3JpZ2luX2VjEA0aCXVzLWVhc3QtMSJGMEQCIFxb+/xyz==',
        'AWS_CREDENTIAL_EXPIRATION=2026-12-02T01:30:15+00:00',
        'AWS_REGION=us-east-1',
        'AWS_DEFAULT_REGION=us-east-1',
        '',
      ].join('\n'),
    );
  });

  it('writes the credential_process JSON (Version 1) as the CLI does, without a region', () => {
    const text = formatCredentials(credentials, 'json', { region: 'eu-west-1' });
    expect(text).toBe(
      `{\n  "Version": 1,\n  "AccessKeyId": "ASIAEXAMPLE0000KEY1",\n  "SecretAccessKey": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",\n  "SessionToken": "IQoJb3JpZ2luX2VjEA0aCXVzLWVhc3QtMSJGMEQCIFxb+/xyz==",\n  "Expiration": "2026-12-02T01:30:15+00:00"\n}\n`,
    );
    expect(text).not.toContain('eu-west-1');
  });

  it('ends every format with one line break and mentions the session token in each', () => {
    for (const format of exportFormats) {
      const text = formatCredentials(credentials, format, {});
      expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
      expect(text).toContain(credentials.sessionToken);
    }
  });
});

describe('cliExpiration', () => {
  it('prints whole seconds in UTC with +00:00, as Python isoformat() does', () => {
    expect(cliExpiration(Date.UTC(2027, 0, 5, 9, 3, 4, 999))).toBe('2027-01-05T09:03:04+00:00');
    expect(cliExpiration(Date.UTC(2027, 0, 5, 9, 3, 4, 0))).toBe('2027-01-05T09:03:04+00:00');
  });
});

describe('quoting rules', () => {
  it('POSIX: a single quote closes, is escaped and reopens', () => {
    expect(quotePosix("it's")).toBe(`'it'\\''s'`);
    expect(quotePosix('$HOME `x` \\n')).toBe(`'$HOME \`x\` \\n'`);
  });

  it('fish: backslash and single quote are escaped inside single quotes', () => {
    expect(quoteFish("a'b\\c$d")).toBe(`'a\\'b\\\\c$d'`);
  });

  // Hand-checked against PowerShell's rules for verbatim strings (about_Quoting_Rules): inside '…'
  // nothing expands ($, backtick, "), and a quote is written twice; ‘ ’ ‚ ‛ count as quotes too.
  it.each([
    ['plain', "'plain'"],
    ["it's", "'it''s'"],
    ['$Env:PATH `n "x"', `'$Env:PATH \`n "x"'`],
    ['a\u2019b', "'a\u2019\u2019b'"],
    ['\u2018\u201b', "'\u2018\u2018\u201b\u201b'"],
    ['', "''"],
  ])('PowerShell quotes %j as %s', (value, expected) => {
    expect(quotePowerShell(value)).toBe(expected);
  });

  // Hand-checked against cmd's parser: inside "…" the specials & | < > ^ ( ) are literal, and
  // `set "NAME=value"` takes everything up to the last quote.
  it.each([
    ['abc+/=', 'set "X=abc+/="'],
    ['a&b|c<d>e^f(g)', 'set "X=a&b|c<d>e^f(g)"'],
    ['with space', 'set "X=with space"'],
  ])('cmd writes %j as %s', (value, expected) => {
    expect(cmdSet('X', value)).toBe(expected);
  });

  it.each(['100%', 'say "hi"', 'wow!', 'two\nlines', 'cr\r'])('cmd refuses %j with a clear error that does not echo the value', (value) => {
    const error = (() => {
      try {
        cmdSet('AWS_SECRET_ACCESS_KEY', value);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(UnquotableValueError);
    expect((error as Error).message).toMatch(/^Cannot write AWS_SECRET_ACCESS_KEY for cmd: contains /);
    expect((error as Error).message).not.toContain(value);
  });

  it('.env: bare tokens stay bare, others are single-quoted, quotes and line breaks refused', () => {
    expect(dotenvLine('A', 'abc+/=:@.-_')).toBe('A=abc+/=:@.-_');
    expect(dotenvLine('A', 'a b#c')).toBe("A='a b#c'");
    expect(() => dotenvLine('A', "it's")).toThrow(UnquotableValueError);
    expect(() => dotenvLine('A', 'x\ny')).toThrow(UnquotableValueError);
  });
});
