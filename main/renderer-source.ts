// Where the main window's page comes from. One value decides what the window loads, which frames
// may send requests (main/ipc) and where the page may navigate (main/security).
import { pathToFileURL } from 'node:url';
import { isLoopbackHttpUrl, parseUrl } from '../app/model/urls';

export type RendererSource =
  /** electron-vite's dev server (`npm start`): hot reload, served over loopback http. */
  | { readonly kind: 'dev-server'; readonly url: string }
  /** The built page inside the app (`out/renderer/index.html`). */
  | { readonly kind: 'file'; readonly path: string };

export interface RendererSourceInputs {
  /** electron-vite's `ELECTRON_RENDERER_URL`; set only under `electron-vite dev`. */
  readonly devServerUrl: string | undefined;
  /** Absolute path of the built index.html. */
  readonly indexFile: string;
  readonly isPackaged: boolean;
}

/**
 * A packaged app always loads its own file: an environment variable must never be able to point
 * the window (and with it the preload's capabilities) at another server.
 */
export function resolveRendererSource(inputs: RendererSourceInputs): RendererSource {
  if (!inputs.isPackaged && inputs.devServerUrl && isLoopbackHttpUrl(inputs.devServerUrl)) {
    return { kind: 'dev-server', url: inputs.devServerUrl };
  }
  return { kind: 'file', path: inputs.indexFile };
}

/** True when `url` is the app's own page (any query or fragment), in the source it was loaded from. */
export function isAppUrl(url: string | undefined, source: RendererSource): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  switch (source.kind) {
    case 'dev-server': {
      const expected = parseUrl(source.url);
      return expected !== undefined && parsed.origin === expected.origin && parsed.origin !== 'null';
    }
    case 'file': {
      const expected = pathToFileURL(source.path);
      // file: URLs have an opaque ("null") origin, so compare the exact file instead.
      return parsed.protocol === 'file:' && parsed.host === expected.host && samePath(parsed.pathname, expected.pathname);
    }
  }
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
