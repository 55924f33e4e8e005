// Opening the AWS console for a role: the page asks main (`console:open`) and shows what was
// opened, or why not. The answer names the way and the console page, never the sign-in URL: main
// opened that itself. One status line for the whole list (the rows are too small for messages).
import type { ConsoleOpened, OpenConsoleRequest } from '../../../app/ipc/contract/console';
import { consoleWayLabels } from '../../../app/model/console-destinations';
import { actionKey, type ActionKey } from './action-status';
import type { SliceContext } from './slice';

export interface ConsoleStatus {
  /** What the user is told, e.g. "Opened ReadOnlyAccess in checkout-prod in an app window." */
  readonly text: string;
  readonly opened: ConsoleOpened;
}

export interface ConsoleSlice {
  /** The last console opened from this page. */
  readonly consoleStatus: ConsoleStatus | undefined;
  /** Opens the role's console; `accountLabel` is for the message. True when it opened. */
  openConsole(request: OpenConsoleRequest, accountLabel: string): Promise<boolean>;
}

/** The key of one role's console action; its last refusal is kept under it until it opens. */
export function consoleKey(request: Pick<OpenConsoleRequest, 'instanceId' | 'accountId' | 'roleName'>): ActionKey {
  return actionKey('console:open', `${request.instanceId}/${request.accountId}/${request.roleName}`);
}

/** The newest console refusal of any role: the list's status line shows that one. */
export function latestConsoleErrorKey(errors: Readonly<Record<ActionKey, { readonly sequence: number }>>): ActionKey | undefined {
  let latest: [ActionKey, number] | undefined;
  for (const [key, error] of Object.entries(errors)) {
    if (key.startsWith('console:open#') && (!latest || error.sequence > latest[1])) latest = [key, error.sequence];
  }
  return latest?.[0];
}

export function consoleStatusText(roleName: string, accountLabel: string, opened: ConsoleOpened): string {
  if (opened.focused) return `The console of ${roleName} in ${accountLabel} is already open; it was brought forward.`;
  const way = consoleWayLabels[opened.way];
  return `Opened the console of ${roleName} in ${accountLabel} (${opened.region}) ${way[0]!.toLowerCase()}${way.slice(1)}.`;
}

export function createConsoleSlice({ desktop, set, run }: SliceContext): ConsoleSlice {
  return {
    consoleStatus: undefined,
    async openConsole(request, accountLabel) {
      // One key per role: a second click while its first is in flight is ignored.
      const result = await run(consoleKey(request), () => desktop.request('console:open', request));
      if (!result?.ok) return false;
      set({ consoleStatus: { text: consoleStatusText(request.roleName, accountLabel, result.value), opened: result.value } });
      return true;
    },
  };
}
