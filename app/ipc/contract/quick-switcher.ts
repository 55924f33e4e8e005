// The quick switcher (and the tray's role entries): which role actions the app offers, and running
// one. The action itself (a console, credentials on the clipboard, the active profile) is done in
// main; nothing secret comes back.
import { z } from 'zod';
import { RoleKeySchema } from '../../model/preferences-schema';
import { quickActions } from '../../model/quick-actions';
import { defineEvents, defineRequests } from '../define';

const QuickActionSchema = z.enum(quickActions);

export const quickSwitcherRequests = defineRequests({
  /** The actions this build offers, in menu order; the page shows keys for these only. */
  'quick-switcher:get-actions': { input: z.void(), output: z.array(QuickActionSchema) },
  'quick-switcher:run': { input: z.object({ action: QuickActionSchema, role: RoleKeySchema }), output: z.void() },
});

export const quickSwitcherEvents = defineEvents({});
