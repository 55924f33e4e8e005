import { describe, expect, it } from 'vitest';
import { createExternalUrlPolicy, decideExternalUrl } from '../../app/security/external-url-policy';
import type { RendererSource } from '../renderer-source';
import type { WindowKind } from '../windows/window-kinds';
import { decideNavigation, decideWindowOpen, isPermissionAllowed, allowedPermissions } from './navigation-policy';

describe('decideNavigation', () => {
  const built: RendererSource = { kind: 'built', directory: '/app/out/renderer' };
  const dev: RendererSource = { kind: 'dev-server', url: 'http://localhost:5173' };
  // The guarded opener's check: AWS hosts only (app/security/external-url-policy.ts has its own table).
  const isExternalAllowed = (url: string) => decideExternalUrl(url, createExternalUrlPolicy()).allowed;
  const decide = (url: string, kind: WindowKind | undefined, source: RendererSource = built) => decideNavigation(url, kind, { source, isExternalAllowed });

  it.each([
    [built, 'app://sso-tray/index.html', 'allow'],
    [built, 'app://sso-tray/index.html#/portal', 'allow'],
    [built, 'file:///etc/passwd', 'deny'],
    [built, 'file:///app/out/renderer/index.html', 'deny'],
    [built, 'app://evil/index.html', 'deny'],
    [built, 'app://sso-tray/other.html', 'deny'],
    [built, 'https://d-1234567890.awsapps.com/start', 'deny'],
    [dev, 'http://localhost:5173/', 'allow'],
    [dev, 'http://localhost:5173/?reload', 'allow'],
    [dev, 'https://evil.example/', 'deny'],
    [dev, 'javascript:alert(1)', 'deny'],
  ] as const)('portal, %o → %s: %s', (source, url, expected) => {
    expect(decide(url, 'portal', source)).toBe(expected);
  });

  it.each([
    // Portal: only its own page; an AWS link is not a navigation (the page opens it externally).
    ['portal', 'app://sso-tray/index.html?x', 'allow'],
    ['portal', 'app://sso-tray/other.html', 'deny'],
    ['portal', 'https://console.aws.amazon.com/', 'deny'],
    // Quick switcher: no page yet, so nowhere; never the portal's page.
    ['quick-switcher', 'app://sso-tray/index.html', 'deny'],
    ['quick-switcher', 'https://console.aws.amazon.com/', 'deny'],
    // Console: the console and sign-in hosts in place, the other hosts of the external-URL policy
    // in the browser, the rest nowhere (AWS's documentation is not one of them: app/security/aws-hosts.ts).
    ['console', 'https://eu-west-1.console.aws.amazon.com/ec2/home', 'allow'],
    ['console', 'https://signin.aws.amazon.com/federation?Action=login', 'allow'],
    ['console', 'https://signin.amazonaws-us-gov.com/federation', 'allow'],
    // A console's "Learn more" link: AWS's documentation, in the default browser.
    ['console', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/', 'open-externally'],
    ['console', 'https://attacker-bucket.s3.amazonaws.com/', 'deny'],
    ['console', 'https://d-1234567890.awsapps.com/start', 'open-externally'],
    ['console', 'https://evil.example/', 'deny'],
    ['console', 'http://console.aws.amazon.com/', 'deny'],
    ['console', 'app://sso-tray/index.html', 'deny'],
    ['console', 'javascript:alert(1)', 'deny'],
    // A webContents the registry does not know: nowhere, not even the app's page.
    [undefined, 'app://sso-tray/index.html', 'deny'],
    [undefined, 'https://console.aws.amazon.com/', 'deny'],
    // Nor the file a missing page would name if the lookup ran for a kind without one.
    [undefined, 'app://sso-tray/undefined', 'deny'],
  ] as const)('%s → %s: %s', (kind, url, expected) => {
    expect(decide(url, kind)).toBe(expected);
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
