// Permission handlers and the CSP header, on every session a window uses: the default session
// (the app's pages) and each console partition. A handler set on session.defaultSession alone
// would leave a partition with Chromium's defaults, which grant most permissions.
import type { Session } from 'electron';
import type { Logger } from '../../app/ports/logger';
import { contentSecurityPolicy } from '../../app/security/content-security-policy';
import type { RendererSource } from '../renderer-source';
import { isAppPageKind, type WindowKind } from '../windows/window-kinds';
import { isPermissionAllowed } from './navigation-policy';

export interface SessionPolicy {
  /** Which windows' session this is; one session never serves both. */
  readonly family: 'app-pages' | 'console';
  /** The header put on every frame response, or undefined to keep the site's own. */
  readonly contentSecurityPolicy: string | undefined;
}

/**
 * App pages get the app's policy as a header as well as their <meta> (app:// answers carry it
 * themselves, this header covers the dev server). A console page is AWS's: our policy would break it, and AWS
 * sends its own, so its session passes the header through. Both get the same permission rules.
 */
export function sessionPolicyFor(kind: WindowKind, source: RendererSource): SessionPolicy {
  if (!isAppPageKind(kind)) return { family: 'console', contentSecurityPolicy: undefined };
  return { family: 'app-pages', contentSecurityPolicy: contentSecurityPolicy(source.kind === 'dev-server' ? 'development' : 'production') };
}

export interface SessionHardener {
  /** Sets the handlers for `kind`'s policy; a session already hardened keeps its first policy. */
  harden(target: Session, kind: WindowKind): void;
  isHardened(target: Session): boolean;
}

export function createSessionHardener(deps: { readonly source: RendererSource; readonly logger: Logger }): SessionHardener {
  // Handlers replace each other, so a second call would silently swap one policy for another.
  const hardened = new WeakMap<Session, SessionPolicy['family']>();
  return {
    harden(target, kind) {
      const policy = sessionPolicyFor(kind, deps.source);
      const known = hardened.get(target);
      if (known !== undefined) {
        if (known !== policy.family) deps.logger.error('A session was asked to serve two kinds of window', { kept: known, refused: policy.family });
        return;
      }
      hardened.set(target, policy.family);
      applyPolicy(target, policy, deps.logger);
    },
    isHardened: (target) => hardened.has(target),
  };
}

function applyPolicy(target: Session, policy: SessionPolicy, logger: Logger): void {
  target.setPermissionRequestHandler((_contents, permission, callback) => {
    const allowed = isPermissionAllowed(permission);
    if (!allowed) logger.warn('Denied a permission request', { permission, session: policy.family });
    callback(allowed);
  });
  target.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));

  const header = policy.contentSecurityPolicy;
  if (header === undefined) return;
  target.webRequest.onHeadersReceived((details, callback) => {
    if (details.resourceType !== 'mainFrame' && details.resourceType !== 'subFrame') return callback({});
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [header] } });
  });
}
