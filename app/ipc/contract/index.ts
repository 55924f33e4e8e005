// The single IPC contract. Every request channel and pushed event is declared here (split per area
// in this folder); the preload's allow-list, main's handler table and the renderer's DesktopApi
// are all derived from it, so adding a channel without a handler is a compile error.
import type { z } from 'zod';
import type { Result } from '../result';
import { appInfoEvents, appInfoRequests } from './app-info';
import { appSettingsEvents, appSettingsRequests } from './app-settings';
import { consoleEvents, consoleRequests } from './console';
import { credentialsEvents, credentialsRequests } from './credentials';
import { instanceEvents, instanceRequests } from './instances';
import { noticeEvents, noticeRequests } from './notices';
import { portalEvents, portalRequests } from './portal';
import { preferenceEvents, preferenceRequests } from './preferences';
import { profileEvents, profileRequests } from './profiles';
import { quickSwitcherEvents, quickSwitcherRequests } from './quick-switcher';
import { sessionEvents, sessionRequests } from './sessions';
import { shellEvents } from './shell';

// One line per area: its requests and its events.
export const requests = {
  ...appInfoRequests,
  ...instanceRequests,
  ...sessionRequests,
  ...noticeRequests,
  ...portalRequests,
  ...preferenceRequests,
  ...appSettingsRequests,
  ...consoleRequests,
  ...profileRequests,
  ...credentialsRequests,
  ...quickSwitcherRequests,
} as const;

export const events = {
  ...appInfoEvents,
  ...instanceEvents,
  ...sessionEvents,
  ...noticeEvents,
  ...portalEvents,
  ...preferenceEvents,
  ...appSettingsEvents,
  ...consoleEvents,
  ...credentialsEvents,
  ...quickSwitcherEvents,
  ...profileEvents,
  ...shellEvents,
} as const;

export type Requests = typeof requests;
export type Events = typeof events;
export type RequestChannel = keyof Requests & string;
export type EventName = keyof Events & string;

export type RequestInput<C extends RequestChannel> = z.input<Requests[C]['input']>;
export type ParsedInput<C extends RequestChannel> = z.output<Requests[C]['input']>;
export type RequestOutput<C extends RequestChannel> = z.output<Requests[C]['output']>;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

/** Requests whose input is void can be called without an argument. */
export type RequestArgs<C extends RequestChannel> = [RequestInput<C>] extends [void | undefined]
  ? [input?: RequestInput<C>]
  : [input: RequestInput<C>];

/** What the preload (or the web host bridge) exposes to the page as `window.desktop`. */
export interface DesktopApi {
  request<C extends RequestChannel>(channel: C, ...args: RequestArgs<C>): Promise<Result<RequestOutput<C>>>;
  subscribe<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** The IPC channel names used on the wire. Requests share one invoke channel, events one push channel. */
export const ipcChannels = {
  request: 'desktop:request',
  event: 'desktop:event',
} as const;

export const requestChannels = Object.keys(requests) as RequestChannel[];
export const eventNames = Object.keys(events) as EventName[];

export function isRequestChannel(value: unknown): value is RequestChannel {
  return typeof value === 'string' && Object.hasOwn(requests, value);
}

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && Object.hasOwn(events, value);
}
