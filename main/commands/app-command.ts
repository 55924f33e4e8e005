// What the tray menu and a clicked notification can ask for. Each command becomes a contract
// request to the core (through the same dispatcher the page uses) or a window action; a failed
// request is logged, since neither the menu nor a notification has a place to show it.
import type { RequestChannel, RequestInput } from '../../app/ipc/contract';
import type { Result } from '../../app/ipc/result';
import { assertNever } from '../../app/ipc/result';
import type { Logger } from '../../app/ports/logger';

export type AppCommand =
  | { readonly kind: 'open' }
  | { readonly kind: 'quit' }
  | { readonly kind: 'sign-in'; readonly instanceId: string }
  | { readonly kind: 'sign-out'; readonly instanceId: string }
  | { readonly kind: 'cancel-sign-in'; readonly instanceId: string }
  | { readonly kind: 'open-sign-in-page'; readonly instanceId: string };

export type CoreRequest = <C extends RequestChannel>(channel: C, input: RequestInput<C>) => Promise<Result<unknown>>;

export interface AppCommandDeps {
  readonly request: CoreRequest;
  /** Opens the portal window, or brings it forward. */
  readonly showWindow: () => void;
  readonly quit: () => void;
  readonly logger: Logger;
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
    default:
      return assertNever(command);
  }
}

async function send<C extends RequestChannel>(deps: AppCommandDeps, channel: C, input: RequestInput<C>): Promise<void> {
  const result = await deps.request(channel, input);
  if (!result.ok) deps.logger.warn('A tray or notification command failed', { channel, code: result.code, message: result.message });
}
