// Finding an account or role in the portal list as the user types: across the alias, the
// account's name, id and email and its role names; tolerant of one typo per word of four letters
// or more; with the matched ranges of every field, so the list can highlight them. Pure (no DOM,
// no Node): the portal window's list and the quick switcher share it.
//
// How a query is answered: it is split into words; each word is looked for in every field of
// every account, first as a plain substring (case and accents ignored), then, for words of four
// letters or more, with one error (uFuzzy's SingleError mode: a missing, extra, swapped or wrong
// letter, never the first). An account matches when every word matched one of its fields. Its
// score adds up each word's best match: a whole field beats a prefix, a prefix beats the start
// of a word, which beats anywhere inside; any substring beats a typo; the alias and the name
// weigh most, then the id, the roles and, least, the email. Ties go by display name, then key.
import uFuzzy from '@leeoniya/ufuzzy';
import { nameCollator } from './name-collator';

export interface SearchDocument {
  /** Unique across instances, e.g. `<instanceId>/<accountId>`. */
  readonly key: string;
  readonly accountId: string;
  readonly accountName: string;
  /** The user's own name for the account, when set. */
  readonly alias?: string | undefined;
  readonly emailAddress: string;
  readonly roles: readonly string[];
}

export type AccountField = 'alias' | 'name' | 'id' | 'email';
export type SearchField = AccountField | 'role';

/** Matched parts of a text: half-open [start, end) pairs flattened, sorted, never overlapping. */
export type Ranges = readonly number[];

export interface SearchHit {
  readonly key: string;
  readonly score: number;
  /** The account's fields that matched, with their ranges. */
  readonly fields: Readonly<Partial<Record<AccountField, Ranges>>>;
  /** The roles that matched, by name, with their ranges. */
  readonly roles: ReadonlyMap<string, Ranges>;
  /**
   * Some word matched only role names of this account: the hit is about those roles (show them),
   * not the whole account.
   */
  readonly viaRoles: boolean;
}

export interface PortalSearchIndex {
  /** How many accounts are indexed. */
  readonly size: number;
  /** Best first; empty for a query without words (the caller shows the whole list). */
  search(query: string): SearchHit[];
}

/** Longer queries are cut: nobody types more, and each word costs a pass over the list. */
export const maxQueryLength = 200;
export const maxQueryWords = 8;
/** Words shorter than this must match exactly (as a substring): "ec2" must not find "ecs". */
export const minTypoWordLength = 4;

const fieldWeights: Readonly<Record<SearchField, number>> = { alias: 1.1, name: 1, id: 1, role: 0.75, email: 0.6 };

const quality = { whole: 100, prefix: 80, wordStart: 60, inside: 40, typo: 20 } as const;

// Built on the first typo search, not when the page loads: compiling its Unicode patterns costs
// tens of milliseconds of the window's first render.
let typoMatcher: uFuzzy | undefined;
const matcher = (): uFuzzy => (typoMatcher ??= new uFuzzy({
  unicode: true,
  interSplit: "[^\\p{L}\\p{N}']+",
  intraSplit: '\\p{Ll}\\p{Lu}',
  intraBound: '\\p{L}\\p{N}|\\p{N}\\p{L}|\\p{Ll}\\p{Lu}',
  intraChars: "[\\p{L}\\p{N}']",
  intraContr: "'\\p{L}{1,2}\\b",
  intraMode: 1,
  intraIns: 1,
  intraSub: 1,
  intraTrn: 1,
  intraDel: 1,
}));

interface Entry {
  readonly document: number;
  readonly field: SearchField;
  /** The role's name for role entries. */
  readonly role?: string;
}

/** Lower case without accents, keeping every character's position (so ranges fit the original). */
export function foldForSearch(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return uFuzzy.latinize(lower);
  // A few characters change length in lower case (İ → i̇); those are kept as they are.
  let folded = '';
  for (const character of text) {
    const lowered = character.toLowerCase();
    folded += lowered.length === character.length ? lowered : character;
  }
  return uFuzzy.latinize(folded);
}

/** The words of a query as the search uses them (folded, at most maxQueryWords). */
export function queryWords(query: string): string[] {
  return foldForSearch(query.slice(0, maxQueryLength))
    .split(/\s+/u)
    .filter((word) => word.length > 0)
    .slice(0, maxQueryWords);
}

export function createPortalSearchIndex(documents: readonly SearchDocument[]): PortalSearchIndex {
  // Each distinct folded text once (5,000 accounts × 4 roles often share a handful of role
  // names), with the fields that hold it.
  const entries: Entry[] = [];
  const texts: string[] = [];
  const holders: number[][] = [];
  const textIndex = new Map<string, number>();
  /** The texts a typo may match: any but ids only (a mistyped id finds random accounts). */
  const typoTexts = new Set<number>();
  const add = (document: number, field: SearchField, text: string | undefined, role?: string) => {
    if (!text) return;
    const folded = foldForSearch(text);
    let at = textIndex.get(folded);
    if (at === undefined) {
      at = texts.length;
      textIndex.set(folded, at);
      texts.push(folded);
      holders.push([]);
    }
    if (field !== 'id') typoTexts.add(at);
    holders[at]!.push(entries.length);
    entries.push(role === undefined ? { document, field } : { document, field, role });
  };
  documents.forEach((document, index) => {
    add(index, 'alias', document.alias);
    add(index, 'name', document.accountName);
    add(index, 'id', document.accountId);
    add(index, 'email', document.emailAddress);
    for (const role of document.roles) add(index, 'role', role, role);
  });
  const typoCandidates = [...typoTexts];

  return {
    size: documents.length,
    search(query) {
      const words = queryWords(query);
      if (words.length === 0) return [];
      const perWord = words.map((word) => matchWord(word, texts, typoCandidates));
      return combine(documents, entries, holders, perWord);
    },
  };
}

interface TextMatch {
  readonly score: number;
  readonly ranges: Ranges;
}

/** Every text the word matches, with its (unweighted) quality and ranges. */
function matchWord(word: string, texts: readonly string[], typoCandidates: readonly number[]): Map<number, TextMatch> {
  const matches = new Map<number, TextMatch>();
  for (let index = 0; index < texts.length; index++) {
    const text = texts[index]!;
    const at = bestOccurrence(text, word);
    if (at < 0) continue;
    const kind = at === 0 ? (word.length === text.length ? 'whole' : 'prefix') : isWordStart(text, at) ? 'wordStart' : 'inside';
    // Among equal kinds, the word covering more of the field ranks higher ("prod" in "prod" before "production").
    matches.set(index, { score: quality[kind] + (10 * word.length) / text.length, ranges: [at, at + word.length] });
  }
  if (word.length < minTypoWordLength || matcher().split(word).length === 0) return matches;
  const candidates = typoCandidates.filter((index) => !matches.has(index));
  const found = candidates.length > 0 ? matcher().filter(texts as string[], word, candidates) : null;
  if (!found || found.length === 0) return matches;
  const info = matcher().info(found, texts as string[], word);
  info.idx.forEach((index, position) => {
    const ranges = info.ranges[position];
    if (!ranges || ranges.length === 0) return;
    matches.set(index, { score: quality.typo - Math.min(10, info.intraIns[position] ?? 0), ranges: normaliseRanges(ranges) });
  });
  return matches;
}

/** The first occurrence at the start of a word (among the first few), else the first; -1 when none. */
function bestOccurrence(text: string, word: string): number {
  const first = text.indexOf(word);
  let at = first;
  for (let tries = 0; at > 0 && tries < 8 && !isWordStart(text, at); tries++) at = text.indexOf(word, at + 1);
  return at < 0 || !isWordStart(text, at) ? first : at;
}

const letterOrDigit = /[\p{L}\p{N}]/u;
const digit = /\p{N}/u;

function isAlphanumeric(code: number, character: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return letterOrDigit.test(character);
}

function isDigit(code: number, character: string): boolean {
  return code < 128 ? code >= 48 && code <= 57 : digit.test(character);
}

/** After a separator (space, dash, dot, @, +…) or between a letter and a digit. */
function isWordStart(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  const here = text.charCodeAt(at);
  if (!isAlphanumeric(before, text[at - 1]!)) return true;
  return isDigit(before, text[at - 1]!) !== isDigit(here, text[at]!);
}

interface Accumulator {
  score: number;
  words: number;
  fields: Partial<Record<AccountField, Ranges>>;
  roles: Map<string, Ranges>;
  viaRoles: boolean;
}

function combine(documents: readonly SearchDocument[], entries: readonly Entry[], holders: readonly (readonly number[])[], perWord: readonly Map<number, TextMatch>[]): SearchHit[] {
  let accounts = new Map<number, Accumulator>();
  perWord.forEach((matches, wordIndex) => {
    // For this word: each account's best weighted score, and whether it matched outside the roles.
    const best = new Map<number, { score: number; outsideRoles: boolean }>();
    for (const [textIndex, match] of matches) {
      for (const entryIndex of holders[textIndex]!) {
        const entry = entries[entryIndex]!;
        if (wordIndex > 0 && !accounts.has(entry.document)) continue;
        const weighted = match.score * fieldWeights[entry.field];
        const known = best.get(entry.document);
        if (!known) best.set(entry.document, { score: weighted, outsideRoles: entry.field !== 'role' });
        else {
          if (weighted > known.score) known.score = weighted;
          if (entry.field !== 'role') known.outsideRoles = true;
        }
      }
    }
    const next = new Map<number, Accumulator>();
    for (const [document, { score, outsideRoles }] of best) {
      const accumulator = accounts.get(document) ?? { score: 0, words: 0, fields: {}, roles: new Map(), viaRoles: false };
      accumulator.score += score;
      accumulator.words += 1;
      accumulator.viaRoles ||= !outsideRoles;
      next.set(document, accumulator);
    }
    accounts = next;
    // Ranges of every field this word matched in the accounts still in the running.
    for (const [textIndex, match] of matches) {
      for (const entryIndex of holders[textIndex]!) {
        const entry = entries[entryIndex]!;
        const accumulator = accounts.get(entry.document);
        if (!accumulator) continue;
        if (entry.field === 'role') {
          const role = entry.role!;
          accumulator.roles.set(role, mergeRanges(accumulator.roles.get(role) ?? [], match.ranges));
        } else {
          accumulator.fields[entry.field] = mergeRanges(accumulator.fields[entry.field] ?? [], match.ranges);
        }
      }
    }
  });

  const hits: (SearchHit & { readonly name: string })[] = [];
  for (const [document, accumulator] of accounts) {
    if (accumulator.words !== perWord.length) continue;
    const { key, alias, accountName } = documents[document]!;
    hits.push({ key, name: alias ?? accountName, score: accumulator.score, fields: accumulator.fields, roles: accumulator.roles, viaRoles: accumulator.viaRoles });
  }
  const collator = nameCollator('en');
  hits.sort((a, b) => b.score - a.score || collator.compare(a.name, b.name) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return hits.map(({ name: _name, ...hit }) => hit);
}

/** Sorts pairs and joins overlapping or touching ones. */
function normaliseRanges(ranges: readonly number[]): number[] {
  const pairs: [number, number][] = [];
  for (let index = 0; index + 1 < ranges.length; index += 2) {
    const start = ranges[index]!;
    const end = ranges[index + 1]!;
    if (end > start) pairs.push([start, end]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  const merged: number[] = [];
  for (const [start, end] of pairs) {
    const last = merged.length - 1;
    if (last > 0 && start <= merged[last]!) merged[last] = Math.max(merged[last]!, end);
    else merged.push(start, end);
  }
  return merged;
}

/** Both already normalised (as every Ranges is). */
export function mergeRanges(a: Ranges, b: Ranges): Ranges {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  return normaliseRanges([...a, ...b]);
}

export interface TextPart {
  readonly text: string;
  readonly match: boolean;
}

/** A text cut into matched and unmatched parts, for rendering the highlight as plain text spans. */
export function highlightParts(text: string, ranges: Ranges | undefined): TextPart[] {
  if (!ranges || ranges.length === 0) return text.length > 0 ? [{ text, match: false }] : [];
  const parts: TextPart[] = [];
  let at = 0;
  for (let index = 0; index + 1 < ranges.length; index += 2) {
    const start = Math.max(at, Math.min(text.length, ranges[index]!));
    const end = Math.max(start, Math.min(text.length, ranges[index + 1]!));
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    if (end > start) parts.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}
