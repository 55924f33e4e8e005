// Which windows are open, by kind. IPC asks it where events go and what kind of window a request
// came from; the navigation policy asks it what a webContents may do. A window the registry does
// not know (one created by a bug, or DevTools) is no kind at all, and every check refuses it.
import { isAppPageKind, type WindowKind } from './window-kinds';

/** The part of a BrowserWindow the registry needs, so it can be tested without Electron. */
export interface TrackedWindow {
  readonly webContents: { readonly id: number };
  isDestroyed(): boolean;
  once(event: 'closed', listener: () => void): unknown;
}

/** What the policies need: a webContents' kind, never the windows themselves. */
export interface WindowKindLookup {
  kindOf(contents: { readonly id: number } | null | undefined): WindowKind | undefined;
}

export interface WindowRegistry<W extends TrackedWindow> extends WindowKindLookup {
  /** Tracks `window` as `kind` until it closes; call it before the window loads anything. */
  add(kind: WindowKind, window: W): W;
  /** Open windows of `kind`, oldest first. */
  windowsOf(kind: WindowKind): readonly W[];
  /** Open windows showing one of the app's own pages (portal, quick switcher): where events go. */
  appPageWindows(): readonly W[];
}

interface Entry<W> {
  readonly kind: WindowKind;
  readonly window: W;
}

export function createWindowRegistry<W extends TrackedWindow>(): WindowRegistry<W> {
  // By webContents id, read once at add(): Electron throws on `window.webContents` once the
  // window is destroyed, and requests and navigations identify their webContents by id.
  const entries = new Map<number, Entry<W>>();
  const open = (): Entry<W>[] => [...entries.values()].filter((entry) => !entry.window.isDestroyed());

  return {
    add(kind, window) {
      const id = window.webContents.id;
      const known = entries.get(id);
      // A window has one kind for its whole life: re-adding it under another kind would let a
      // console window pick up an app page's trust.
      if (known && known.kind !== kind) throw new Error(`This window is already a ${known.kind} window`);
      if (known) return window;
      entries.set(id, { kind, window });
      window.once('closed', () => entries.delete(id));
      return window;
    },
    windowsOf: (kind) => open().filter((entry) => entry.kind === kind).map((entry) => entry.window),
    appPageWindows: () => open().filter((entry) => isAppPageKind(entry.kind)).map((entry) => entry.window),
    kindOf(contents) {
      if (!contents) return undefined;
      const entry = entries.get(contents.id);
      return entry && !entry.window.isDestroyed() ? entry.kind : undefined;
    },
  };
}

