import fs from 'node:fs';
import Module from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type * as ElectronModule from 'electron';
import type { LimberBridge } from '../../../electron/api/bridge';
import { AppStandIn, dialogModule, sessionModule, shellModule } from './app';
import { electronEvent, Realm } from './realm';
import { createIpcMain, createProtocol, MenuStandIn, nativeImageModule, nativeThemeModule, notificationClass, powerMonitorModule, trayClass } from './system';
import { browserWindowClass, type BrowserWindowStandIn } from './windows';
import type { Page } from './page';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const BUILT_MAIN = path.join(ROOT, 'dist', 'electron', 'main.js');

export interface LoadOptions {
  platform?: NodeJS.Platform;
  /** Extra command-line arguments, e.g. `--autostart`. */
  args?: string[];
  isPackaged?: boolean;
  /** Reuse the folders of an earlier run (a restart). */
  appData?: string;
  singleInstance?: boolean;
  /** The built main.js to load; the packaging check passes the one extracted from app.asar. */
  mainFile?: string;
  env?: Record<string, string | undefined>;
  /** Set up the stand-in before main.js runs (dialog answers, notification support…). */
  prepare?: (realm: Realm) => void;
}

/**
 * Loads the built main process under Node with a stand-in `electron` whose parts follow Electron's
 * rules, so a test sees what a person would: windows, the tray, notifications, dialogs, IPC.
 */
export function loadMain(options: LoadOptions = {}) {
  const platform = options.platform ?? 'linux';
  const appData = options.appData ?? fs.mkdtempSync(path.join(os.tmpdir(), 'limber-desktop-'));
  const documents = path.join(appData, 'Documents');
  fs.mkdirSync(documents, { recursive: true });
  const realm = new Realm(platform);
  const databaseOpens: { file: string; nativeBinding: string | undefined }[] = [];
  options.prepare?.(realm);
  const execPath = platform === 'win32' ? 'C:\\Program Files\\Limber\\Limber.exe' : '/opt/Limber/limber';
  const mainFile = options.mainFile ?? BUILT_MAIN;
  const appPath = path.resolve(path.dirname(mainFile), '..', '..');
  let windows = (): BrowserWindowStandIn[] => [];
  const app = new AppStandIn(realm, {
    appData,
    documents,
    isPackaged: options.isPackaged ?? false,
    singleInstance: options.singleInstance ?? true,
    execPath,
    appPath,
    windows: () => windows(),
  });
  realm.app = app;
  const { session, state: sessionState } = sessionModule(realm);
  const { shell, opened } = shellModule();
  const electron = {
    app,
    BrowserWindow: browserWindowClass(realm),
    dialog: dialogModule(realm),
    ipcMain: createIpcMain(realm),
    Menu: MenuStandIn,
    nativeImage: nativeImageModule(),
    nativeTheme: nativeThemeModule(),
    Notification: notificationClass(realm),
    powerMonitor: powerMonitorModule(realm),
    protocol: createProtocol(realm),
    session,
    shell,
    Tray: trayClass(realm),
  } satisfies Partial<Record<keyof typeof ElectronModule, unknown>>;

  // Autostart entries go to the test's folder, never the real home; PATH holds no desktop tools
  // (notify-send, dbus-send, gdbus) unless a test gives them, so the OS under test is the stand-in.
  const emptyBin = path.join(appData, 'bin');
  fs.mkdirSync(emptyBin, { recursive: true });
  const env = { XDG_CONFIG_HOME: path.join(appData, '.config'), PATH: emptyBin, ...options.env };
  const restore = overrideProcess(platform, execPath, [execPath, ...(options.isPackaged ? [] : [appPath]), ...(options.args ?? [])], env);
  try {
    const main = new Module(mainFile);
    main.filename = mainFile;
    main.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(mainFile));
    const realRequire = main.require.bind(main);
    main.require = ((id: string) => {
      if (id === 'electron') return electron;
      // The monotonic clock follows vitest's fake timers too (they replace only the global).
      if (id === 'node:perf_hooks') return { ...(realRequire(id) as object), get performance() { return globalThis.performance; } };
      if (id === 'better-sqlite3') return recordingDatabase(realRequire(id) as DatabaseConstructor, databaseOpens);
      return realRequire(id);
    }) as NodeJS.Require;
    (main as unknown as { _compile(source: string, file: string): void })._compile(fs.readFileSync(mainFile, 'utf8'), mainFile);
  } catch (error) {
    restore();
    throw error;
  }

  windows = () => electron.BrowserWindow.getAllWindows() as BrowserWindowStandIn[];
  /** The main window (the first one opened at a normal page). */
  const mainWindow = (): BrowserWindowStandIn => {
    const found = windows().find((w) => !/#\/(log|report|break)/.test(w.webContents.getURL()));
    if (!found) throw new Error('no Limber window is open');
    return found;
  };
  const pageOf = (window = mainWindow()): Page => {
    if (!window.webContents.page) throw new Error('the window has not loaded a page');
    return window.webContents.page;
  };
  /** A notification the OS still has a listener for: Electron drops the events of collected ones. */
  const listening = (index: number) => {
    const delivered = realm.deliveredNotifications[index];
    if (!delivered) throw new Error(`no notification #${index} was delivered (${realm.deliveredNotifications.length} were)`);
    const notification = delivered.ref.deref();
    if (!notification) throw new Error(`notification #${index} was garbage-collected: Limber no longer hears its buttons (electron#12690)`);
    return notification;
  };
  const tray = () => {
    const made = realm.trays.at(-1);
    if (!made) throw new Error('no tray icon was created');
    return made;
  };
  const desktop = {
    realm,
    /** The options of every `new Database(…)` the app made, in order. */
    databaseOpens,
    /** The OS's notification centre: what Limber handed it, and the person's clicks on it. */
    notifications: {
      delivered: () => realm.deliveredNotifications.map((d) => ({ ...d.options, closedByApp: d.closedByApp, alive: d.ref.deref() !== undefined })),
      /** The person presses button `actionIndex` of the `index`th notification delivered. */
      act(index: number, actionIndex: number) {
        listening(index).emit('action', electronEvent({ actionIndex, selectionIndex: -1 }), actionIndex, -1);
      },
      click(index: number) {
        listening(index).emit('click', electronEvent());
      },
      /** Windows moves a toast to Action Center when it leaves the screen and says `close`. */
      timeOut(index: number) {
        listening(index).emit('close', electronEvent({ reason: 'timedOut' }));
      },
    },
    app,
    electron,
    appData,
    sessionState,
    openedExternally: opened,
    /** The OS says the app is ready; resolves once start-up has settled. */
    async start() {
      app.becomeReady();
      await settle();
    },
    windows,
    window: mainWindow,
    page: pageOf,
    /** `window.limber` as the page sees it. */
    limber(window = mainWindow()): LimberBridge {
      return pageOf(window).mainWorld.limber as LimberBridge;
    },
    /** A request from the page to `app://…`, answered by Limber's protocol handler. */
    fetchApp(url: string): Promise<Response> {
      const handler = realm.protocolHandlers.get(new URL(url).protocol.slice(0, -1));
      if (!handler) throw new Error(`no handler for ${url}`);
      return Promise.resolve(handler(new Request(url)));
    },
    /** Whether Chromium would be let through to `url` (webRequest filters Limber installed). */
    async networkAllowed(url: string): Promise<boolean> {
      for (const { filter, listener } of sessionState.requestFilters) {
        if (!filter.urls.some((pattern) => matchesPattern(pattern, url))) continue;
        const response = await new Promise<ElectronModule.CallbackResponse>((resolve) => listener({ url } as ElectronModule.OnBeforeRequestListenerDetails, resolve));
        if (response.cancel) return false;
      }
      return true;
    },
    tray,
    /** Clicks a tray menu item by its labels, e.g. `['Pause reminders', 'For 1 hour']`. */
    clickTray(...labels: string[]) {
      const item = tray().menu?.find(labels);
      if (!item?.click) throw new Error(`the tray menu has no item ${labels.join(' › ')}; it has: ${tray().menu?.labels().join(', ')}`);
      item.click(item as never, undefined, {} as never);
    },
    quit() {
      app.quit();
    },
    /** Undoes the process overrides; the folder stays for a restart. */
    unload() {
      restore();
    },
  };
  return desktop;
}

export type Desktop = ReturnType<typeof loadMain>;

type DatabaseConstructor = new (file: string, options?: { nativeBinding?: string }) => unknown;

/** better-sqlite3 as the app gets it, noting the options of every database it opens. */
function recordingDatabase(Database: DatabaseConstructor, opens: { file: string; nativeBinding: string | undefined }[]) {
  return new Proxy(Database, {
    construct(target, args: [string, { nativeBinding?: string }?]) {
      opens.push({ file: args[0], nativeBinding: args[1]?.nativeBinding });
      return Reflect.construct(target, args) as object;
    },
  });
}

/** Lets start-up's promises and the stand-in's deferred events run. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setImmediate(resolve));
}

function overrideProcess(platform: NodeJS.Platform, execPath: string, argv: string[], env: Record<string, string | undefined>): () => void {
  const saved = { platform: Object.getOwnPropertyDescriptor(process, 'platform')!, execPath: process.execPath, argv: process.argv, env: { ...process.env } };
  Object.defineProperty(process, 'platform', { value: platform, configurable: true });
  process.execPath = execPath;
  process.argv = argv;
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  return () => {
    Object.defineProperty(process, 'platform', saved.platform);
    process.execPath = saved.execPath;
    process.argv = saved.argv;
    process.env = saved.env;
  };
}

/** Chromium's match patterns as webRequest filters use them: `scheme://host/path` with `*` wildcards. */
function matchesPattern(pattern: string, url: string): boolean {
  const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&')).join('.*')}$`);
  return regex.test(url);
}
