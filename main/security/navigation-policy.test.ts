import { describe, expect, it } from 'vitest';
import type { RendererSource } from '../renderer-source';
import { decideNavigation, decideWindowOpen, isPermissionAllowed, allowedPermissions } from './navigation-policy';

describe('decideNavigation', () => {
  const file: RendererSource = { kind: 'file', path: '/app/out/renderer/index.html' };
  const dev: RendererSource = { kind: 'dev-server', url: 'http://localhost:5173' };

  it.each([
    [file, 'file:///app/out/renderer/index.html', 'allow'],
    [file, 'file:///app/out/renderer/index.html#/portal', 'allow'],
    [file, 'file:///etc/passwd', 'deny'],
    [file, 'https://d-1234567890.awsapps.com/start', 'deny'],
    [dev, 'http://localhost:5173/', 'allow'],
    [dev, 'http://localhost:5173/?reload', 'allow'],
    [dev, 'https://evil.example/', 'deny'],
    [dev, 'javascript:alert(1)', 'deny'],
  ] as const)('%o → %s: %s', (source, url, expected) => {
    expect(decideNavigation(url, source)).toBe(expected);
  });
});

describe('decideWindowOpen', () => {
  const onlyAws = (url: string) => url.startsWith('https://signin.aws.amazon.com/');

  it('never lets window.open create an app window', () => {
    expect(decideWindowOpen('https://signin.aws.amazon.com/x', onlyAws).action).toBe('deny');
    expect(decideWindowOpen('https://evil.example/', onlyAws).action).toBe('deny');
  });

  it('opens allowed URLs externally and drops the rest', () => {
    expect(decideWindowOpen('https://signin.aws.amazon.com/x', onlyAws).openExternally).toBe(true);
    expect(decideWindowOpen('https://evil.example/', onlyAws).openExternally).toBe(false);
  });
});

describe('isPermissionAllowed', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown'])(
    'denies %s',
    (permission) => expect(isPermissionAllowed(permission)).toBe(false),
  );

  it('allows writing plain text to the clipboard on a click (the device code\'s Copy button), never reading it', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write')).toBe(true);
    expect([...allowedPermissions]).toEqual(['clipboard-sanitized-write']);
  });
});
