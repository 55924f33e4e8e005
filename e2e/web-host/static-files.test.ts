import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStaticPath } from './static-files';

describe('resolveStaticPath', () => {
  const root = resolve('/srv/dist');

  it.each([
    ['/assets/index-abc.js', join(root, 'assets/index-abc.js')],
    ['/index.html', join(root, 'index.html')],
    ['/assets/with%20space.css', join(root, 'assets/with space.css')],
  ])('%s → inside the folder', (path, expected) => {
    expect(resolveStaticPath(root, path)).toBe(expected);
  });

  it.each([
    '/',
    '/../package.json',
    '/..%2fpackage.json',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/assets/../../secret',
    '/.env',
    '/assets/.hidden/file.js',
    '/%00index.html',
    '/%E0%A4%A',
  ])('%s → refused', (path) => {
    expect(resolveStaticPath(root, path)).toBeUndefined();
  });
});
