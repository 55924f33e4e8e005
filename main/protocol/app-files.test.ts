// app:// against a real folder: the built files and nothing else, whatever the URL spells.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../app/security/content-security-policy';
import { appFileHeaders, resolveAppFile, serveAppFile } from './app-files';

let root: string;
let renderer: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'app-files-test-'));
  renderer = join(root, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>page</title>');
  writeFileSync(join(renderer, 'assets', 'index-abc.js'), 'console.log(1)');
  // Beside the folder: what a way out would reach.
  writeFileSync(join(root, 'secret.txt'), 'secret');
  mkdirSync(join(root, 'renderer-evil'));
  writeFileSync(join(root, 'renderer-evil', 'index.html'), 'evil');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => serveAppFile({ url, method }, renderer);

describe('resolveAppFile', () => {
  it.each([
    ['app://sso-tray/index.html', ['index.html']],
    ['app://sso-tray/assets/index-abc.js', ['assets', 'index-abc.js']],
    ['app://sso-tray/index.html?x=1#/route', ['index.html']],
    ['app://sso-tray/%69ndex.html', ['index.html']],
    // An encoded leading slash is still a path below the folder, not the root of the disk.
    ['app://sso-tray/%2fetc%2fpasswd', ['etc', 'passwd']],
  ])('%s → inside the folder', (url, parts) => expect(resolveAppFile(url, renderer)).toBe(join(renderer, ...parts)));

  it.each([
    // Ways out of the folder, once decoded
    'app://sso-tray/..%2fsecret.txt',
    'app://sso-tray/assets/..%2f..%2fsecret.txt',
    'app://sso-tray/%2e%2e%2fsecret.txt',
    'app://sso-tray/..%2frenderer-evil/index.html',
    'app://sso-tray/..%5csecret.txt',
    'app://sso-tray/index.html%00.js',
    'app://sso-tray/%E0%A4%A',
    // The folder itself
    'app://sso-tray/',
    'app://sso-tray',
    // Another origin, a user name, another scheme
    'app://evil/index.html',
    'app://user@sso-tray/index.html',
    'app://sso-tray:1/index.html',
    'file:///etc/passwd',
    'https://sso-tray/index.html',
    'not a url',
  ])('%s → refused', (url) => expect(resolveAppFile(url, renderer)).toBeUndefined());

  it('never leaves the folder for a path that URL parsing already resolved', () => {
    // `..` segments are resolved by the URL parser itself: they stay inside the origin's root.
    expect(resolveAppFile('app://sso-tray/../../secret.txt', renderer)).toBe(join(renderer, 'secret.txt'));
  });
});

describe('serveAppFile', () => {
  it('serves a page with its type, no sniffing and the app CSP', async () => {
    const response = await get('app://sso-tray/index.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>page</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy('production'));
  });

  it('serves a module script as JavaScript, without a CSP of its own', async () => {
    const response = await get('app://sso-tray/assets/index-abc.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.has('content-security-policy')).toBe(false);
  });

  it.each(['app://sso-tray/..%2fsecret.txt', 'app://sso-tray/..%2frenderer-evil/index.html', 'app://sso-tray/missing.js', 'app://sso-tray/assets', 'app://evil/index.html'])(
    '%s → 404, with nothing of the file',
    async (url) => {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe('');
    },
  );

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://sso-tray/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://sso-tray/index.html', 'POST')).status).toBe(405);
  });
});

describe('appFileHeaders', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/app.css', 'text/css; charset=utf-8'],
    ['assets/icon.svg', 'image/svg+xml'],
    ['assets/font.woff2', 'font/woff2'],
    ['assets/unknown.bin', 'application/octet-stream'],
  ])('%s → %s', (file, type) => expect(appFileHeaders(file)['Content-Type']).toBe(type));
});
