// What the desktop shell (main: the tray, notifications) asks of the portal page. "Settings…" in
// the tray opens the portal window at its settings screen; a window that is already open hears
// this event, one that opens for it starts with `#settings` in its URL (settingsHash, in channel-names.ts).
import { z } from 'zod';
import { defineEvents } from '../define';

export const shellEvents = defineEvents({
  'shell-open-settings': z.object({}),
});
