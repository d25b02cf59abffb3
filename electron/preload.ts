import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge, type Envelope } from './api/bridge';

// Sandboxed preload: exposes exactly the contract's channels, never ipcRenderer itself.
contextBridge.exposeInMainWorld(
  'limber',
  buildBridge(
    (channel, input) => ipcRenderer.invoke(channel, input) as Promise<Envelope<unknown>>,
    (event, listener) => {
      const handler = (_event: unknown, payload: unknown) => listener(payload);
      ipcRenderer.on(`event:${event}`, handler);
      return () => ipcRenderer.off(`event:${event}`, handler);
    },
  ),
);
