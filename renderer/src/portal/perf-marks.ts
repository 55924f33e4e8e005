// Performance marks a bench (or a person in the dev tools) can read from the page:
//   ui-list:first-render        the list painted accounts for the first time (once per list shown)
//   ui-search:input             each keystroke in the search box (detail: the query)
//   ui-search:painted           the list for that query painted (after the next frame)
//   ui-search:input-to-paint    one measure per keystroke, from its input to the paint that showed it
// The paint is taken one frame after the render was committed (requestAnimationFrame, then a
// task: the frame's paint has happened by then). Call markFirstRender and markSearchRendered from
// a layout effect, in the commit: from a passive effect, which may run after the commit's paint,
// "the next frame" would be one frame late.
// ui-search:input is taken in the input event's handler; bench/ui-list.ts measures from the
// keydown's own event time instead, so time the key waited for the main thread counts too.

const hasMarks = () => typeof performance !== 'undefined' && typeof performance.mark === 'function';

/** Runs `then` once the next frame has been painted. */
export function afterPaint(then: () => void): void {
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame : (callback: () => void) => setTimeout(callback, 16);
  frame(() => setTimeout(then, 0));
}

/** Keystrokes whose list has not painted yet (a deferred render may answer several at once). */
const pending: { readonly query: string; readonly start: number }[] = [];
const maxPending = 100;

/** Call once per list shown, when it first has accounts. */
export function markFirstRender(accounts: number): void {
  if (!hasMarks()) return;
  afterPaint(() => performance.mark('ui-list:first-render', { detail: { accounts } }));
}

export function markSearchInput(query: string): void {
  if (!hasMarks()) return;
  const mark = performance.mark('ui-search:input', { detail: { query } });
  pending.push({ query, start: mark.startTime });
  if (pending.length > maxPending) pending.shift();
}

/**
 * The list for `query` was committed. Once it has painted, every keystroke up to the one that
 * typed `query` gets its measure: a keystroke the deferred render skipped is answered by this paint.
 */
export function markSearchRendered(query: string): void {
  if (!hasMarks()) return;
  let last = -1;
  for (let index = pending.length - 1; index >= 0; index--) {
    if (pending[index]!.query === query) {
      last = index;
      break;
    }
  }
  if (last < 0) return;
  const answered = pending.splice(0, last + 1);
  afterPaint(() => {
    const painted = performance.mark('ui-search:painted', { detail: { query } });
    for (const input of answered) {
      performance.measure('ui-search:input-to-paint', { start: input.start, end: painted.startTime, detail: { query: input.query, rendered: query } });
    }
  });
}
