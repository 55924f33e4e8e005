// Where the portal window opens: where the user left it, when that spot is still on a display;
// otherwise (a monitor unplugged, a resolution changed) centred on the primary display with the
// saved size, shrunk to fit. "On a display" means the top strip of the window, where the title
// bar is, shows enough of itself on some display's work area to be dragged. Pure: displays come in
// as rectangles (Electron's screen.getAllDisplays() workArea), so tests use made-up screens.
import type { WindowBounds } from '../../app/model/app-settings';

export interface Rectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface DisplayArea {
  /** The display's usable area (no menu bar, dock or task bar). */
  readonly workArea: Rectangle;
}

export interface BoundsChoice {
  readonly saved: WindowBounds | null;
  readonly displays: readonly DisplayArea[];
  readonly primary: DisplayArea;
  readonly defaultSize: { readonly width: number; readonly height: number };
  readonly minimumSize: { readonly width: number; readonly height: number };
}

/** The title bar's height, near enough on every platform, and how much of it must show. */
export const titleStripHeight = 32;
export const minimumVisibleWidth = 100;

export function chooseWindowBounds(choice: BoundsChoice): WindowBounds {
  const { saved, displays, primary, defaultSize, minimumSize } = choice;
  if (saved) {
    const host = displays.find((display) => titleStripVisible(saved, display.workArea));
    if (host) {
      const size = fit(saved, host.workArea, minimumSize);
      return { x: saved.x, y: Math.max(saved.y, host.workArea.y), ...size };
    }
  }
  const size = fit(saved ?? defaultSize, primary.workArea, minimumSize);
  const area = primary.workArea;
  return {
    x: Math.round(area.x + (area.width - size.width) / 2),
    y: Math.round(area.y + (area.height - size.height) / 2),
    ...size,
  };
}

function titleStripVisible(bounds: WindowBounds, area: Rectangle): boolean {
  const left = Math.max(bounds.x, area.x);
  const right = Math.min(bounds.x + bounds.width, area.x + area.width);
  const top = Math.max(bounds.y, area.y);
  const bottom = Math.min(bounds.y + titleStripHeight, area.y + area.height);
  return right - left >= Math.min(minimumVisibleWidth, bounds.width) && bottom > top;
}

function fit(size: { width: number; height: number }, area: Rectangle, minimum: { width: number; height: number }): { width: number; height: number } {
  return {
    width: Math.round(Math.max(minimum.width, Math.min(size.width, area.width))),
    height: Math.round(Math.max(minimum.height, Math.min(size.height, area.height))),
  };
}
