// The notices the user has not dismissed. A notice has a stable id per subject, so telling the user
// twice about the same thing (two callers noticing one expired session) shows it once. Messages
// are cut to a length a banner and a system notification can show: a message may quote text from
// outside (a settings file, a server), and that must not send megabytes to the page.
import { Emitter } from '../events/emitter';
import { cutText } from '../model/display-text';
import type { Notice } from '../model/notice';

/** Longest message kept, in UTF-16 units; longer ones end with an ellipsis. */
export const noticeMessageMaxLength = 1000;

export class NoticeCenter {
  #notices: readonly Notice[] = [];
  readonly #changed = new Emitter<readonly Notice[]>();
  readonly onDidChange = this.#changed.event;

  list(): readonly Notice[] {
    return this.#notices;
  }

  /** Adds the notice unless one with the same id is already shown; returns whether it was added. */
  add(notice: Notice): boolean {
    if (this.#notices.some((existing) => existing.id === notice.id)) return false;
    this.#notices = [...this.#notices, { ...notice, message: cutText(notice.message, noticeMessageMaxLength) }];
    this.#changed.fire(this.#notices);
    return true;
  }

  /** Removes a notice (dismissed by the user, or no longer true); no-op when absent. */
  remove(id: string): void {
    if (!this.#notices.some((notice) => notice.id === id)) return;
    this.#notices = this.#notices.filter((notice) => notice.id !== id);
    this.#changed.fire(this.#notices);
  }

  removeWhere(predicate: (notice: Notice) => boolean): void {
    if (!this.#notices.some(predicate)) return;
    this.#notices = this.#notices.filter((notice) => !predicate(notice));
    this.#changed.fire(this.#notices);
  }
}
