// What a page in the app may do to leave itself. Electron wires these decisions to will-navigate,
// setWindowOpenHandler and the permission handlers (main/security/harden-*.ts); they live here as
// data-in, data-out functions so a table of cases can pin them down.
import { isAppUrl, type RendererSource } from '../renderer-source';

export type NavigationDecision = 'allow' | 'deny';

/** The page may only reload itself (the dev server's full reload navigates to the same origin). */
export function decideNavigation(targetUrl: string, source: RendererSource): NavigationDecision {
  return isAppUrl(targetUrl, source) ? 'allow' : 'deny';
}

export interface WindowOpenDecision {
  /** No window.open ever creates an Electron window. */
  readonly action: 'deny';
  /** Whether to hand the URL to the guarded external opener instead. */
  readonly openExternally: boolean;
}

export function decideWindowOpen(url: string, isExternalAllowed: (url: string) => boolean): WindowOpenDecision {
  return { action: 'deny', openExternally: isExternalAllowed(url) };
}

/**
 * Permissions the page may use. Only `clipboard-sanitized-write`: Chromium asks for it when a click
 * calls navigator.clipboard.writeText (the device code's Copy button), and it writes sanitised text
 * only. Reading the clipboard, notifications (main shows them), camera, geolocation and the rest
 * are refused.
 */
export const allowedPermissions: ReadonlySet<string> = new Set<string>(['clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string): boolean {
  return allowedPermissions.has(permission);
}
