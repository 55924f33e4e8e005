import { describe, expect, it } from 'vitest';
import type { Notice } from '../model/notice';
import { NoticeCenter, noticeMessageMaxLength } from './notice-center';

const notice = (message: string): Notice => ({ id: 'n', kind: 'settings-reset', level: 'warning', message, createdAt: 0 });

describe('NoticeCenter', () => {
  it('cuts a long message with an ellipsis: what reaches the page and a system notification stays short', () => {
    const center = new NoticeCenter();
    const published: (readonly Notice[])[] = [];
    center.onDidChange((list) => published.push(list));
    center.add(notice(`Something went wrong: ${'x'.repeat(50 * 1024 * 1024)}`));
    const [shown] = center.list();
    expect(shown?.message.length).toBe(noticeMessageMaxLength);
    expect(shown?.message).toMatch(/^Something went wrong: x+…$/);
    expect(published[0]?.[0]?.message.length).toBe(noticeMessageMaxLength);
  });

  it('keeps a message that fits as it is', () => {
    const center = new NoticeCenter();
    center.add(notice('Your session has ended.'));
    expect(center.list()[0]?.message).toBe('Your session has ended.');
  });

  it('does not split a character made of two UTF-16 units at the cut', () => {
    const center = new NoticeCenter();
    center.add(notice(`${'a'.repeat(noticeMessageMaxLength - 2)}😀😀`));
    expect(center.list()[0]?.message).toBe(`${'a'.repeat(noticeMessageMaxLength - 2)}…`);
  });
});
