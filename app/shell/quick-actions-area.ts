// The role actions behind the tray's role entries and the quick switcher, as one table: an action
// is offered when its feature gave the core a runner for it (console: Core.openConsole, terminal
// credentials: Core.copyCredentials, active profile: Core.setActiveProfile). Until then it is
// absent, and the page and the menu leave it out instead of offering something that does nothing.
import type { HandlerTable } from '../ipc/dispatch';
import type { quickSwitcherRequests } from '../ipc/contract/quick-switcher';
import { AppError } from '../ipc/result';
import type { RoleKey } from '../model/preferences';
import { quickActionLabels, quickActions, type QuickAction, type QuickCapabilities } from '../model/quick-actions';

export type QuickActionRunners = Readonly<Partial<Record<QuickAction, (role: RoleKey) => Promise<void>>>>;

export function quickCapabilities(runners: QuickActionRunners): QuickCapabilities {
  return new Set(quickActions.filter((action) => runners[action] !== undefined));
}

export const quickActionsArea = {
  handlers(runners: QuickActionRunners): Pick<HandlerTable, keyof typeof quickSwitcherRequests> {
    return {
      'quick-switcher:get-actions': () => [...quickCapabilities(runners)],
      'quick-switcher:run': async ({ action, role }) => {
        const run = runners[action];
        if (!run) throw new AppError('not-found', `${quickActionLabels[action]} is not available in this version of the app.`);
        await run(role);
      },
    };
  },
};
