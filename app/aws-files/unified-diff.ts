// A unified diff (as `diff -u` prints it) of an edit the app knows exactly: which old lines give
// way to which new ones. Built from the edit instead of a general diff, so 20,000 profiles cost
// one pass, and the preview shows precisely what the write will change (secret values hidden).
import type { IniLine } from './ini/ini-document';

export interface LineEdit {
  /** Old lines [start, end) are replaced by `lines`. */
  readonly start: number;
  readonly end: number;
  readonly lines: readonly IniLine[];
}

const context = 3;

export function unifiedDiff(path: string, old: readonly IniLine[], edits: readonly LineEdit[]): string {
  const changed = edits.filter((edit) => !sameLines(old.slice(edit.start, edit.end), edit.lines));
  if (changed.length === 0) return '';
  const out = [`--- ${path}`, `+++ ${path}`];
  let delta = 0;
  for (let index = 0; index < changed.length; ) {
    // One hunk: edits closer than twice the context share it.
    let last = index;
    while (last + 1 < changed.length && (changed[last + 1]?.start ?? 0) - (changed[last]?.end ?? 0) <= 2 * context) last++;
    const first = changed[index] as LineEdit;
    const from = Math.max(0, first.start - context);
    const to = Math.min(old.length, (changed[last] as LineEdit).end + context);
    const body: string[] = [];
    let oldCount = 0;
    let newCount = 0;
    let at = from;
    for (const edit of changed.slice(index, last + 1)) {
      for (; at < edit.start; at++, oldCount++, newCount++) body.push(` ${show(old[at])}`);
      for (; at < edit.end; at++, oldCount++) body.push(`-${show(old[at])}`);
      for (const line of edit.lines) {
        body.push(`+${show(line)}`);
        newCount++;
      }
    }
    for (; at < to; at++, oldCount++, newCount++) body.push(` ${show(old[at])}`);
    const hunkDelta = newCount - oldCount;
    out.push(`@@ -${range(from, oldCount)} +${range(from + delta, newCount)} @@`, ...body);
    delta += hunkDelta;
    index = last + 1;
  }
  return `${out.join('\n')}\n`;
}

function range(start: number, count: number): string {
  return `${count === 0 ? start : start + 1},${count}`;
}

/** Keys whose values a preview never shows (the page gets the diff; secrets never reach it). */
const secretKey = /^(\s*(?:aws_secret_access_key|aws_session_token|aws_security_token)\s*[=:]).*$/i;

function show(line: IniLine | undefined): string {
  if (!line) return '';
  const text = line.text.replace(secretKey, '$1 (hidden)');
  return line.ending === '' ? `${text}\n\\ No newline at end of file` : text;
}

function sameLines(a: readonly IniLine[], b: readonly IniLine[]): boolean {
  return a.length === b.length && a.every((line, index) => line.text === b[index]?.text && line.ending === b[index]?.ending);
}
