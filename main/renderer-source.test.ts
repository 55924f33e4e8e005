import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isLoopbackHttpUrl } from '../app/model/urls';
import { isAppUrl, pageLocation, rendererPages, resolveRendererSource, type RendererSource } from './renderer-source';

const rendererDirectory = '/opt/SSO Tray/resources/app.asar/out/renderer';

describe('resolveRendererSource', () => {
  it.each([
    { devServerUrl: 'http://localhost:5173/', isPackaged: false, kind: 'dev-server' },
    { devServerUrl: 'http://127.0.0.1:5173', isPackaged: false, kind: 'dev-server' },
    { devServerUrl: undefined, isPackaged: false, kind: 'file' },
    // A packaged app ignores the variable, so nobody can point it at another page.
    { devServerUrl: 'http://localhost:5173/', isPackaged: true, kind: 'file' },
    // Only loopback dev servers.
    { devServerUrl: 'http://evil.example:5173/', isPackaged: false, kind: 'file' },
    { devServerUrl: 'file:///tmp/other.html', isPackaged: false, kind: 'file' },
  ])('$devServerUrl, packaged=$isPackaged → $kind', ({ devServerUrl, isPackaged, kind }) => {
    expect(resolveRendererSource({ devServerUrl, rendererDirectory, isPackaged }).kind).toBe(kind);
  });
});

describe('isAppUrl', () => {
  const dev: RendererSource = { kind: 'dev-server', url: 'http://localhost:5173/' };
  const file: RendererSource = { kind: 'file', directory: rendererDirectory };
  const fileUrl = 'file:///opt/SSO%20Tray/resources/app.asar/out/renderer/index.html';

  it.each([
    [dev, 'http://localhost:5173/', true],
    [dev, 'http://localhost:5173/index.html?x=1#/portal', true],
    [dev, 'http://localhost:5174/', false],
    [dev, 'http://127.0.0.1:5173/', false],
    [dev, 'https://localhost:5173/', false],
    [dev, 'http://localhost.evil.example:5173/', false],
    [file, fileUrl, true],
    [file, `${fileUrl}#/settings`, true],
    [file, `${fileUrl}?a=b`, true],
    [file, 'file:///opt/SSO%20Tray/resources/app.asar/out/renderer/other.html', false],
    [file, 'file:///tmp/index.html', false],
    [file, 'file://remote-host/opt/SSO%20Tray/resources/app.asar/out/renderer/index.html', false],
    [file, 'http://localhost:5173/', false],
    [file, 'about:blank', false],
    [dev, 'about:blank', false],
    [dev, '', false],
    [dev, 'not a url', false],
    [dev, undefined, false],
    // Another page on the same server or in the same folder is not the portal page.
    [dev, 'http://localhost:5173/other.html', false],
    [dev, 'http://localhost:5173/src/main.tsx', false],
    [dev, 'http://localhost:5173/index.html/', false],
  ] as const)('%o: %s → %s', (source, url, expected) => {
    expect(isAppUrl(url, source, 'portal')).toBe(expected);
  });

  it('checks the page under a dev server that serves from a sub-folder', () => {
    const nested: RendererSource = { kind: 'dev-server', url: 'http://localhost:5173/app/' };
    expect(isAppUrl('http://localhost:5173/app/', nested, 'portal')).toBe(true);
    expect(isAppUrl('http://localhost:5173/app/index.html#/x', nested, 'portal')).toBe(true);
    expect(isAppUrl('http://localhost:5173/', nested, 'portal')).toBe(false);
  });
});

describe('pageLocation', () => {
  it('loads the portal from the dev server root exactly as electron-vite gave it', () => {
    expect(pageLocation({ kind: 'dev-server', url: 'http://localhost:5173' }, 'portal')).toEqual({ kind: 'url', url: 'http://localhost:5173' });
  });

  it('loads the portal file from the renderer folder', () => {
    expect(pageLocation({ kind: 'file', directory: rendererDirectory }, 'portal')).toEqual({ kind: 'file', path: join(rendererDirectory, 'index.html') });
  });

  it.each(Object.keys(rendererPages) as (keyof typeof rendererPages)[])('each page is its own app URL where it loads: %s', (page) => {
    for (const source of [{ kind: 'dev-server', url: 'http://localhost:5173' }, { kind: 'file', directory: rendererDirectory }] as const) {
      const location = pageLocation(source, page);
      const url = location.kind === 'url' ? location.url : pathToFileURL(location.path).href;
      expect(isAppUrl(url, source, page)).toBe(true);
    }
  });
});

describe('isLoopbackHttpUrl', () => {
  it.each([
    ['http://127.0.0.1:4566', true],
    ['http://localhost/', true],
    ['http://[::1]:8080/', true],
    ['https://127.0.0.1/', true],
    ['http://127.0.0.2/', false],
    ['http://10.0.0.1/', false],
    ['ws://127.0.0.1/', false],
    ['http://127.0.0.1.evil.example/', false],
  ])('%s → %s', (url, expected) => expect(isLoopbackHttpUrl(url)).toBe(expected));
});
