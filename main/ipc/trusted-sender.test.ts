import { describe, expect, it } from 'vitest';
import type { RendererSource } from '../renderer-source';
import type { WindowKind } from '../windows/window-kinds';
import { isTrustedSender } from './trusted-sender';

const built: RendererSource = { kind: 'built', directory: '/Applications/SSO Tray.app/Contents/Resources/app.asar/out/renderer' };
const dev: RendererSource = { kind: 'dev-server', url: 'http://localhost:5173/' };
const builtPage = 'app://sso-tray/index.html';

describe('isTrustedSender, portal window', () => {
  it.each([
    ['our built page', built, { url: builtPage, isMainFrame: true }, true],
    ['our built page with a route fragment', built, { url: `${builtPage}#/settings`, isMainFrame: true }, true],
    ['our page inside an iframe', built, { url: builtPage, isMainFrame: false }, false],
    ['another local file', built, { url: 'file:///tmp/evil.html', isMainFrame: true }, false],
    // The built page itself, opened as a file: no origin of its own, so never the app's page.
    ['the built file over file://', built, { url: 'file:///Applications/SSO%20Tray.app/Contents/Resources/app.asar/out/renderer/index.html', isMainFrame: true }, false],
    ['app:// under another host', built, { url: 'app://other/index.html', isMainFrame: true }, false],
    ['another page of the app', built, { url: builtPage.replace('index.html', 'other.html'), isMainFrame: true }, false],
    ['a web page', built, { url: 'https://evil.example/', isMainFrame: true }, false],
    ['the dev server', dev, { url: 'http://localhost:5173/', isMainFrame: true }, true],
    ['the dev server, deep link', dev, { url: 'http://localhost:5173/index.html?x#y', isMainFrame: true }, true],
    ['another page on the dev server', dev, { url: 'http://localhost:5173/other.html', isMainFrame: true }, false],
    ['another port on localhost', dev, { url: 'http://localhost:5174/', isMainFrame: true }, false],
    ['the dev server in production mode', built, { url: 'http://localhost:5173/', isMainFrame: true }, false],
    ['about:blank after a failed load', dev, { url: 'about:blank', isMainFrame: true }, false],
    ['a data: URL', dev, { url: 'data:text/html,hi', isMainFrame: true }, false],
    ['an empty URL (frame being torn down)', built, { url: '', isMainFrame: true }, false],
    ['no frame at all', built, null, false],
  ] as const)('%s → %s', (_name, source, frame, expected) => {
    expect(isTrustedSender(frame, 'portal', source)).toBe(expected);
  });
});

describe('isTrustedSender, by window kind', () => {
  const portalPage = { url: builtPage, isMainFrame: true };

  it.each([
    ['portal', true],
    // AWS's page, even if it somehow showed ours: a console window never gets the contract.
    ['console', false],
    // Its own page only (quick-switcher.html), never the portal's.
    ['quick-switcher', false],
    // Not a window the app registered.
    [undefined, false],
  ] as const satisfies readonly (readonly [WindowKind | undefined, boolean])[])('%s window on the portal page → %s', (kind, expected) => {
    expect(isTrustedSender(portalPage, kind, built)).toBe(expected);
  });

  // A kind without a page must be refused before any page lookup: the lookup's "no page" would
  // otherwise name a file, `undefined`, that a frame could be showing.
  it.each(['console', undefined] as const)('%s window on app://sso-tray/undefined → false', (kind) => {
    expect(isTrustedSender({ url: 'app://sso-tray/undefined', isMainFrame: true }, kind, built)).toBe(false);
  });
});
