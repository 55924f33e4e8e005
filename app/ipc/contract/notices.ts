// The app's notices: things it tells the user once and keeps until dismissed.
import { z } from 'zod';
import { NoticeSchema } from '../../model/notice';
import { defineEvents, defineRequests } from '../define';

export const noticeRequests = defineRequests({
  'notices:list': { input: z.void(), output: z.array(NoticeSchema) },
  'notices:dismiss': { input: z.object({ noticeId: z.string().max(200) }), output: z.void() },
});

export const noticeEvents = defineEvents({
  /** The full list of notices, after any change. */
  'notices-changed': z.array(NoticeSchema),
});
