// The kinds of window the app opens. A kind decides everything security-relevant about a window:
// which page it may show, whether it gets the preload (and with it the contract), where it may
// navigate and which session it uses. Main asks the window registry for a window's kind instead
// of assuming there is one window.
import type { RendererPage } from '../renderer-source';

export const windowKinds = ['portal', 'quick-switcher', 'console'] as const;

export type WindowKind = (typeof windowKinds)[number];

/** Kinds that show one of the app's own pages: they get the preload, the contract and its events. */
export type AppPageKind = Exclude<WindowKind, 'console'>;

/** The page each app-page kind shows: a window showing another kind's page is refused. */
const pageOfKind: Readonly<Record<AppPageKind, RendererPage | undefined>> = {
  portal: 'portal',
  'quick-switcher': 'quick-switcher',
};

export function isAppPageKind(kind: WindowKind | undefined): kind is AppPageKind {
  return kind !== undefined && kind !== 'console';
}

/** The app page a window of `kind` must be showing; undefined for console windows and unknown ones. */
export function pageOf(kind: WindowKind | undefined): RendererPage | undefined {
  return isAppPageKind(kind) ? pageOfKind[kind] : undefined;
}
