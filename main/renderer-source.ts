// Where the app's own pages come from. One value decides what a window loads, which frames may
// send requests (main/ipc) and where a page may navigate (main/security); each check names the
// page it expects, so one page's window cannot pass for another's.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isLoopbackHttpUrl, parseUrl } from '../app/model/urls';

/**
 * The app's pages by name → their HTML file in renderer/. electron.vite.config.ts builds one input
 * per entry, so adding a page here (and its file) is all the build needs.
 */
export const rendererPages = {
  /** The instance and account list: today's panel window. */
  portal: 'index.html',
} as const satisfies Readonly<Record<string, string>>;

export type RendererPage = keyof typeof rendererPages;

export type RendererSource =
  /** electron-vite's dev server (`npm start`): hot reload, served over loopback http. */
  | { readonly kind: 'dev-server'; readonly url: string }
  /** The built pages inside the app (`out/renderer/`). */
  | { readonly kind: 'file'; readonly directory: string };

export interface RendererSourceInputs {
  /** electron-vite's `ELECTRON_RENDERER_URL`; set only under `electron-vite dev`. */
  readonly devServerUrl: string | undefined;
  /** Absolute path of the built renderer folder (the one holding index.html). */
  readonly rendererDirectory: string;
  readonly isPackaged: boolean;
}

/**
 * A packaged app always loads its own files: an environment variable must never be able to point
 * a window (and with it the preload's capabilities) at another server.
 */
export function resolveRendererSource(inputs: RendererSourceInputs): RendererSource {
  if (!inputs.isPackaged && inputs.devServerUrl && isLoopbackHttpUrl(inputs.devServerUrl)) {
    return { kind: 'dev-server', url: inputs.devServerUrl };
  }
  return { kind: 'file', directory: inputs.rendererDirectory };
}

/** What a window calls to show `page`: BrowserWindow.loadURL or loadFile. */
export type PageLocation = { readonly kind: 'url'; readonly url: string } | { readonly kind: 'file'; readonly path: string };

export function pageLocation(source: RendererSource, page: RendererPage): PageLocation {
  const file = rendererPages[page];
  switch (source.kind) {
    case 'dev-server':
      // The dev server answers its root with index.html, so that page loads the URL as given.
      return { kind: 'url', url: file === 'index.html' ? source.url : new URL(file, directoryUrl(source.url)).href };
    case 'file':
      return { kind: 'file', path: join(source.directory, file) };
  }
}

/** True when `url` is `page` (any query or fragment), in the source it was loaded from. */
export function isAppUrl(url: string | undefined, source: RendererSource, page: RendererPage): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  const file = rendererPages[page];
  switch (source.kind) {
    case 'dev-server': {
      const base = parseUrl(directoryUrl(source.url));
      if (!base || base.origin === 'null' || parsed.origin !== base.origin) return false;
      const paths = file === 'index.html' ? [base.pathname, `${base.pathname}${file}`] : [`${base.pathname}${file}`];
      return paths.some((path) => samePath(parsed.pathname, path));
    }
    case 'file': {
      const expected = pathToFileURL(join(source.directory, file));
      // file: URLs have an opaque ("null") origin, so compare the exact file instead.
      return parsed.protocol === 'file:' && parsed.host === expected.host && samePath(parsed.pathname, expected.pathname);
    }
  }
}

/** The dev server's URL as a folder, so pages resolve beside its root rather than replacing it. */
function directoryUrl(url: string): string {
  const parsed = parseUrl(url);
  if (!parsed) return url;
  if (!parsed.pathname.endsWith('/')) parsed.pathname = parsed.pathname.replace(/[^/]*$/, '');
  parsed.search = '';
  parsed.hash = '';
  return parsed.href;
}

function samePath(actual: string, expected: string): boolean {
  const decode = (path: string) => {
    try {
      return decodeURIComponent(path);
    } catch {
      return path;
    }
  };
  // Windows drive letters may differ in case between Chromium and Node.
  return process.platform === 'win32'
    ? decode(actual).toLowerCase() === decode(expected).toLowerCase()
    : decode(actual) === decode(expected);
}
