// What app://sso-tray/<path> answers: a file inside the built renderer folder, or 404. Electron-free
// so a test can try every way out of the folder. Only GET and HEAD are answered: the pages read
// files, they never send anything to their own origin.
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { parseUrl } from '../../app/model/urls';
import { contentSecurityPolicy } from '../../app/security/content-security-policy';
import { appHost, appScheme } from '../renderer-source';

/**
 * The file `url` names inside `directory`, or undefined for another origin, a user name, or a
 * path that would leave the folder once decoded (`..%2f`, `%5c` on Windows, a NUL byte).
 */
export function resolveAppFile(url: string, directory: string): string | undefined {
  const parsed = parseUrl(url);
  if (!parsed || parsed.protocol !== `${appScheme}:` || parsed.host !== appHost || parsed.username || parsed.password) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0') || path.includes('\\')) return undefined;
  const root = resolve(directory);
  const file = resolve(root, `.${path}`);
  const inside = relative(root, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return undefined;
  return file;
}

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  // Module scripts load only with a JavaScript type (strict MIME checking).
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** The headers of a served file: its type, no sniffing, and the app's CSP on a page. */
export function appFileHeaders(file: string): Record<string, string> {
  const type = contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const headers: Record<string, string> = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' };
  // The page's <meta> carries the same policy; the header also covers what runs before it.
  if (type.startsWith('text/html')) headers['Content-Security-Policy'] = contentSecurityPolicy('production');
  return headers;
}

/** Answers one app:// request from `directory`. */
export async function serveAppFile(request: { readonly url: string; readonly method: string }, directory: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405, headers: { Allow: 'GET, HEAD' } });
  const file = resolveAppFile(request.url, directory);
  if (!file) return notFound();
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    // Missing, a folder, unreadable: the page learns nothing more than "not here".
    return notFound();
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers: appFileHeaders(file) });
}

function notFound(): Response {
  return new Response(null, { status: 404, headers: { 'X-Content-Type-Options': 'nosniff' } });
}
