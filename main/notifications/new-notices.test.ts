import { describe, expect, it } from 'vitest';
import type { Notice } from '../../app/model/notice';
import { newNotices, occurrenceKey } from './new-notices';

function notice(id: string, createdAt: number): Notice {
  return { id, kind: 'session-expired', level: 'warning', message: `m ${id}`, createdAt };
}

const a1 = notice('session-expired:a', 100);
const b1 = notice('session-expired:b', 200);
const a2 = notice('session-expired:a', 300);

describe('newNotices', () => {
  it.each<[string, readonly Notice[][], readonly string[][]]>([
    ['the first list: everything is new', [[a1, b1]], [['session-expired:a', 'session-expired:b']]],
    ['the same list again: nothing', [[a1], [a1]], [['session-expired:a'], []]],
    ['one added: only that one', [[a1], [a1, b1]], [['session-expired:a'], ['session-expired:b']]],
    ['one removed: nothing', [[a1, b1], [b1]], [['session-expired:a', 'session-expired:b'], []]],
    ['dismissed, then raised again later: new again', [[a1], [], [a2]], [['session-expired:a'], [], ['session-expired:a']]],
    ['an empty list: nothing', [[]], [[]]],
  ])('%s', (_name, lists, expected) => {
    let seen: ReadonlySet<string> = new Set();
    const fresh = lists.map((list) => {
      const next = newNotices(seen, list);
      seen = next.seen;
      return next.fresh.map((item) => item.id);
    });
    expect(fresh).toEqual(expected);
  });

  it('remembers only what is still listed', () => {
    const first = newNotices(new Set(), [a1, b1]);
    const second = newNotices(first.seen, [b1]);
    expect([...second.seen]).toEqual([occurrenceKey(b1)]);
  });
});
