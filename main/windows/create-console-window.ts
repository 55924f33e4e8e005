// Creates a console window for one account and role: its partition is hardened before the window
// exists (so the first request already meets the permission rules), then the window is
// registered as 'console' and loads the sign-in URL. console-windows.ts opens them, one per role.
import { BrowserWindow, session } from 'electron';
import type { Logger } from '../../app/ports/logger';
import { describeUrlForLog } from '../../app/security/external-url-policy';
import { parseUrl } from '../../app/model/urls';
import { isConsoleUrl } from '../security/console-urls';
import type { SessionHardener } from '../security/harden-session';
import { consolePartition, consoleWindowOptions, type ConsoleIdentity } from './console-window-options';
import type { WindowRegistry } from './window-registry';

export interface ConsoleWindowDeps {
  readonly title: string;
  readonly logger: Logger;
  readonly windows: Pick<WindowRegistry<BrowserWindow>, 'add'>;
  readonly sessions: SessionHardener;
  /** Origins a console window may also start on: the emulator's, with SSO_TRAY_AWS_ENDPOINT. */
  readonly extraOrigins?: readonly string[];
}

/** A console or sign-in page, or a page of an extra origin (the emulator's federation). */
export function isConsoleStartUrl(url: string, extraOrigins: readonly string[] = []): boolean {
  if (isConsoleUrl(url)) return true;
  const parsed = parseUrl(url);
  return parsed !== undefined && parsed.origin !== 'null' && extraOrigins.includes(parsed.origin) && !parsed.username && !parsed.password;
}

/** `url`: the federation sign-in URL; it must already be a console or sign-in page. */
export function createConsoleWindow(identity: ConsoleIdentity, url: string, deps: ConsoleWindowDeps): BrowserWindow {
  // loadURL is not a navigation, so will-navigate would not catch a wrong first page.
  if (!isConsoleStartUrl(url, deps.extraOrigins)) {
    deps.logger.warn('Refused to open a console window on a non-console page', { origin: describeUrlForLog(url) });
    throw new Error('Not a console URL');
  }
  const partition = consolePartition(identity);
  deps.sessions.harden(session.fromPartition(partition), 'console');
  const window = new BrowserWindow(consoleWindowOptions(deps.title, partition));
  deps.windows.add('console', window);
  window.once('ready-to-show', () => window.show());
  window.loadURL(url).catch((error: unknown) => deps.logger.error('A console page failed to load', { error }));
  return window;
}
