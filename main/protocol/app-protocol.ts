// The app:// scheme the built pages load from (Electron's security checklist: a custom protocol
// instead of file://). Registered as privileged before 'ready', as Electron requires, then handled
// on the default session only: the app's pages live there, and a console partition has no
// handler, so an AWS page cannot read the app's files.
import { protocol } from 'electron';
import type { Logger } from '../../app/ports/logger';
import { appScheme } from '../renderer-source';
import { serveAppFile } from './app-files';

/**
 * standard: app://sso-tray is a real origin, so relative URLs resolve and 'self' means the app;
 * secure: like https, so the page is a secure context; supportFetchAPI: module scripts and
 * fetch() of the page's own files; codeCache: V8 keeps the scripts' compiled code in the session's
 * cache, so from about the third launch of a build the window's first page load does not compile
 * them from source (Chromium does this for http(s) pages; a custom scheme must ask, and only a
 * standard one may). Not corsEnabled
 * (other origins could then read the files), not bypassCSP, no service workers.
 */
export const appSchemePrivileges = { standard: true, secure: true, supportFetchAPI: true, codeCache: true } as const;

/** Call before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: appSchemePrivileges }]);
}

/** Call after app 'ready': app:// answers files inside `directory` and nothing else. */
export function serveAppProtocol(directory: string, logger: Logger): void {
  protocol.handle(appScheme, (request) =>
    serveAppFile(request, directory).catch((error: unknown) => {
      logger.error('Serving an app page failed', { error });
      return new Response(null, { status: 500 });
    }),
  );
}
