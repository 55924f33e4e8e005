// The notices area: what the app tells the user once and keeps until dismissed. Starts with the
// core's start-up notices and publishes every change as `notices-changed`.
import type { CoreContext } from '../core-context';
import type { HandlerTable } from '../ipc/dispatch';
import type { noticeRequests } from '../ipc/contract/notices';
import { NoticeCenter } from './notice-center';

export interface NoticesArea {
  readonly notices: NoticeCenter;
  dispose(): void;
}

export const noticesArea = {
  start(context: CoreContext): NoticesArea {
    const notices = new NoticeCenter();
    const stop = notices.onDidChange((list) => context.events.emit('notices-changed', [...list]));
    context.startupNotices.forEach((notice) => notices.add(notice));
    return { notices, dispose: stop };
  },

  handlers(area: () => Promise<NoticesArea>): Pick<HandlerTable, keyof typeof noticeRequests> {
    return {
      'notices:list': async () => [...(await area()).notices.list()],
      'notices:dismiss': async ({ noticeId }) => {
        (await area()).notices.remove(noticeId);
      },
    };
  },
};
