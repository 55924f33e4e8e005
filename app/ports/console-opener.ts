// Opens a signed-in console where the user asked: an in-app console window (main, one per account
// and role in its own session partition), or the default browser. The web host records instead
// (e2e/web-host/recording-console-opener.ts). The URLs handed over carry a sign-in token: an
// opener never logs them and never passes them to a page.
import type { AccountColour } from '../model/preferences';

export interface ConsoleRole {
  readonly instanceId: string;
  readonly accountId: string;
  readonly roleName: string;
}

/** What a console window shows in its title and frame. */
export interface ConsoleWindowLabel {
  /** The user's alias for the account, else its portal name, else its id. */
  readonly accountLabel: string;
  readonly accountId: string;
  readonly roleName: string;
  readonly colour?: AccountColour | undefined;
}

export interface ConsoleSignIn {
  /** The federation login URL (valid 15 minutes, once). */
  readonly url: string;
  /** When the console session ends (epoch ms): the session length asked for, or the credentials' end. */
  readonly sessionEndsAt: number;
}

export interface ConsoleWindowTarget extends ConsoleSignIn {
  readonly role: ConsoleRole;
  readonly label: ConsoleWindowLabel;
  /**
   * A fresh sign-in for the same role, for a window whose session has ended. `page` is the console
   * page the window shows; it is kept as the destination when it is one of the partition's console
   * pages, otherwise the first destination is used again.
   */
  signInAgain(page: string | undefined): Promise<ConsoleSignIn>;
}

export interface ConsoleOpener {
  /** Brings the role's open console window forward; its partition, or undefined when none is open. */
  focusWindow(role: ConsoleRole): Promise<{ readonly partition: string } | undefined>;
  /** Opens an in-app console window on `target.url`; answers the window's session partition. */
  openWindow(target: ConsoleWindowTarget): Promise<{ readonly partition: string }>;
  /** The default browser: the console sign-in (maybe behind a logout) or the portal's shortcut. */
  openBrowser(url: string, way: 'browser' | 'portal-link'): Promise<void>;
}
