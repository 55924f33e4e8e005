// What the tray menu and the quick switcher can do with one role. Each action exists only once its
// feature has landed in the core (console, terminal credentials, the active profile); the host
// says which exist as `capabilities`, and menus and keys leave the others out rather than offer a
// button that does nothing. No zod here (the quick switcher page imports it); the contract's
// schema is in ipc/contract/quick-switcher.ts.

export const quickActions = ['open-console', 'copy-credentials', 'make-active'] as const;
export type QuickAction = (typeof quickActions)[number];

/** The actions the running app offers, in the order menus list them. */
export type QuickCapabilities = ReadonlySet<QuickAction>;

export const noQuickActions: QuickCapabilities = new Set();

/** Menu and hint wording. */
export const quickActionLabels: Readonly<Record<QuickAction, string>> = {
  'open-console': 'Open console',
  'copy-credentials': 'Copy credentials',
  'make-active': 'Make active profile',
};

/** The actions of `capabilities`, in the canonical order. */
export function offeredActions(capabilities: QuickCapabilities): QuickAction[] {
  return quickActions.filter((action) => capabilities.has(action));
}
