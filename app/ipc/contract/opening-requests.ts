// The requests every page of the app asks as its store connects (renderer/src/store/app-store.ts),
// none with input: the instances, the notices, the user's preferences and settings, and every
// portal list. The transports send them as the window opens, before the page's scripts have run
// (main/preload/early-answers.ts), so the answers are waiting by the time the page asks.
// app-store.test.ts checks that connecting asks exactly these, so the list cannot drift from the store.
import type { RequestChannel } from './channel-names';

export const openingRequests = [
  'instances:list',
  'notices:list',
  'preferences:get',
  'settings:get',
  // Last: its answer is the big one, and the small ones should not queue behind it.
  'portal:get-snapshots',
] as const satisfies readonly RequestChannel[];
