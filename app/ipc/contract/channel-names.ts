// The contract's channel and event names as plain strings, without its schemas. The page side (the
// preload's allow-list and the web host's bridge) needs only the names; importing the schemas there
// would build every zod schema of the contract while the window first loads (about 90 ms of the
// 300 ms first-render budget on a 2-core machine). index.ts checks at compile time that these lists
// and the contract's tables name exactly the same channels, so neither can drift.

export const requestChannelNames = [
  'app:get-info',
  'instances:list',
  'instances:add',
  'instances:update',
  'instances:remove',
  'sessions:sign-in',
  'sessions:cancel-sign-in',
  'sessions:open-sign-in-page',
  'sessions:sign-out',
  'notices:list',
  'notices:dismiss',
  'portal:get-snapshot',
  'portal:get-snapshots',
  'portal:refresh',
  'preferences:get',
  'preferences:set-favourite',
  'preferences:set-account',
  'settings:get',
  'settings:update',
  'console:open',
  'profiles:preview-sync',
  'profiles:sync',
  'profiles:set-active',
  'profiles:get-active',
  'credentials:copy',
  'credentials:preview',
  'credentials:copy-process-line',
  'quick-switcher:get-actions',
  'quick-switcher:run',
] as const;

export const eventNameList = [
  'instances-changed',
  'notices-changed',
  'portal-changed',
  'portal-progress-changed',
  'portal-refreshed',
  'preferences-changed',
  'settings-changed',
  'profile-renewal',
  'shell-open-settings',
] as const;

export type RequestChannel = (typeof requestChannelNames)[number];
export type EventName = (typeof eventNameList)[number];

/** The portal page's URL fragment that opens it at the settings screen (see shell.ts). */
export const settingsHash = '#settings';

/** The IPC channel names used on the wire. Requests share one invoke channel, events one push channel. */
export const ipcChannels = {
  request: 'desktop:request',
  event: 'desktop:event',
} as const;

// Sets of unknown: a value that is not one of these strings (a number, an object, a prototype key)
// is simply not in them.
const requestChannelSet: ReadonlySet<unknown> = new Set(requestChannelNames);
const eventNameSet: ReadonlySet<unknown> = new Set(eventNameList);

export function isRequestChannel(value: unknown): value is RequestChannel {
  return requestChannelSet.has(value);
}

export function isEventName(value: unknown): value is EventName {
  return eventNameSet.has(value);
}
