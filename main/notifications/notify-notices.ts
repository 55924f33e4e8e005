// Shows a system notification once per new notice (new-notices.ts decides which are new). Thin:
// the decisions are pure and tested; this file only talks to Electron's Notification.
import { Notification } from 'electron';
import type { EventHub } from '../../app/ipc/event-hub';
import type { Logger } from '../../app/ports/logger';
import type { Notice } from '../../app/model/notice';
import type { AppCommand } from '../commands/app-command';
import { onCoreEvent } from '../core-events';
import { newNotices } from './new-notices';
import { notificationContent } from './notification-content';

export interface NotifyNoticesDeps {
  readonly events: EventHub;
  readonly run: (command: AppCommand) => void;
  readonly logger: Logger;
  /** Whether a notice kind gets a notification (its switch in settings); all do without it. */
  readonly wanted?: (notice: Notice) => boolean;
}

/** Starts notifying; returns the stop. */
export function notifyNotices(deps: NotifyNoticesDeps): () => void {
  let seen: ReadonlySet<string> = new Set();
  // Electron drops the click handler of a notification that was garbage-collected: hold each
  // one until it is clicked or closed.
  const shown = new Set<Notification>();
  const stop = onCoreEvent(deps.events, 'notices-changed', (notices) => {
    const next = newNotices(seen, notices);
    seen = next.seen;
    // A notice whose switch is off is still seen: turning the switch on does not show it late.
    const fresh = next.fresh.filter((notice) => deps.wanted?.(notice) ?? true);
    if (fresh.length === 0) return;
    if (!Notification.isSupported()) {
      deps.logger.info('System notifications are not supported here; notices stay in the window');
      return;
    }
    for (const notice of fresh) {
      const content = notificationContent(notice);
      const notification = new Notification({
        title: content.title,
        body: content.body,
        // The action as a button too (macOS, Windows); the click does the same.
        ...(notice.action ? { actions: [{ type: 'button' as const, text: 'Sign in' }] } : {}),
      });
      notification.on('action', () => {
        shown.delete(notification);
        deps.run(content.onClick);
      });
      shown.add(notification);
      notification.on('click', () => {
        shown.delete(notification);
        deps.run(content.onClick);
      });
      notification.on('close', () => shown.delete(notification));
      notification.show();
    }
  });
  return () => {
    stop();
    shown.clear();
  };
}
