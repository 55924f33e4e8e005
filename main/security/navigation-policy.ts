// What a page in the app may do to leave itself, per window kind. Electron wires these decisions
// to will-navigate, will-redirect, setWindowOpenHandler and the permission handlers
// (harden-app.ts, harden-session.ts); they live here as data-in, data-out functions so a table of
// cases can pin them down.
import { isAppUrl, type RendererSource } from '../renderer-source';
import { pageOf, type WindowKind } from '../windows/window-kinds';
import { isConsoleUrl } from './console-urls';

/** `open-externally`: stay put, and hand the URL to the guarded opener (the default browser). */
export type NavigationDecision = 'allow' | 'deny' | 'open-externally';

export interface NavigationContext {
  readonly source: RendererSource;
  /** The guarded opener's own check, so a link it would refuse is denied here and logged once. */
  readonly isExternalAllowed: (url: string) => boolean;
}

/**
 * - An app page may only reload itself (the dev server's full reload navigates to the same page),
 *   never go to another app page: a portal window showing another page would keep the portal's
 *   trust for a page that was not meant to have it.
 * - A console window stays within the console and sign-in hosts; other links go to the browser.
 * - A webContents the registry does not know (`undefined`) goes nowhere.
 */
export function decideNavigation(targetUrl: string, kind: WindowKind | undefined, context: NavigationContext): NavigationDecision {
  if (kind === 'console') {
    if (isConsoleUrl(targetUrl)) return 'allow';
    return context.isExternalAllowed(targetUrl) ? 'open-externally' : 'deny';
  }
  const page = pageOf(kind);
  return page !== undefined && isAppUrl(targetUrl, context.source, page) ? 'allow' : 'deny';
}

export interface WindowOpenDecision {
  /** No window.open ever creates an Electron window, in any kind: the app opens its own windows. */
  readonly action: 'deny';
  /** Whether to hand the URL to the guarded external opener instead. */
  readonly openExternally: boolean;
}

export function decideWindowOpen(url: string, isExternalAllowed: (url: string) => boolean): WindowOpenDecision {
  return { action: 'deny', openExternally: isExternalAllowed(url) };
}

/**
 * Permissions a page may use, in every session. Only `clipboard-sanitized-write`: Chromium asks
 * for it when a click calls navigator.clipboard.writeText (the device code's Copy button, the
 * console's copy-ARN buttons), and it writes sanitised text only. Reading the clipboard,
 * notifications (main shows them), camera, geolocation and the rest are refused.
 */
export const allowedPermissions: ReadonlySet<string> = new Set<string>(['clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string): boolean {
  return allowedPermissions.has(permission);
}
