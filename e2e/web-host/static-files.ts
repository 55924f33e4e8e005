// Serves the renderer build from one folder, refusing anything outside it. The web host is a
// development tool, but it listens on a port other local programs can reach.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** The file under `root` that a request path names, or undefined when it would leave the folder. */
export function resolveStaticPath(root: string, requestPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const absoluteRoot = resolve(root);
  const candidate = resolve(join(absoluteRoot, decoded));
  const inside = relative(absoluteRoot, candidate);
  if (inside === '' || inside.startsWith('..') || inside.split(sep).some((part) => part.startsWith('.'))) return undefined;
  return candidate;
}

/**
 * Streams the file with its content type; answers 404 when it is missing or not a file.
 * `headers` go on either answer, `foundHeaders` (caching) only on the file's.
 */
export async function sendStaticFile(response: ServerResponse, file: string | undefined, headers: Readonly<Record<string, string>> = {}, foundHeaders: Readonly<Record<string, string>> = {}): Promise<void> {
  const info = file ? await stat(file).catch(() => undefined) : undefined;
  if (!file || !info?.isFile()) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...headers }).end('Not found');
    return;
  }
  response.writeHead(200, {
    'Content-Type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': String(info.size),
    ...headers,
    ...foundHeaders,
  });
  if (response.req.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
}
