import { describe, expect, it } from 'vitest';
import { Realm, cloneAcrossBridge } from '../support/electron/realm';
import { createIpcMain, createProtocol, trayClass, nativeImageModule } from '../support/electron/system';
import { browserWindowClass } from '../support/electron/windows';

// The stand-in is only worth its tests if it refuses what Electron refuses: these are the rules a
// first launch would hit.
describe('the stand-in electron', () => {
  const notReady = () => {
    const realm = new Realm('linux');
    return { realm, ipcMain: createIpcMain(realm), protocol: createProtocol(realm), BrowserWindow: browserWindowClass(realm), Tray: trayClass(realm) };
  };

  it('refuses windows, tray icons, protocol handlers and IPC handlers before the app is ready', () => {
    const { BrowserWindow, Tray, protocol, ipcMain } = notReady();
    expect(() => new BrowserWindow()).toThrow(/before the app is ready/);
    expect(() => new Tray(nativeImageModule().createFromPath('/nowhere.png'))).toThrow(/before the app is ready/);
    expect(() => protocol.handle('app', () => new Response(''))).toThrow(/before the app is ready/);
    expect(() => ipcMain.handle('journal.timeline', () => null)).toThrow(/before the app is ready/);
  });

  it('refuses privileged schemes after ready, a second handler for a channel or scheme, and a missing preload', () => {
    const { realm, protocol, ipcMain, BrowserWindow } = notReady();
    realm.ready = true;
    expect(() => protocol.registerSchemesAsPrivileged([{ scheme: 'app' }])).toThrow(/before app is ready/);
    ipcMain.handle('a', () => null);
    expect(() => ipcMain.handle('a', () => null)).toThrow(/second handler/);
    protocol.handle('app', () => new Response(''));
    expect(() => protocol.handle('app', () => new Response(''))).toThrow(/Failed to register protocol/);
    expect(() => new BrowserWindow({ webPreferences: { preload: '/nowhere/preload.js' } })).toThrow(/Unable to load preload/);
  });

  it('copies what the preload exposes as contextBridge does: functions stay callable, the rest is cloned and frozen', async () => {
    class Thing {
      constructor(readonly n: number) {}
    }
    const exposed = cloneAcrossBridge({ call: async (x: { n: number }) => new Thing(x.n + 1), list: [1, 2] }) as { call(x: object): Promise<unknown>; list: number[] };
    const result = await exposed.call(new Thing(1));
    expect(result).toEqual({ n: 2 });
    expect(result).not.toBeInstanceOf(Thing);
    expect(Object.isFrozen(exposed.list)).toBe(true);
    expect(() => cloneAcrossBridge({ symbol: Symbol('x') })).toThrow();
  });
});
