// Performance marks a bench (or a person in the dev tools) can read from the page:
//   ui-list:first-render        the list painted accounts for the first time (once per list shown)
//   ui-search:input             each keystroke in the search box (detail: the query)
//   ui-search:painted           the list for that query painted (after the next frame)
//   ui-search:input-to-paint    a measure from the latest input to that paint
// The paint is taken one frame after the render was committed (requestAnimationFrame, then a
// task: the frame's paint has happened by then).

const hasMarks = () => typeof performance !== 'undefined' && typeof performance.mark === 'function';

/** Runs `then` once the next frame has been painted. */
function afterPaint(then: () => void): void {
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame : (callback: () => void) => setTimeout(callback, 16);
  frame(() => setTimeout(then, 0));
}

let pendingQuery: string | undefined;

/** Call once per list shown, when it first has accounts. */
export function markFirstRender(accounts: number): void {
  if (!hasMarks()) return;
  afterPaint(() => performance.mark('ui-list:first-render', { detail: { accounts } }));
}

export function markSearchInput(query: string): void {
  if (!hasMarks()) return;
  pendingQuery = query;
  performance.mark('ui-search:input', { detail: { query } });
}

/** The list for `query` was committed; marks its paint if it answers the latest input. */
export function markSearchRendered(query: string): void {
  if (!hasMarks() || pendingQuery !== query) return;
  pendingQuery = undefined;
  afterPaint(() => {
    performance.mark('ui-search:painted', { detail: { query } });
    try {
      performance.measure('ui-search:input-to-paint', { start: 'ui-search:input', end: 'ui-search:painted', detail: { query } });
    } catch {
      // The input mark was cleared (a bench resetting between runs): nothing to measure.
    }
  });
}
