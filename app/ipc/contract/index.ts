// The single IPC contract. Every request channel and pushed event is declared here (split per area
// in this folder); the preload's allow-list, main's handler table and the renderer's DesktopApi
// are all derived from it, so adding a channel without a handler is a compile error.
import type { z } from 'zod';
import type { Result } from '../result';
import type { EventName as NamedEvent, RequestChannel as NamedRequest } from './channel-names';
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

// channel-names.ts lists the same names for the page side, without the schemas: a channel added
// here and not there (or the reverse) fails to compile on one of these lines.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type AssertTrue<T extends true> = T;
export type RequestNamesMatch = AssertTrue<Same<RequestChannel, NamedRequest>>;
export type EventNamesMatch = AssertTrue<Same<EventName, NamedEvent>>;

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

export { ipcChannels, isEventName, isRequestChannel } from './channel-names';

export const requestChannels = Object.keys(requests) as RequestChannel[];
export const eventNames = Object.keys(events) as EventName[];
