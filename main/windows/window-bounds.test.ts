import { describe, expect, it } from 'vitest';
import type { WindowBounds } from '../../app/model/app-settings';
import { chooseWindowBounds, type DisplayArea } from './window-bounds';

const laptop: DisplayArea = { workArea: { x: 0, y: 25, width: 1440, height: 875 } };
/** A second monitor to the right of the laptop. */
const monitor: DisplayArea = { workArea: { x: 1440, y: 0, width: 2560, height: 1400 } };
const defaults = { defaultSize: { width: 380, height: 560 }, minimumSize: { width: 320, height: 400 } };

function choose(saved: WindowBounds | null, displays: readonly DisplayArea[], primary = laptop) {
  return chooseWindowBounds({ saved, displays, primary, ...defaults });
}

describe('chooseWindowBounds', () => {
  it.each<[string, WindowBounds | null, readonly DisplayArea[], WindowBounds]>([
    ['nothing saved: the default size, centred on the primary display', null, [laptop], { x: 530, y: 183, width: 380, height: 560 }],
    ['saved on the laptop: kept as it was', { x: 100, y: 100, width: 400, height: 600 }, [laptop], { x: 100, y: 100, width: 400, height: 600 }],
    ['saved on the second monitor, still attached: kept', { x: 2000, y: 300, width: 500, height: 700 }, [laptop, monitor], { x: 2000, y: 300, width: 500, height: 700 }],
    ['saved on a monitor no longer attached: centred on the primary display with its size', { x: 2000, y: 300, width: 500, height: 700 }, [laptop], { x: 470, y: 113, width: 500, height: 700 }],
    ['only the bottom edge still on screen (title bar above the display): centred', { x: 100, y: -550, width: 380, height: 560 }, [laptop], { x: 530, y: 183, width: 380, height: 560 }],
    ['a sliver of 20 px at the right edge: too little to grab, centred', { x: 1420, y: 100, width: 380, height: 560 }, [laptop], { x: 530, y: 183, width: 380, height: 560 }],
    ['larger than the display it is on: shrunk to the work area', { x: 0, y: 25, width: 3000, height: 2000 }, [laptop], { x: 0, y: 25, width: 1440, height: 875 }],
    ['saved smaller than the minimum (a hand-edited file): the minimum', { x: 10, y: 40, width: 10, height: 10 }, [laptop], { x: 10, y: 40, width: 320, height: 400 }],
  ])('%s', (_name, saved, displays, expected) => {
    expect(choose(saved, displays)).toEqual(expected);
  });

  it('a primary display that is the monitor (laptop closed): centred there', () => {
    expect(choose({ x: 100, y: -2000, width: 380, height: 560 }, [monitor], monitor)).toEqual({ x: 2530, y: 420, width: 380, height: 560 });
  });
});
