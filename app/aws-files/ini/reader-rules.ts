// The two readers of the user's AWS files, and the lines they would read differently. The AWS CLI
// (botocore: Python's configparser.RawConfigParser, then botocore's own profile naming) and the JS
// SDK (@smithy's parseIni) accept different things; before the app writes a file, both must see
// the same sections, with the same names, holding the same lines, and neither may reject the file.
// Differences in the values of the user's own keys (an inline `# note`, `key: value`, an indented
// line after a key) are the user's business and are kept as they are. See docs/aws-files.md.
import type { IniLine, SectionName } from './ini-document';

export interface IniProblem {
  /** 1-based, as an editor shows it. */
  readonly line: number;
  readonly message: string;
}

export interface SectionHeader {
  readonly line: number;
  readonly name: SectionName;
}

export type AgreementResult = { readonly ok: true; readonly headers: readonly SectionHeader[] } | { readonly ok: false; readonly problem: IniProblem };

/** A header both readers take the same way: `[NAME]` at the start of the line, maybe a comment after white space. */
const strictHeader = /^\[([^\][]+)\](?:[ \t]+[#;].*)?[ \t]*$/;
/** @smithy/shared-ini-file-loader's prefixed section names (`profile`, `sso-session`, `services`). */
const smithyPrefixed = /^([\w-]+)\s(["'])?([\w\-@+.%:/]+)\2$/;
const smithyPrefixes = new Set(['profile', 'sso-session', 'services']);

export function checkReaderAgreement(lines: readonly IniLine[], file: 'config' | 'credentials'): AgreementResult {
  const headers: SectionHeader[] = [];
  const seen = new Map<string, number>();
  let keys = new Map<string, number>();
  /** The option a more indented line continues (configparser), and whether its first value was empty. */
  let option: { readonly indent: number; readonly nested: boolean } | undefined;
  const fail = (index: number, message: string): AgreementResult => ({ ok: false, problem: { line: index + 1, message } });

  for (const [index, { text }] of lines.entries()) {
    if (index === 0 && text.startsWith('\uFEFF')) return fail(index, 'the file starts with a byte-order mark, which the AWS CLI cannot read; save it as UTF-8 without BOM');
    if (text.includes('\uFFFD')) return fail(index, 'the line is not valid UTF-8 (the AWS CLI rejects the file, and rewriting it would change its bytes)');
    if (text.includes('\r')) return fail(index, 'a carriage return inside the line: the AWS CLI splits the line there, the JS SDK does not');
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
    const indent = text.length - text.trimStart().length;

    if (option && indent > option.indent) {
      // configparser continues the option here; the JS SDK reads the line on its own.
      if (trimmed.startsWith('[')) return fail(index, 'an indented [section] header: the AWS CLI reads it as part of the value above, the JS SDK as a new section');
      if (option.nested && !trimmed.slice(1).includes('=')) return fail(index, 'a line in a nested block (like `s3 =`) needs `key = value`; the AWS CLI rejects the file otherwise');
      continue;
    }

    if (trimmed.startsWith('[')) {
      const match = strictHeader.exec(text);
      if (!match?.[1]) return fail(index, 'a [section] header must start the line and hold nothing after the closing bracket but a comment; the AWS CLI and the JS SDK read this one differently');
      const name = sectionName(match[1], file);
      if (typeof name === 'string') return fail(index, name);
      const key = `${name.kind === 'default' ? 'profile' : name.kind}:${name.name}`;
      const first = seen.get(key);
      if (first !== undefined) return fail(index, `the section repeats the one on line ${first + 1}: the AWS CLI rejects a repeated section and the JS SDK merges them`);
      seen.set(key, index);
      headers.push({ line: index, name });
      keys = new Map();
      option = undefined;
      continue;
    }

    if (headers.length === 0) return fail(index, 'a line before the first [section] header: the AWS CLI rejects the file');
    const delimiter = /[=:]/.exec(trimmed);
    if (!delimiter || delimiter.index === 0 || trimmed.slice(0, delimiter.index).trim() === '') {
      return fail(index, 'the line is neither `key = value`, a comment nor a [section] header: the AWS CLI rejects the file');
    }
    const optionName = trimmed.slice(0, delimiter.index).trim().toLowerCase();
    const previous = keys.get(optionName);
    if (previous !== undefined) return fail(index, `the key repeats the one on line ${previous + 1}: the AWS CLI rejects a repeated key and the JS SDK keeps the last`);
    keys.set(optionName, index);
    option = { indent, nested: trimmed.slice(delimiter.index + 1).trim() === '' };
  }
  return { ok: true, headers };
}

/** The section both readers see, or why they would not see the same one. */
function sectionName(header: string, file: 'config' | 'credentials'): SectionName | string {
  if (header === '__proto__' || header === 'profile __proto__') return 'the JS SDK refuses a section named __proto__';
  const smithy = smithyPrefixed.exec(header);
  const smithyName = smithy?.[1] && smithy[3] && smithyPrefixes.has(smithy[1]) ? { prefix: smithy[1], name: smithy[3] } : undefined;
  const disagree = 'the AWS CLI and the JS SDK read this section name differently (use letters, digits and - _ . @ + % : / in a name)';
  if (file === 'credentials') {
    // Both take the header as the profile name, except that the JS SDK renames prefixed ones.
    if (smithyName) return disagree;
    return header === 'default' ? { kind: 'default', name: 'default' } : { kind: 'other', name: header };
  }
  if (header === 'default') return { kind: 'default', name: 'default' };
  const botocorePrefix = ['profile', 'sso-session', 'services'].find((prefix) => header.startsWith(prefix));
  if (!botocorePrefix && !smithyName) return { kind: 'other', name: header };
  // botocore: a section starting with the prefix is named by its second shell word, if it has exactly two.
  const words = shellWords(header);
  const botocoreName = botocorePrefix && words?.length === 2 ? { prefix: botocorePrefix, name: words[1] ?? '' } : undefined;
  if (!botocoreName && !smithyName) return { kind: 'other', name: header };
  if (!botocoreName || !smithyName || botocoreName.prefix !== smithyName.prefix || botocoreName.name !== smithyName.name) return disagree;
  if (smithyName.prefix === 'services') return { kind: 'other', name: header };
  return { kind: smithyName.prefix as 'profile' | 'sso-session', name: smithyName.name };
}

/** Python's shlex.split (POSIX mode), enough to name a section; undefined when a quote is left open. */
export function shellWords(text: string): string[] | undefined {
  const words: string[] = [];
  let word: string | undefined;
  let quote: "'" | '"' | undefined;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] ?? '';
    if (quote === "'") {
      if (char === "'") quote = undefined;
      else word += char;
    } else if (quote === '"') {
      if (char === '"') quote = undefined;
      else if (char === '\\' && /["\\$`\n]/.test(text[index + 1] ?? '')) word = (word ?? '') + (text[++index] ?? '');
      else word = (word ?? '') + char;
    } else if (/\s/.test(char)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (char === "'" || char === '"') {
      quote = char;
      word ??= '';
    } else if (char === '\\') {
      if (index + 1 >= text.length) return undefined;
      word = (word ?? '') + text[++index];
    } else {
      word = (word ?? '') + char;
    }
  }
  if (quote) return undefined;
  if (word !== undefined) words.push(word);
  return words;
}
