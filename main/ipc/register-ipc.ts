// The Electron transport of the contract: one invoke channel for requests, one push channel for
// events. Only this folder and the preload touch ipcMain/ipcRenderer (eslint.config.mjs).
import { ipcMain, type BrowserWindow } from 'electron';
import { ipcChannels } from '../../app/ipc/contract';
import { createDispatcher } from '../../app/ipc/dispatch';
import type { Core } from '../../app/core';
import type { Logger } from '../../app/ports/logger';
import type { RendererSource } from '../renderer-source';
import { describeUrlForLog } from '../../app/security/external-url-policy';
import { forwardEvents } from '../../app/host/forward-events';
import { isTrustedSender } from './trusted-sender';

export interface IpcDeps {
  readonly core: Core;
  readonly source: RendererSource;
  readonly logger: Logger;
  /** The window events go to; undefined while it is closed. */
  readonly getWindow: () => BrowserWindow | undefined;
}

/** Registers the request handler and event forwarding; returns a function that removes both. */
export function registerIpc(deps: IpcDeps): () => void {
  const dispatch = createDispatcher(deps.core.handlers, (channel, error) =>
    deps.logger.error('A request failed unexpectedly', { channel, error }),
  );

  ipcMain.handle(ipcChannels.request, async (event, channel: unknown, input: unknown) => {
    const frame = event.senderFrame;
    const sender = frame ? { url: frame.url, isMainFrame: frame.parent === null } : null;
    if (!isTrustedSender(sender, deps.source)) {
      deps.logger.warn('Refused a request from an untrusted frame', { origin: describeUrlForLog(frame?.url) });
      // Not a Result: an untrusted frame is not our UI and gets no error vocabulary to work with.
      throw new Error('Refused.');
    }
    return dispatch(channel, input, { senderId: `webContents:${event.sender.id}` });
  });

  const stopForwarding = forwardEvents(
    deps.core.events,
    (name, payload) => {
      const window = deps.getWindow();
      if (window && !window.isDestroyed()) window.webContents.send(ipcChannels.event, name, payload);
    },
    (name, error) => deps.logger.error('An event payload did not match the contract', { event: name, error }),
  );

  return () => {
    ipcMain.removeHandler(ipcChannels.request);
    stopForwarding();
  };
}
