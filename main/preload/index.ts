// The sandboxed preload: exposes the contract as `window.desktop` and nothing else. It never
// hands the page ipcRenderer or an IpcRendererEvent (Electron's context-isolation guide).
// Bundled as one CommonJS file (electron.vite.config.ts): a sandboxed preload cannot require
// anything beyond electron's own modules.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { ipcChannels } from '../../app/ipc/contract/channel-names';
import { openingRequests } from '../../app/ipc/contract/opening-requests';
import { createDesktopApi } from './desktop-api';

// The opening requests leave now, while the page's scripts load (see early-answers.ts).
const desktop = createDesktopApi({
  invoke: (channel, input) => ipcRenderer.invoke(ipcChannels.request, channel, input),
  listen: (listener) => {
    const onEvent = (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (typeof name === 'string') listener(name, payload);
    };
    ipcRenderer.on(ipcChannels.event, onEvent);
    return () => ipcRenderer.removeListener(ipcChannels.event, onEvent);
  },
}, { opening: openingRequests });

contextBridge.exposeInMainWorld('desktop', desktop);
