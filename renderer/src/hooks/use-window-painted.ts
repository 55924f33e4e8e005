// Whether the window has painted once (strictly: one frame after the first component asked, which
// is in the window's first render). Local dates and times wait for it: the first date a new window
// formats loads the locale's data (16-22 ms measured in the page), and formatting one in the first
// render put that between the list's data arriving and the list's first paint. The window paints
// the list first; the times follow a frame later, and later mounts get them at once.
import { useSyncExternalStore } from 'react';
import { afterPaint } from '../portal/perf-marks';

let painted = false;
let scheduled = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!painted && !scheduled) {
    scheduled = true;
    afterPaint(() => {
      painted = true;
      for (const notify of [...listeners]) notify();
    });
  }
  return () => listeners.delete(listener);
}

const isPainted = () => painted;

export function useWindowPainted(): boolean {
  return useSyncExternalStore(subscribe, isPainted, isPainted);
}
