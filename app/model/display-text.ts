// Text from outside (a server's error description, a settings file, a name the user typed) made
// fit to show: on one line, without characters that reorder what is displayed, and of a bounded
// length. Pure, so the page can use it too.

/** C0 controls, DEL and C1 controls: they break lines, notifications and terminals. */
// eslint-disable-next-line no-control-regex -- finding control characters is what this is for
const controlCharacters = /[\u0000-\u001F\u007F-\u009F]+/g;
/** Bidirectional embeddings, overrides, isolates and marks (Unicode TR9): they reorder what is shown. */
const bidirectionalControls = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/**
 * What cleanText would change: a control, a white-space character other than a plain space, two
 * spaces in a row, or a space at either end.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is what this is for
const needsCleaning = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]|[^\S ]|\s\s|^\s|\s$/;

export const ellipsis = '…';

/**
 * Control characters become a space, bidirectional controls are removed, runs of white space
 * become one, and the ends are trimmed.
 */
export function cleanText(text: string): string {
  // Most text is clean already; one scan says so (a list cleans 10,000 names and emails as it opens).
  if (!needsCleaning.test(text)) return text;
  return text.replace(bidirectionalControls, '').replace(controlCharacters, ' ').replace(/\s+/g, ' ').trim();
}

/** At most `maxLength` UTF-16 units; a longer text is cut and ends with an ellipsis. */
export function cutText(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  let end = maxLength - ellipsis.length;
  // Never keep the first half of a surrogate pair (an emoji, say) without its second.
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}${ellipsis}`;
}

/** Outside text for a message: cleaned, at most `maxLength` units; cheap on huge input. */
export function quoteText(text: string, maxLength: number): string {
  // Cleaning only shortens, so a generous head (cut with its ellipsis) spares scanning megabytes.
  const window = maxLength * 4 + 16;
  const head = text.length > window ? cutText(text, window) : text;
  return cutText(cleanText(head), maxLength);
}
