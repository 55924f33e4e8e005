// What a file holds apart from the app's sections: the bytes the user's own lines are.
import { parseIni } from '../ini/ini-document';

/** The file with the app's sections (header to last key) cut out. */
export function withoutOwnedSections(text: string, file: 'config' | 'credentials'): string {
  const parsed = parseIni(text, file);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const { lines, sections } = parsed.document;
  const cut = new Set(sections.filter((section) => section.owned).flatMap((section) => Array.from({ length: section.ownedEnd - section.start }, (_, offset) => section.start + offset)));
  return lines.filter((_, index) => !cut.has(index)).map((line) => line.text + line.ending).join('');
}


