import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type { ContextBridge, IpcMainInvokeEvent, IpcRenderer, IpcRendererEvent, WebPreferences } from 'electron';
import { cloneAcrossBridge, cloneForIpc, electronEvent, type Realm } from './realm';
import type { WebContentsStandIn } from './windows';

let nextFrameId = 1;

/** A frame of a page, as `event.senderFrame` describes it to the main process. */
export interface Frame {
  readonly url: string;
  readonly parent: Frame | null;
  readonly top: Frame;
  readonly routingId: number;
  readonly processId: number;
}

function frame(url: string, parent: Frame | null): Frame {
  const made: { url: string; parent: Frame | null; top: Frame; routingId: number; processId: number } = {
    url,
    parent,
    top: undefined as unknown as Frame,
    routingId: nextFrameId++,
    processId: 1,
  };
  made.top = parent ? parent.top : made;
  return made;
}

type Listener = (event: IpcRendererEvent, ...args: unknown[]) => void;

/**
 * One loaded page. The preload runs here the way a sandboxed preload does: in a context of its own
 * whose `require` knows only `electron` (the renderer's half: contextBridge and ipcRenderer), and
 * what it exposes reaches the page's world only as contextBridge copies it.
 */
export class Page {
  readonly mainFrame: Frame;
  /** The page's own `window`: what the preload exposed, as the page sees it. */
  readonly mainWorld: Record<string, unknown> = {};
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(
    private readonly realm: Realm,
    private readonly contents: WebContentsStandIn,
    url: string,
    preferences: WebPreferences,
  ) {
    this.mainFrame = frame(url, null);
    if (preferences.preload) this.runPreload(preferences.preload, preferences);
  }

  /** A child frame (an iframe) of this page, for calls that should not be trusted. */
  addFrame(url: string): Frame {
    return frame(url, this.mainFrame);
  }

  /** `ipcRenderer.invoke` from any frame of this page, as Electron routes it to `ipcMain.handle`. */
  async invokeFrom(senderFrame: Frame, channel: string, ...args: unknown[]): Promise<unknown> {
    const handler = this.realm.ipcHandlers.get(channel);
    if (!handler) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
    const event = Object.assign(electronEvent(), {
      sender: this.contents,
      senderFrame: senderFrame,
      frameId: senderFrame.routingId,
      processId: senderFrame.processId,
      type: 'frame',
    }) as unknown as IpcMainInvokeEvent;
    return cloneForIpc(await handler(event, ...args.map(cloneForIpc)));
  }

  /** `webContents.send` arriving at the page's `ipcRenderer.on` listeners. */
  deliver(channel: string, args: unknown[]): void {
    const copies = args.map(cloneForIpc);
    for (const listener of this.listeners.get(channel) ?? []) listener(electronEvent() as unknown as IpcRendererEvent, ...copies);
  }

  listenerCount(channel: string): number {
    return this.listeners.get(channel)?.size ?? 0;
  }

  private runPreload(file: string, preferences: WebPreferences): void {
    const exposed = new Set<string>();
    const contextBridge = {
      exposeInMainWorld: (key: string, api: unknown) => {
        if (preferences.contextIsolation === false) throw new Error('contextBridge API can only be used when contextIsolation is enabled');
        if (exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property on the window object`);
        exposed.add(key);
        this.mainWorld[key] = cloneAcrossBridge(api);
      },
    } satisfies Partial<ContextBridge>;
    const invoke: IpcRenderer['invoke'] = (channel, ...args) => this.invokeFrom(this.mainFrame, channel, ...args);
    const ipcRenderer = {
      invoke,
      on: (channel: string, listener: Listener) => {
        if (!this.listeners.has(channel)) this.listeners.set(channel, new Set());
        this.listeners.get(channel)!.add(listener);
        return ipcRenderer as unknown;
      },
      off: (channel: string, listener: Listener) => {
        this.listeners.get(channel)?.delete(listener);
        return ipcRenderer as unknown;
      },
    };
    const rendererElectron = { contextBridge, ipcRenderer };

    const context = vm.createContext({ console });
    const wrapper = vm.runInContext(
      `(function (exports, require, module, __filename, __dirname) {${fs.readFileSync(file, 'utf8')}\n})`,
      context,
      { filename: file },
    ) as (...args: unknown[]) => void;
    const module = { exports: {} };
    const sandboxedRequire = (id: string) => {
      if (id === 'electron') return rendererElectron;
      throw new Error(`module not found: ${id} (a sandboxed preload can only require 'electron')`);
    };
    wrapper(module.exports, sandboxedRequire, module, file, path.dirname(file));
  }
}
