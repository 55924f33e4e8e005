// Applies the page policies (navigation-policy.ts, harden-session.ts) to every webContents and to
// every session. Registered before the first window exists, so a window created later (or by a
// bug) cannot escape them; each decision asks the window registry for the window's kind at the
// moment it is made, so a webContents nobody registered gets the most restrictive answer.
import { app, session, type WebContents } from 'electron';
import type { Logger } from '../../app/ports/logger';
import { describeUrlForLog } from '../../app/security/external-url-policy';
import type { RendererSource } from '../renderer-source';
import type { WindowKindLookup } from '../windows/window-registry';
import type { SessionHardener } from './harden-session';
import { decideNavigation, decideWindowOpen } from './navigation-policy';
import type { OpenExternal } from './open-external';

export interface HardeningDeps {
  readonly source: RendererSource;
  readonly logger: Logger;
  readonly openExternal: OpenExternal;
  readonly isExternalAllowed: (url: string) => boolean;
  readonly windows: WindowKindLookup;
  readonly sessions: SessionHardener;
}

/** Call before the first window is created; safe to call once. */
export function hardenApp(deps: HardeningDeps): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, deps));
}

/** Call after app 'ready' (sessions exist only then). The app's pages share the default session. */
export function hardenDefaultSession(deps: Pick<HardeningDeps, 'sessions'>): void {
  deps.sessions.harden(session.defaultSession, 'portal');
}

function hardenWebContents(contents: WebContents, deps: HardeningDeps): void {
  // A window's creator hardens its session first (a console window its partition). One nobody
  // hardened gets the app pages' rules, the strictest: our CSP header breaks any other site.
  if (!deps.sessions.isHardened(contents.session)) deps.sessions.harden(contents.session, 'portal');

  const guard = (event: { readonly url: string; preventDefault(): void }) => {
    const kind = deps.windows.kindOf(contents);
    const decision = decideNavigation(event.url, kind, deps);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-externally') return openOutside(event.url, deps);
    deps.logger.warn('Blocked a navigation', { kind: kind ?? 'unknown', origin: describeUrlForLog(event.url) });
  };
  contents.on('will-navigate', guard);
  // A server redirect is a navigation too (the console's sign-in hops are redirects); frames
  // inside a console page are AWS's business, the window's own page is ours.
  contents.on('will-redirect', (event) => {
    if (event.isMainFrame) guard(event);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url, deps.isExternalAllowed);
    if (decision.openExternally) {
      openOutside(url, deps);
    } else {
      deps.logger.warn('Blocked a window.open', { origin: describeUrlForLog(url) });
    }
    return { action: decision.action };
  });
}

function openOutside(url: string, deps: HardeningDeps): void {
  deps.openExternal(url).catch((error: unknown) => deps.logger.error('Opening a link failed', { error }));
}
