// A ConsoleOpener that opens nothing: it records what Electron would open (the way, the URL, the
// window's partition) so tests, and the dev web host's specs, can check the result of a click. An
// in-app window counts as open until closeWindow(); a second open of the same role is a focus, as
// in main. Test and development tooling only.
import { consolePartition } from '../console/console-partition';
import type { ConsoleOpener, ConsoleRole, ConsoleWindowTarget } from '../ports/console-opener';

export interface RecordedConsole {
  readonly way: 'app-window' | 'browser' | 'portal-link';
  /** The URL the opener was given (a sign-in URL carries a token: tests only, never a page). */
  readonly url: string;
  readonly partition?: string;
  readonly role?: ConsoleRole;
  readonly target?: ConsoleWindowTarget;
}

export class RecordingConsoleOpener implements ConsoleOpener {
  readonly opened: RecordedConsole[] = [];
  readonly focused: string[] = [];
  readonly #windows = new Map<string, ConsoleWindowTarget>();

  async focusWindow(role: ConsoleRole): Promise<{ partition: string } | undefined> {
    const partition = consolePartition(role);
    if (!this.#windows.has(partition)) return undefined;
    this.focused.push(partition);
    return { partition };
  }

  async openWindow(target: ConsoleWindowTarget): Promise<{ partition: string }> {
    const partition = consolePartition(target.role);
    this.#windows.set(partition, target);
    this.opened.push({ way: 'app-window', url: target.url, partition, role: target.role, target });
    return { partition };
  }

  async openBrowser(url: string, way: 'browser' | 'portal-link'): Promise<void> {
    this.opened.push({ way, url });
  }

  /** The user closed the role's window. */
  closeWindow(role: ConsoleRole): void {
    this.#windows.delete(consolePartition(role));
  }

  get last(): RecordedConsole | undefined {
    return this.opened.at(-1);
  }
}
