// The app's notices (a session ended, no keychain, settings reset), kept until dismissed.
// `notices-changed` carries the whole list after every change; `notices:list` fills the page
// when it opens.
import type { Notice } from '../../../app/model/notice';
import { actionKey } from './action-status';
import type { EventSlice, SliceContext } from './slice';

export interface NoticesSlice {
  readonly notices: readonly Notice[];
  loadNotices(): Promise<void>;
  dismissNotice(noticeId: string): Promise<void>;
}

export function createNoticesSlice({ desktop, set, run }: SliceContext): EventSlice<NoticesSlice> {
  let eventCount = 0;
  const state: NoticesSlice = {
    notices: [],
    async loadNotices() {
      const seen = eventCount;
      const result = await run(actionKey('notices:list'), () => desktop.request('notices:list'));
      if (result?.ok && eventCount === seen) set({ notices: result.value });
    },
    async dismissNotice(noticeId) {
      await run(actionKey('notices:dismiss', noticeId), () => desktop.request('notices:dismiss', { noticeId }));
    },
  };
  return {
    state,
    listen: () =>
      desktop.subscribe('notices-changed', (notices) => {
        eventCount += 1;
        set({ notices });
      }),
  };
}
