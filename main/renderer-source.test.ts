import { describe, expect, it } from 'vitest';
import { isLoopbackHttpUrl } from '../app/model/urls';
import { isAppUrl, pageUrl, rendererPages, resolveRendererSource, type RendererSource } from './renderer-source';

const rendererDirectory = '/opt/SSO Tray/resources/app.asar/out/renderer';

describe('resolveRendererSource', () => {
  it.each([
    { devServerUrl: 'http://localhost:5173/', isPackaged: false, kind: 'dev-server' },
    { devServerUrl: 'http://127.0.0.1:5173', isPackaged: false, kind: 'dev-server' },
    { devServerUrl: undefined, isPackaged: false, kind: 'built' },
    // A packaged app ignores the variable, so nobody can point it at another page.
    { devServerUrl: 'http://localhost:5173/', isPackaged: true, kind: 'built' },
    // Only loopback dev servers.
    { devServerUrl: 'http://evil.example:5173/', isPackaged: false, kind: 'built' },
    { devServerUrl: 'file:///tmp/other.html', isPackaged: false, kind: 'built' },
  ])('$devServerUrl, packaged=$isPackaged → $kind', ({ devServerUrl, isPackaged, kind }) => {
    expect(resolveRendererSource({ devServerUrl, rendererDirectory, isPackaged }).kind).toBe(kind);
  });
});

describe('isAppUrl', () => {
  const dev: RendererSource = { kind: 'dev-server', url: 'http://localhost:5173/' };
  const built: RendererSource = { kind: 'built', directory: rendererDirectory };
  const builtPage = 'app://sso-tray/index.html';

  it.each([
    [dev, 'http://localhost:5173/', true],
    [dev, 'http://localhost:5173/index.html?x=1#/portal', true],
    [dev, 'http://localhost:5174/', false],
    [dev, 'http://127.0.0.1:5173/', false],
    [dev, 'https://localhost:5173/', false],
    [dev, 'http://localhost.evil.example:5173/', false],
    [built, builtPage, true],
    [built, `${builtPage}#/settings`, true],
    [built, `${builtPage}?a=b`, true],
    [built, 'app://sso-tray/other.html', false],
    [built, 'app://sso-tray/', false],
    [built, 'app://sso-tray/index.html/', false],
    [built, 'app://sso-tray/assets/index.html', false],
    [built, 'app://evil/index.html', false],
    [built, 'app://sso-tray.evil.example/index.html', false],
    [built, 'app://user@sso-tray/index.html', false],
    [built, 'app://sso-tray:8080/index.html', false],
    [built, 'https://sso-tray/index.html', false],
    // The built file itself, over file://: it has no origin of its own, so it is not the app's page.
    [built, 'file:///opt/SSO%20Tray/resources/app.asar/out/renderer/index.html', false],
    [built, 'file:///tmp/index.html', false],
    [built, 'http://localhost:5173/', false],
    [built, 'about:blank', false],
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

describe('pageUrl', () => {
  it('loads the portal from the dev server root exactly as electron-vite gave it', () => {
    expect(pageUrl({ kind: 'dev-server', url: 'http://localhost:5173' }, 'portal')).toBe('http://localhost:5173');
  });

  it('loads the built portal over app://, never from file://', () => {
    expect(pageUrl({ kind: 'built', directory: rendererDirectory }, 'portal')).toBe('app://sso-tray/index.html');
  });

  it.each(Object.keys(rendererPages) as (keyof typeof rendererPages)[])('each page is its own app URL where it loads: %s', (page) => {
    for (const source of [{ kind: 'dev-server', url: 'http://localhost:5173' }, { kind: 'built', directory: rendererDirectory }] as const) {
      expect(isAppUrl(pageUrl(source, page), source, page)).toBe(true);
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
