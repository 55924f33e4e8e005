// The desktop shell around the core: the tray (icon per state, menu, tooltip), the quick switcher's
// global shortcut, the shell's notifications, and the settings that reach the OS (launch at login,
// theme, the macOS Dock icon). The decisions are pure and tested on their own (tray-menu.ts,
// tray-icon-state.ts, global-shortcut.ts, notification-rules.ts, shell-policies.ts); this file
// connects them to Electron. A minute timer looks again at the times (a session ending soon, time
// left): the tray compares models, so a tick that changes nothing redraws nothing.
import { app, globalShortcut, nativeTheme, Notification } from 'electron';
import type { Core } from '../../app/core';
import type { AppSettings } from '../../app/model/app-settings';
import type { Logger } from '../../app/ports/logger';
import type { AppCommand, CoreRequest } from '../commands/app-command';
import { emptyRuleMemory, notificationsFor, type RuleMemory, type ShellObservation } from '../notifications/notification-rules';
import { notifyNotices } from '../notifications/notify-notices';
import { createTray, type AppTray } from '../tray/create-tray';
import { roleChoice, roleChoiceLabel } from '../../app/model/role-choices';
import { onCoreEvent } from '../core-events';
import { createQuickSwitcherShortcut } from './global-shortcut';
import { loginItemSettings, themeSource } from './shell-policies';
import { createShellState } from './shell-state';
import { createNotifier } from './show-notification';

export interface ShellDeps {
  readonly core: Core;
  readonly request: CoreRequest;
  readonly logger: Logger;
  readonly run: (command: AppCommand) => void;
  readonly showQuickSwitcher: () => void;
  /** The Dock follows the settings and the open windows (macOS). */
  readonly settingsApplied?: (settings: AppSettings) => void;
  readonly platform?: NodeJS.Platform;
  readonly now?: () => number;
}

export interface Shell {
  readonly tray: AppTray;
  /** The settings as last applied. */
  settings(): AppSettings;
  stop(): void;
}

export const shellTickMs = 60_000;

export function startShell(deps: ShellDeps): Shell {
  const platform = deps.platform ?? process.platform;
  const now = deps.now ?? Date.now;
  const tray = createTray(deps.run, platform);
  const notifier = createNotifier(deps.run);
  const shortcut = createQuickSwitcherShortcut(globalShortcut, deps.showQuickSwitcher, platform === 'darwin');
  let memory: RuleMemory = emptyRuleMemory;
  let lastShortcutMessage: string | undefined;

  const observe = (observation: ShellObservation) => {
    const next = notificationsFor(memory, observation, state.snapshot().settings.notifications);
    memory = next.memory;
    next.notifications.forEach((notification) => notifier.show(notification));
  };
  const redraw = () => {
    const snapshot = state.snapshot();
    tray.update(state.trayState(app.getName(), now(), shortcut.status()));
    observe({ kind: 'instances', instances: snapshot.instances, now: now() });
  };
  const applySettings = (settings: AppSettings) => {
    const status = shortcut.apply(settings.shell.globalShortcut);
    if (!status.registered && status.message !== lastShortcutMessage) {
      // Said once per setting, not on every change of another setting.
      deps.logger.warn('The quick switcher shortcut could not be registered', { accelerator: status.accelerator });
      if (Notification.isSupported()) notifier.show({ kind: 'shortcut-unavailable', title: 'Quick switcher shortcut unavailable', body: status.message, onClick: { kind: 'open-settings' } });
    }
    lastShortcutMessage = status.registered ? undefined : status.message;
    // Only a packaged app registers itself as a login item: a checkout would start Electron's binary.
    if (app.isPackaged && (platform === 'darwin' || platform === 'win32')) app.setLoginItemSettings(loginItemSettings(settings.shell));
    nativeTheme.themeSource = themeSource(settings.shell);
    deps.settingsApplied?.(settings);
  };

  const state = createShellState({
    core: deps.core,
    request: deps.request,
    logger: deps.logger,
    changed: redraw,
    settingsChanged: applySettings,
    portalRefreshed: (instance, diff, accountsNow) => observe({ kind: 'portal-refreshed', instanceName: instance?.displayName ?? 'IAM Identity Center', diff, accountsNow }),
  });
  // A session expiry notice is shown when its switch (notifications.expired) is on.
  const stopNotices = notifyNotices({
    events: deps.core.events,
    run: deps.run,
    logger: deps.logger,
    wanted: (notice) => notice.kind !== 'session-expired' || state.snapshot().settings.notifications.expired,
  });
  // A kept profile renewed or not: the rule tells once per failure episode; the tray's expiry moves.
  const stopRenewals = onCoreEvent(deps.core.events, 'profile-renewal', ({ profile, role, renewed }) => {
    const snapshot = state.snapshot();
    observe({ kind: 'profile-renewal', profile, roleLabel: roleChoiceLabel(roleChoice(role, snapshot.accounts, snapshot.preferences)), renewed });
    void state.refreshActive().catch((error: unknown) => deps.logger.warn('The tray could not read the active profiles', { error }));
  });
  const timer = setInterval(() => {
    redraw();
    void state.refreshActive().catch((error: unknown) => deps.logger.warn('The tray could not read the active profiles', { error }));
  }, shellTickMs);
  timer.unref?.();
  redraw();

  return {
    tray,
    settings: () => state.snapshot().settings,
    stop() {
      clearInterval(timer);
      state.stop();
      stopNotices();
      stopRenewals();
      shortcut.dispose();
      notifier.clear();
      tray.destroy();
    },
  };
}
