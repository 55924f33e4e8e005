// Applies the page policies (navigation-policy.ts, content-security-policy.ts) to every
// webContents and to the default session. Registered before the first window exists, so a window
// created later (or by a bug) cannot escape them.
import { app, session, type WebContents } from 'electron';
import type { Logger } from '../../app/ports/logger';
import type { RendererSource } from '../renderer-source';
import { contentSecurityPolicy } from '../../app/security/content-security-policy';
import { describeUrlForLog } from '../../app/security/external-url-policy';
import { decideNavigation, decideWindowOpen, isPermissionAllowed } from './navigation-policy';
import type { OpenExternal } from './open-external';

export interface HardeningDeps {
  readonly source: RendererSource;
  readonly logger: Logger;
  readonly openExternal: OpenExternal;
  readonly isExternalAllowed: (url: string) => boolean;
}

/** Call before app 'ready' completes window creation; safe to call once. */
export function hardenApp(deps: HardeningDeps): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, deps));
}

/** Call after app 'ready' (sessions exist only then). */
export function hardenDefaultSession(deps: HardeningDeps): void {
  const defaultSession = session.defaultSession;
  defaultSession.setPermissionRequestHandler((_contents, permission, callback) => {
    const allowed = isPermissionAllowed(permission);
    if (!allowed) deps.logger.warn('Denied a permission request', { permission });
    callback(allowed);
  });
  defaultSession.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));

  // The <meta> in index.html covers file:// loads; the header covers the dev server and anything
  // else webRequest sees. Both carry the same policy (content-security-policy.ts).
  const policy = contentSecurityPolicy(deps.source.kind === 'dev-server' ? 'development' : 'production');
  defaultSession.webRequest.onHeadersReceived((details, callback) => {
    if (details.resourceType !== 'mainFrame' && details.resourceType !== 'subFrame') return callback({});
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
  });
}

function hardenWebContents(contents: WebContents, deps: HardeningDeps): void {
  contents.on('will-navigate', (event) => {
    if (decideNavigation(event.url, deps.source) === 'deny') {
      event.preventDefault();
      deps.logger.warn('Blocked a navigation away from the app', { origin: describeUrlForLog(event.url) });
    }
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url, deps.isExternalAllowed);
    if (decision.openExternally) {
      deps.openExternal(url).catch((error: unknown) => deps.logger.error('Opening a link failed', { error }));
    } else {
      deps.logger.warn('Blocked a window.open', { origin: describeUrlForLog(url) });
    }
    return { action: decision.action };
  });
}
