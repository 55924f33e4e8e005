// Real shells read what we write: bash, fish (Debian package `fish`) and dash as the POSIX sh each
// evaluate the export text, and the environment they hand to a child (`env -0`) must hold exactly
// the values we started from, for realistic credentials and for seeded hostile ones (quotes,
// backslashes, $, backticks, line breaks, non-ASCII). A missing shell fails: install it, do not skip.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { RoleCredentials } from '../aws/portal-client';
import type { ExportFormat } from '../model/export-format';
import { credentialVariables, formatCredentials } from './export-formats';

const shells: { name: string; path: string; format: ExportFormat; source: string }[] = [
  { name: 'bash', path: '/usr/bin/bash', format: 'bash', source: '. "$1"; env -0' },
  { name: 'dash (POSIX sh)', path: '/usr/bin/dash', format: 'bash', source: '. "$1"; env -0' },
  { name: 'fish', path: '/usr/bin/fish', format: 'fish', source: 'source $argv[1]; env -0' },
];

const dir = mkdtempSync(join(tmpdir(), 'export-shells-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function evaluate(shell: (typeof shells)[number], text: string): Record<string, string> {
  const file = join(dir, 'exports');
  writeFileSync(file, text);
  const args = shell.name === 'fish' ? ['--no-config', '-c', shell.source, file] : ['-c', shell.source, 'sh', file];
  const result = spawnSync(shell.path, args, { env: { PATH: '/usr/bin:/bin', LANG: 'C.UTF-8' }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${shell.name} exited ${result.status}: ${result.stderr}`);
  return Object.fromEntries(
    result.stdout
      .split('\0')
      .filter(Boolean)
      .map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]),
  );
}

function expectSameValues(shell: (typeof shells)[number], credentials: RoleCredentials, region: string): void {
  const environment = evaluate(shell, formatCredentials(credentials, shell.format, { region }));
  const expected = credentialVariables(credentials, { region });
  expect(expected).toHaveLength(6);
  for (const [name, value] of expected) expect(environment[name], name).toBe(value);
}

const realistic: RoleCredentials = {
  accessKeyId: 'ASIAQ3EGRTZ5EXAMPLE7',
  secretAccessKey: 'xJ9+u/0bN3example/Secret+Key/Value00000',
  sessionToken: 'IQoJb3JpZ2luX2VjEPz//////////wEaCXVzLWVhc3QtMSJHMEUCIQD+example==',
  expiration: Date.UTC(2026, 11, 2, 3, 0, 0),
};

// Code points a shell could take for syntax, plus ordinary ones; never NUL (no environment holds it).
const nasty = fc.constantFrom("'", '"', '\\', '$', '`', '!', '*', '?', '~', '#', ';', '&', '|', '(', ')', '{', '}', '[', ']', '<', '>', ' ', '\t', '\n', '\r', '%', '=', 'a', 'Z', '0', '+', '/', 'é', '€', '😀', '\u2019');
const value = fc.string({ unit: fc.oneof(nasty, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 24 }).filter((text) => !text.includes('\0') && Buffer.from(text, 'utf8').toString('utf8') === text);
const hostile = fc.record({ accessKeyId: value, secretAccessKey: value, sessionToken: value, expiration: fc.integer({ min: 0, max: 4_102_444_800_000 }) });

describe.each(shells)('$name evaluates the exports to the exact values', (shell) => {
  it('is installed', () => {
    expect(existsSync(shell.path), `${shell.path} is missing: apt-get install -y bash dash fish`).toBe(true);
  });

  it('for realistic credentials', () => {
    expectSameValues(shell, realistic, 'eu-central-1');
  });

  it('for seeded hostile values', () => {
    fc.assert(
      fc.property(hostile, (credentials) => expectSameValues(shell, credentials, 'us-gov-west-1')),
      { seed: 20261202, numRuns: 60 },
    );
  });
});
