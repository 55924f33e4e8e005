// What the tray menu and a clicked notification can ask for. Each command becomes a contract
// request to the core (through the same dispatcher the page uses) or a window action; a failed
// request is logged, since neither the menu nor a notification has a place to show it.
import type { RequestChannel, RequestInput } from '../../app/ipc/contract';
import type { Result } from '../../app/ipc/result';
import { assertNever } from '../../app/ipc/result';
import type { Logger } from '../../app/ports/logger';
import type { RoleKey } from '../../app/model/preferences';
import type { QuickAction } from '../../app/model/quick-actions';

export type AppCommand =
  | { readonly kind: 'open' }
  | { readonly kind: 'quit' }
  | { readonly kind: 'sign-in'; readonly instanceId: string }
  | { readonly kind: 'sign-out'; readonly instanceId: string }
  | { readonly kind: 'cancel-sign-in'; readonly instanceId: string }
  | { readonly kind: 'open-sign-in-page'; readonly instanceId: string }
  | { readonly kind: 'open-settings' }
  | { readonly kind: 'quick-switcher' }
  /** One of the role actions the app offers (capabilities), from the tray's favourites and recent roles. */
  | { readonly kind: 'quick-action'; readonly action: QuickAction; readonly role: RoleKey };

export type CoreRequest = <C extends RequestChannel>(channel: C, input: RequestInput<C>) => Promise<Result<unknown>>;

export interface AppCommandDeps {
  readonly request: CoreRequest;
  /** Opens the portal window, or brings it forward. */
  readonly showWindow: () => void;
  readonly quit: () => void;
  readonly logger: Logger;
  /** Opens the quick switcher window (the tray's entry; the shortcut does the same). */
  readonly showQuickSwitcher?: () => void;
  /** Opens the portal window at its settings (the settings live in that window). */
  readonly showSettings?: () => void;
}

export async function runAppCommand(command: AppCommand, deps: AppCommandDeps): Promise<void> {
  switch (command.kind) {
    case 'open':
      return deps.showWindow();
    case 'quit':
      return deps.quit();
    case 'sign-in':
      // The window shows the progress: the device code to enter, or that the browser is waiting.
      deps.showWindow();
      return send(deps, 'sessions:sign-in', { instanceId: command.instanceId });
    case 'sign-out':
      return send(deps, 'sessions:sign-out', { instanceId: command.instanceId });
    case 'cancel-sign-in':
      return send(deps, 'sessions:cancel-sign-in', { instanceId: command.instanceId });
    case 'open-sign-in-page':
      return send(deps, 'sessions:open-sign-in-page', { instanceId: command.instanceId });
    case 'open-settings':
      return (deps.showSettings ?? deps.showWindow)();
    case 'quick-switcher':
      return deps.showQuickSwitcher?.();
    case 'quick-action':
      return send(deps, 'quick-switcher:run', { action: command.action, role: command.role });
    default:
      return assertNever(command);
  }
}

async function send<C extends RequestChannel>(deps: AppCommandDeps, channel: C, input: RequestInput<C>): Promise<void> {
  const result = await deps.request(channel, input);
  if (!result.ok) deps.logger.warn('A tray or notification command failed', { channel, code: result.code, message: result.message });
}
