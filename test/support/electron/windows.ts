import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import type {
  BrowserWindow as ElectronBrowserWindow,
  BrowserWindowConstructorOptions,
  HandlerDetails,
  PrintToPDFOptions,
  WebContents as ElectronWebContents,
  WebPreferences,
  WindowOpenHandlerResponse,
} from 'electron';
import { electronEvent, type Realm, type Shape } from './realm';
import { Page, type Frame } from './page';

let nextId = 1;

/**
 * A window's web contents. `loadURL` runs the window's preload in a fresh page (see page.ts), as
 * Electron does on every load; what a real page would then do is up to the test.
 */
export class WebContentsStandIn extends EventEmitter implements Shape<ElectronWebContents> {
  readonly id = nextId++;
  page: Page | null = null;
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;
  private destroyed = false;

  constructor(
    private readonly realm: Realm,
    readonly webPreferences: WebPreferences,
  ) {
    super();
  }

  async loadURL(url: string): Promise<void> {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.page = new Page(this.realm, this, url, this.webPreferences);
    this.emit('did-finish-load', electronEvent());
    this.realm.onPageLoad?.(url, this);
  }

  getURL(): string {
    return this.page?.mainFrame.url ?? '';
  }

  get mainFrame() {
    return this.page?.mainFrame as unknown as ElectronWebContents['mainFrame'];
  }

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.page?.deliver(channel, args);
  }

  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }

  async printToPDF(options: PrintToPDFOptions): Promise<Buffer> {
    return Buffer.from(`%PDF-1.7 stand-in of ${this.getURL()} ${JSON.stringify(options)}`);
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Not an Electron method: the stand-in's way to end the contents with its window. */
  destroyContents(): void {
    this.destroyed = true;
    this.page = null;
  }

  /** A navigation the page starts (a link, `location = …`): returns whether the app let it happen. */
  navigate(url: string, frame: Frame | null = this.page?.mainFrame ?? null): boolean {
    const event = electronEvent({ url, isSameDocument: false, isMainFrame: frame?.parent === null, frame: frame as never, initiator: frame as never });
    this.emit('will-navigate', event, url, false, event.isMainFrame, 1, 1);
    if (event.defaultPrevented) return false;
    void this.loadURL(url);
    return true;
  }

  /** `window.open(url)` from the page: what the app's handler answers (Electron denies nothing by default). */
  openWindow(url: string): WindowOpenHandlerResponse {
    const details = { url, frameName: '', features: '', disposition: 'new-window', referrer: { url: this.getURL(), policy: 'strict-origin-when-cross-origin' } } satisfies HandlerDetails;
    return this.windowOpenHandler?.(details) ?? { action: 'allow' };
  }
}

/** BrowserWindow: refuses to exist before `ready`, keeps the options it was made with. */
export function browserWindowClass(realm: Realm) {
  const windows: BrowserWindowStandIn[] = [];

  class BrowserWindowStandIn extends EventEmitter implements Omit<Shape<ElectronBrowserWindow>, 'webContents'> {
    readonly id = nextId++;
    readonly webContents: WebContentsStandIn;
    visible = false;
    minimized = false;
    focused = false;
    private destroyed = false;

    static getAllWindows(): BrowserWindowStandIn[] {
      return [...windows];
    }

    static getFocusedWindow(): BrowserWindowStandIn | null {
      return windows.find((w) => w.focused) ?? null;
    }

    constructor(readonly options: BrowserWindowConstructorOptions = {}) {
      super();
      realm.mustBeReady('BrowserWindow');
      const preload = options.webPreferences?.preload;
      if (preload !== undefined && !fs.existsSync(preload)) throw new Error(`Unable to load preload script: ${preload}`);
      this.webContents = new WebContentsStandIn(realm, options.webPreferences ?? {});
      this.visible = options.show !== false;
      windows.push(this);
      realm.app.emit('web-contents-created', electronEvent(), this.webContents);
      realm.app.emit('browser-window-created', electronEvent(), this);
      // Electron emits ready-to-show once the first paint is done, after the first load.
      this.webContents.once('did-finish-load', () => setImmediate(() => this.emit('ready-to-show', electronEvent())));
    }

    loadURL(url: string): Promise<void> {
      return this.webContents.loadURL(url);
    }

    show(): void {
      this.visible = true;
      this.focused = true;
    }

    /** Shown, but the keyboard stays where it was. */
    showInactive(): void {
      this.visible = true;
    }

    hide(): void {
      this.visible = false;
    }

    isVisible(): boolean {
      return this.visible;
    }

    focus(): void {
      this.focused = true;
      this.visible = true;
    }

    minimize(): void {
      this.minimized = true;
    }

    isMinimized(): boolean {
      return this.minimized;
    }

    restore(): void {
      this.minimized = false;
    }

    isDestroyed(): boolean {
      return this.destroyed;
    }

    /** The person closes the window (or the app does): `close` may be prevented, then `closed`. */
    close(): void {
      if (this.destroyed) return;
      const event = electronEvent();
      this.emit('close', event);
      if (!event.defaultPrevented) this.destroy();
    }

    destroy(): void {
      if (this.destroyed) return;
      this.destroyed = true;
      this.visible = false;
      windows.splice(windows.indexOf(this), 1);
      this.webContents.destroyContents();
      this.emit('closed');
      if (windows.length === 0) realm.app.emit('window-all-closed');
    }

    setMenuBarVisibility(): void {}
    setAutoHideMenuBar(): void {}
  }
  return BrowserWindowStandIn;
}

export type BrowserWindowStandIn = InstanceType<ReturnType<typeof browserWindowClass>>;
