// The order of names in the list: what an Intl.Collator gives at base sensitivity with numeric
// ordering (case ignored, "team-9" before "team-10"), in the page's language. Creating the first
// collator of a new window costs 7-30 ms (Intl's collation data), and sorting 5,000 names with it
// about as much again, all before the list can paint. Most names are plain ASCII, and in English
// the collator orders ASCII by fixed rules (CLDR's root order, which English uses untailored), so
// for those a sort key compared as code units gives the same order for a fraction of the cost.
// Anything else (another language, a character outside printable ASCII) goes to the collator
// (app/model/name-collator.ts), created on first use. name-order.test.ts checks the rules against Intl.Collator itself.

/**
 * Printable ASCII other than letters and digits, in the collator's order: white space, then
 * punctuation, then symbols. Letters follow (case ignored), and digits sit between the two as
 * numbers: a run of digits compares by its value ("007" and "7" are equal).
 */
export const asciiPunctuationOrder = ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$';

// Each character becomes one code unit whose order is the collator's: punctuation from 0x21 up in
// the order above, a number as 0x60 then its length and its digits without leading zeros
// (shorter numbers first, then digit by digit), letters as 0x61 (a) to 0x7a (z).
const punctuationUnit = new Map([...asciiPunctuationOrder].map((character, index) => [character.charCodeAt(0), String.fromCharCode(0x21 + index)]));
const numberUnit = '\u0060';
const zero = 0x30;
const nine = 0x39;
/** Longer runs of digits get no key (AWS names have at most 50 characters, aliases 100). */
const maxDigits = 200;

/** The sort key of `text`, or undefined when it holds anything but printable ASCII. */
export function asciiSortKey(text: string): string | undefined {
  let key = '';
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= zero && code <= nine) {
      let end = index;
      while (end < text.length && text.charCodeAt(end) >= zero && text.charCodeAt(end) <= nine) end++;
      // The collator reads at most 254 significant digits as one number and splits a longer run:
      // runs that long are left to it.
      if (end - index > maxDigits) return undefined;
      let start = index;
      while (start < end - 1 && text.charCodeAt(start) === zero) start++;
      key += numberUnit + String.fromCharCode(0x30 + end - start) + text.slice(start, end);
      index = end - 1;
    } else if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) {
      key += String.fromCharCode(code | 0x20);
    } else {
      const unit = punctuationUnit.get(code);
      if (unit === undefined) return undefined;
      key += unit;
    }
  }
  return key;
}

/** The page's language: the list's collator is created with it, so keys and collator agree on it. */
export function pageLanguage(): string | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.language;
}

/**
 * Whether ASCII sort keys order names as the collator does in `language`: English leaves root's
 * order as it is. Only a plain tag (language, script, region): an extension (`-u-co-…`) may
 * pick another collation, so those go to the collator.
 */
export function keysMatchCollator(language: string | undefined): boolean {
  return language !== undefined && /^en(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?$/i.test(language);
}
