// The core's composition: given the ports, build the services and the handler table that both
// transports serve. main/compose.ts calls this with Electron adapters, the dev web host with
// Node ones; nothing here knows which.
import type { Browser } from './ports/browser';
import type { Clock } from './ports/clock';
import type { Logger } from './ports/logger';
import { createEventHub, type EventHub } from './ipc/event-hub';
import type { HandlerTable } from './ipc/dispatch';
import type { AppInfo } from './ipc/contract/app-info';

export interface CorePorts {
  readonly clock: Clock;
  readonly browser: Browser;
  readonly logger: Logger;
}

export interface CoreOptions {
  readonly appName: string;
  readonly appVersion: string;
  readonly runtime: AppInfo['runtime'];
}

export interface Core {
  readonly handlers: HandlerTable;
  readonly events: EventHub;
  dispose(): Promise<void>;
}

export function createCore(_ports: CorePorts, options: CoreOptions): Core {
  const events = createEventHub();
  const handlers: HandlerTable = {
    'app:get-info': () => ({
      name: options.appName,
      version: options.appVersion,
      runtime: options.runtime,
      platform: process.platform,
    }),
  };
  return {
    handlers,
    events,
    async dispose() {},
  };
}
