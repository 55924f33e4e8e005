// One system notification for a shell rule (notification-rules.ts): a click runs its command, its
// button (a Sign in) runs the action's. Electron drops the handlers of a notification that was
// garbage-collected, so each is held until it is clicked or closed.
import { Notification } from 'electron';
import type { AppCommand } from '../commands/app-command';
import type { ShellNotification } from '../notifications/notification-rules';

export function createNotifier(run: (command: AppCommand) => void): { show(notification: ShellNotification): void; clear(): void } {
  const shown = new Set<Notification>();
  return {
    show(content) {
      if (!Notification.isSupported()) return;
      const notification = new Notification({
        title: content.title,
        body: content.body,
        ...(content.action ? { actions: [{ type: 'button' as const, text: content.action.label }] } : {}),
      });
      shown.add(notification);
      notification.on('click', () => {
        shown.delete(notification);
        run(content.onClick);
      });
      notification.on('action', () => {
        shown.delete(notification);
        if (content.action) run(content.action.command);
      });
      notification.on('close', () => shown.delete(notification));
      notification.show();
    },
    clear: () => shown.clear(),
  };
}
