// A lossless model of an AWS INI file (~/.aws/config, ~/.aws/credentials): every line keeps its
// exact text and line ending, so a document that is not edited serialises back to the same bytes.
// Written by hand on purpose: the JS INI libraries (ini, js-ini, configparser ports) parse to
// values and write their own formatting, which would lose the user's comments, order, blank lines,
// CRLF and a missing final newline. Only whole sections the app owns are ever replaced or removed.
import { checkReaderAgreement, type IniProblem } from './reader-rules';
import type { LineEdit } from '../unified-diff';

export type LineEnding = '' | '\n' | '\r\n';

export interface IniLine {
  /** The line's bytes without its ending. */
  readonly text: string;
  readonly ending: LineEnding;
}

/** A section as both AWS readers name it: `profile`/`sso-session` with a name, or any other header as is. */
export interface SectionName {
  readonly kind: 'profile' | 'sso-session' | 'default' | 'other';
  /** The profile or session name; for `default` 'default'; for `other` the whole header. */
  readonly name: string;
}

export interface IniSection {
  readonly name: SectionName;
  /** Index of the header line. */
  readonly start: number;
  /** One past the section's last line (the next header or the end). */
  readonly end: number;
  /** The section carries the app's marker as its first line after the header. */
  readonly owned: boolean;
  /** One past the last line the app wrote (header, marker, keys): trailing blanks and comments are not its. */
  readonly ownedEnd: number;
}

export interface IniDocument {
  readonly lines: readonly IniLine[];
  readonly sections: readonly IniSection[];
  /** The ending new lines take: the file's first one, else '\n'. */
  readonly newline: '\n' | '\r\n';
}

export type ParseResult = { readonly ok: true; readonly document: IniDocument } | { readonly ok: false; readonly problem: IniProblem };

/**
 * The marker the app puts on the line after each header it writes. A comment, so the AWS CLI
 * (configparser: `#` at line start) and the JS SDK (`#` at line start or after white space) both
 * skip it, and `aws configure set` (which rewrites lines in place) keeps it. ASCII only, so a
 * reader decoding the file in another code page still sees the same bytes.
 */
export const ownedMarker = '# Managed by SSO Tray: this section is replaced on every sync; edit your own sections instead.';
const markerPrefix = '# Managed by SSO Tray';

/** Splits into lines keeping each ending ('' only on a last line without a newline). */
export function splitLines(text: string): IniLine[] {
  const lines: IniLine[] = [];
  const pattern = /\r?\n/g;
  let from = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    lines.push({ text: text.slice(from, match.index), ending: match[0] as LineEnding });
    from = match.index + match[0].length;
  }
  if (from < text.length) lines.push({ text: text.slice(from), ending: '' });
  return lines;
}

export function serialise(lines: readonly IniLine[]): string {
  return lines.map((line) => line.text + line.ending).join('');
}

/** Parses the file, or names the first line the two AWS readers would read differently. */
export function parseIni(text: string, file: 'config' | 'credentials'): ParseResult {
  const lines = splitLines(text);
  const agreement = checkReaderAgreement(lines, file);
  if (!agreement.ok) return agreement;
  const headers = agreement.headers;
  const sections = headers.map((header, index): IniSection => {
    const end = headers[index + 1]?.line ?? lines.length;
    const owned = lines[header.line + 1]?.text.startsWith(markerPrefix) ?? false;
    let ownedEnd = header.line + 1;
    for (let line = header.line + 1; line < end; line++) if (isContent(lines[line]?.text ?? '')) ownedEnd = line + 1;
    return { name: header.name, start: header.line, end, owned, ownedEnd: owned ? Math.max(ownedEnd, header.line + 2) : ownedEnd };
  });
  const newline = lines.find((line) => line.ending !== '')?.ending ?? '\n';
  return { ok: true, document: { lines, sections, newline: newline === '' ? '\n' : newline } };
}

/** The lines a section of the app's consists of: header, marker, then `key = value` lines. */
export function renderSection(header: string, keys: readonly (readonly [string, string])[], newline: '\n' | '\r\n'): IniLine[] {
  return [`[${header}]`, ownedMarker, ...keys.map(([key, value]) => `${key} = ${value}`)].map((text) => ({ text, ending: newline }));
}

/** The header text (inside the brackets) for a section name. */
export function headerText(name: SectionName): string {
  return name.kind === 'profile' || name.kind === 'sso-session' ? `${name.kind} ${name.name}` : name.name;
}

export function sectionKey(name: SectionName): string {
  return `${name.kind === 'default' ? 'profile' : name.kind}:${name.name}`;
}

/**
 * The edits that replace the app's sections: each owned section's own lines (header to its last
 * key) give way to its new lines, or go when it has none; new sections go after the last owned
 * one, else at the end (before the last section when the file lacks a final newline, so the
 * user's last line keeps it missing). Every other line stays as it was, in order.
 */
export function ownedSectionEdits(document: IniDocument, replacements: ReadonlyMap<string, readonly IniLine[]>, added: readonly IniLine[]): LineEdit[] {
  const edits: LineEdit[] = document.sections
    .filter((section) => section.owned)
    .map((section) => ({ start: section.start, end: section.ownedEnd, lines: replacements.get(sectionKey(section.name)) ?? [] }));
  if (added.length > 0) {
    const at = insertionPoint(document);
    edits.push({ start: at, end: at, lines: added });
  }
  return edits.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The lines after the edits (sorted, not overlapping). */
export function applyEdits(lines: readonly IniLine[], edits: readonly LineEdit[]): IniLine[] {
  const result: IniLine[] = [];
  let at = 0;
  for (const edit of edits) {
    result.push(...lines.slice(at, edit.start), ...edit.lines);
    at = edit.end;
  }
  result.push(...lines.slice(at));
  return result;
}

function insertionPoint(document: IniDocument): number {
  const { lines, sections } = document;
  const lastOwned = sections.filter((section) => section.owned).at(-1)?.ownedEnd;
  if (lastOwned !== undefined) return lastOwned;
  if (lines.length === 0 || lines.at(-1)?.ending !== '') return lines.length;
  // No final newline: insert before the last section (and the comments and blanks right above it).
  const last = sections.at(-1);
  if (!last) return 0;
  let at = last.start;
  while (at > 0 && !isContent(lines[at - 1]?.text ?? '') && !isHeaderLine(lines[at - 1]?.text ?? '')) at--;
  return at;
}

/** A line that is neither blank nor a comment. */
export function isContent(text: string): boolean {
  const trimmed = text.trim();
  return trimmed !== '' && !trimmed.startsWith('#') && !trimmed.startsWith(';');
}

function isHeaderLine(text: string): boolean {
  return text.startsWith('[');
}
