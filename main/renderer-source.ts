// Where the app's own pages come from. One value decides what a window loads, which frames may
// send requests (main/ipc) and where a page may navigate (main/security); each check names the
// page it expects, so one page's window cannot pass for another's.
import { isLoopbackHttpUrl, parseUrl } from '../app/model/urls';

/**
 * The built pages are served at app://sso-tray/<file> (main/protocol/app-protocol.ts), not from
 * file://: a file: URL has no origin of its own, so 'self' in the CSP, the sender check and the
 * navigation policy would be comparing paths on disk; app: is a standard, secure scheme with one
 * origin that only the app's own files answer.
 */
export const appScheme = 'app';
export const appHost = 'sso-tray';
export const appOrigin = `${appScheme}://${appHost}`;

/**
 * The app's pages by name → their HTML file in renderer/. electron.vite.config.ts builds one input
 * per entry, so adding a page here (and its file) is all the build needs.
 */
export const rendererPages = {
  /** The instance and account list: today's panel window. */
  portal: 'index.html',
  /** The quick switcher: a search box and a list of roles, in a small frameless window. */
  'quick-switcher': 'quick-switcher.html',
} as const satisfies Readonly<Record<string, string>>;

export type RendererPage = keyof typeof rendererPages;

export type RendererSource =
  /** electron-vite's dev server (`npm start`): hot reload, served over loopback http. */
  | { readonly kind: 'dev-server'; readonly url: string }
  /** The built pages inside the app (`out/renderer/`), served over app:// from this folder. */
  | { readonly kind: 'built'; readonly directory: string };

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
  return { kind: 'built', directory: inputs.rendererDirectory };
}

/** The URL a window loads to show `page`. */
export function pageUrl(source: RendererSource, page: RendererPage): string {
  const file = rendererPages[page];
  switch (source.kind) {
    case 'dev-server':
      // The dev server answers its root with index.html, so that page loads the URL as given.
      return file === 'index.html' ? source.url : new URL(file, directoryUrl(source.url)).href;
    case 'built':
      return `${appOrigin}/${file}`;
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
    case 'built':
      // The host must be the app's, exactly: no user name, no port (`host` would carry it).
      return parsed.protocol === `${appScheme}:` && parsed.host === appHost && parsed.username === '' && parsed.password === '' && samePath(parsed.pathname, `/${file}`);
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
  return decode(actual) === decode(expected);
}
