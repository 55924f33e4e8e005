// The Electron transport of the contract: one invoke channel for requests, one push channel for
// events. Only this folder and the preload touch ipcMain/ipcRenderer (eslint.config.mjs). The
// window registry says who is asking and who is listening: requests are answered for app-page
// windows on their own page, events go to every app-page window and never to a console.
import { ipcMain } from 'electron';
import { ipcChannels } from '../../app/ipc/contract';
import { createDispatcher } from '../../app/ipc/dispatch';
import type { Core } from '../../app/core';
import type { Logger } from '../../app/ports/logger';
import type { RendererSource } from '../renderer-source';
import { describeUrlForLog } from '../../app/security/external-url-policy';
import { forwardEvents } from '../../app/host/forward-events';
import type { TrackedWindow, WindowRegistry } from '../windows/window-registry';
import { isTrustedSender } from './trusted-sender';

/** A window as IPC sees it: something the registry tracks that can be sent an event. */
export interface EventWindow extends TrackedWindow {
  readonly webContents: TrackedWindow['webContents'] & { send(channel: string, ...args: unknown[]): void };
}

export interface IpcDeps {
  readonly core: Pick<Core, 'handlers' | 'events'>;
  readonly source: RendererSource;
  readonly logger: Logger;
  readonly windows: Pick<WindowRegistry<EventWindow>, 'kindOf' | 'appPageWindows'>;
}

/** Registers the request handler and event forwarding; returns a function that removes both. */
export function registerIpc(deps: IpcDeps): () => void {
  const dispatch = createDispatcher(deps.core.handlers, (channel, error) =>
    deps.logger.error('A request failed unexpectedly', { channel, error }),
  );

  ipcMain.handle(ipcChannels.request, async (event, channel: unknown, input: unknown) => {
    const frame = event.senderFrame;
    const sender = frame ? { url: frame.url, isMainFrame: frame.parent === null } : null;
    const kind = deps.windows.kindOf(event.sender);
    if (!isTrustedSender(sender, kind, deps.source)) {
      deps.logger.warn('Refused a request from an untrusted frame', { kind: kind ?? 'unknown', origin: describeUrlForLog(frame?.url) });
      // Not a Result: an untrusted frame is not our UI and gets no error vocabulary to work with.
      throw new Error('Refused.');
    }
    return dispatch(channel, input, { senderId: `webContents:${event.sender.id}` });
  });

  const stopForwarding = forwardEvents(
    deps.core.events,
    (name, payload) => {
      for (const window of deps.windows.appPageWindows()) window.webContents.send(ipcChannels.event, name, payload);
    },
    (name, error) => deps.logger.error('An event payload did not match the contract', { event: name, error }),
  );

  return () => {
    ipcMain.removeHandler(ipcChannels.request);
    stopForwarding();
  };
}
