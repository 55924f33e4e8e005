// Which notices deserve a system notification: the ones not seen before. A notice keeps its id
// per subject (`session-expired:<instance>`), and the core removes it when dismissed or answered;
// if the same thing happens again later, it comes back with a new `createdAt`, so id + createdAt
// names one occurrence. The seen set keeps only what is still listed, so it never grows. Pure.
import type { Notice } from '../../app/model/notice';

export interface NewNotices {
  readonly fresh: readonly Notice[];
  /** Pass back in with the next list. */
  readonly seen: ReadonlySet<string>;
}

export function occurrenceKey(notice: Notice): string {
  return `${notice.id}@${notice.createdAt}`;
}

export function newNotices(seen: ReadonlySet<string>, current: readonly Notice[]): NewNotices {
  const fresh = current.filter((notice) => !seen.has(occurrenceKey(notice)));
  return { fresh, seen: new Set(current.map(occurrenceKey)) };
}
