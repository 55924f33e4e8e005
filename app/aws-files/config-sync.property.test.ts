// Property: whatever the user's files hold (sections, comments, sub-sections, blank lines, CRLF or
// LF, a final newline or none), a sync changes nothing outside the app's own sections, a second
// sync with other roles still leaves the user's bytes alone, and pruning all gives the file back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planConfigSync } from './config-sync';
import { planCredentialsProfile } from './credentials-file';
import { withoutOwnedSections } from './testing/owned-sections';
import { account, sampleSync } from './testing/sync-fixtures';

const text = fc.string({ unit: fc.constantFrom('a', 'Z', '0', ' ', '=', '#', ';', '[', ']', '"', "'", ':', '.', '-', 'é', '€', '\t'), maxLength: 20 });
const word = fc.stringMatching(/^[a-z][a-z0-9_]{0,7}$/);
const ending = fc.constantFrom('\n', '\r\n');

const comment = fc.tuple(fc.constantFrom('#', ';', '  #', '\t;'), text).map(([prefix, body]) => `${prefix}${body.replace(/[\r\n]/g, '')}`);
const blank = fc.constantFrom('', '   ', '\t');
/** A key line, or a nested block (`s3 =` then indented key lines). */
const entry = fc.oneof(
  fc.tuple(word, fc.constantFrom(' = ', '=', ' =', '  =  '), text.filter((value) => value.trim() !== '')).map(([key, separator, value]) => [key, [`${key}${separator}${value}`]] as const),
  fc.tuple(word, fc.uniqueArray(word, { minLength: 1, maxLength: 3 })).map(([key, inner]) => [key, [`${key} =`, ...inner.map((name) => `  ${name} = 1`)]] as const),
);

function section(header: string) {
  return fc.tuple(
    fc.uniqueArray(entry, { selector: ([key]) => key, maxLength: 4 }),
    fc.array(fc.oneof(comment, blank), { maxLength: 2 }),
  ).map(([entries, trailing]) => [header, ...entries.flatMap(([, lines]) => lines), ...trailing]);
}

const userFile = (file: 'config' | 'credentials') =>
  fc
    .tuple(
      fc.array(fc.oneof(comment, blank), { maxLength: 3 }),
      fc.uniqueArray(fc.tuple(fc.constantFrom(...(file === 'config' ? ['profile ', 'sso-session ', 'services ', ''] : [''])), word), { selector: ([prefix, name]) => `${prefix}${name}`, maxLength: 5 }),
      fc.array(ending, { minLength: 1, maxLength: 1 }),
      fc.boolean(),
      fc.boolean(),
    )
    .chain(([preamble, headers, [newline], mixed, finalNewline]) =>
      fc.tuple(...headers.map(([prefix, name]) => section(`[${prefix}user-${name}]`))).map((sections) => {
        const lines = [...preamble, ...sections.flat()];
        // Mixed endings: every other line takes the other one.
        const joined = lines.map((line, index) => line + (mixed && index % 2 ? (newline === '\n' ? '\r\n' : '\n') : newline)).join('');
        return finalNewline || joined === '' ? joined : joined.replace(/\r?\n$/, '');
      }),
    );

const roleSets = fc.subarray(['111111111111/AdministratorAccess', '111111111111/ReadOnlyAccess', '222222222222/ReadOnlyAccess', '222222222222/Billing']);

function sync(existing: string, roles: readonly string[]): string {
  const byAccount = (id: string) => roles.filter((role) => role.startsWith(id)).map((role) => role.split('/')[1] ?? '');
  const result = planConfigSync({
    existing,
    path: 'config',
    instances: sampleSync([account('111111111111', 'payments-prod', byAccount('111111111111')), account('222222222222', 'payments-dev', byAccount('222222222222'))]),
    accountPreferences: {},
    style: 'sso-session',
    template: '{account_name}.{role_name}',
  });
  if (!result.ok) throw new Error(result.message);
  return result.text;
}

describe('the config sync keeps the user bytes', () => {
  it('across syncs with different roles, and gives the file back when all go', () => {
    fc.assert(
      fc.property(userFile('config'), roleSets, roleSets, (original, first, second) => {
        const once = sync(original, first);
        const twice = sync(once, second);
        expect(withoutOwnedSections(once, 'config')).toBe(original);
        expect(withoutOwnedSections(twice, 'config')).toBe(original);
        expect(sync(twice, [])).toBe(original);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('for the credentials file too', () => {
    const credentials = { accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 'secret', sessionToken: 'token', expiration: 0 };
    fc.assert(
      fc.property(userFile('credentials'), fc.constantFrom('work', 'sso-tray-active', 'default'), (original, profile) => {
        const written = planCredentialsProfile(original, 'credentials', profile, credentials);
        if (!written.ok) {
          // Only a profile of the user's own by that name stops it.
          expect(written.reason).toBe('name-taken');
          return;
        }
        expect(withoutOwnedSections(written.text, 'credentials')).toBe(original);
        const removed = planCredentialsProfile(written.text, 'credentials', profile, undefined);
        expect(removed.ok && removed.text).toBe(original);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});

describe('the generated files', () => {
  it('cover the cases the property is about', () => {
    const samples = fc.sample(userFile('config'), { seed: 42, numRuns: 300 });
    const share = (test: (file: string) => boolean) => samples.filter(test).length;
    expect(share((file) => file.includes('\r\n'))).toBeGreaterThan(50);
    expect(share((file) => /\n {2}\w+ = 1/.test(file))).toBeGreaterThan(30);
    expect(share((file) => file !== '' && !file.endsWith('\n'))).toBeGreaterThan(50);
    expect(share((file) => /^\s*[#;]/m.test(file))).toBeGreaterThan(50);
    expect(share((file) => (file.match(/^\[/gm) ?? []).length >= 3)).toBeGreaterThan(50);
  });
});
