import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import type {
  CustomScheme,
  IpcMain,
  IpcMainInvokeEvent,
  Menu as ElectronMenu,
  MenuItemConstructorOptions,
  NativeImage,
  NativeTheme,
  Notification as ElectronNotification,
  NotificationConstructorOptions,
  PowerMonitor,
  Protocol,
  Tray as ElectronTray,
} from 'electron';
import { electronEvent, type Realm, type Shape } from './realm';

type InvokeHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;
type ProtocolHandler = (request: Request) => Response | Promise<Response>;

export function createIpcMain(realm: Realm) {
  return Object.assign(new EventEmitter(), {
    handle(channel: string, listener: InvokeHandler) {
      realm.mustBeReady(`ipcMain.handle('${channel}')`);
      if (realm.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      realm.ipcHandlers.set(channel, listener);
    },
    removeHandler(channel: string) {
      realm.ipcHandlers.delete(channel);
    },
  }) satisfies Shape<IpcMain>;
}

export function createProtocol(realm: Realm) {
  return {
    registerSchemesAsPrivileged(schemes: CustomScheme[]) {
      if (realm.ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
      realm.privilegedSchemes.push(...schemes);
    },
    handle(scheme: string, handler: ProtocolHandler) {
      realm.mustBeReady(`protocol.handle('${scheme}')`);
      if (realm.protocolHandlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
      realm.protocolHandlers.set(scheme, handler);
    },
    isProtocolHandled: (scheme: string) => realm.protocolHandlers.has(scheme),
  } satisfies Partial<Protocol>;
}

/**
 * A menu built from a template keeps the template, so tests can click its items as a person would.
 * Its static methods take and give Electron's types; the instance is only ever handed back to them.
 */
export class MenuStandIn extends EventEmitter {
  constructor(readonly template: MenuItemConstructorOptions[]) {
    super();
  }

  static buildFromTemplate(template: Parameters<typeof ElectronMenu.buildFromTemplate>[0]): ElectronMenu {
    return new MenuStandIn(template as MenuItemConstructorOptions[]) as unknown as ElectronMenu;
  }

  static applicationMenu: MenuStandIn | null | undefined;

  static setApplicationMenu(menu: ElectronMenu | null): void {
    MenuStandIn.applicationMenu = menu as unknown as MenuStandIn | null;
  }

  static getApplicationMenu(): ElectronMenu | null {
    return (MenuStandIn.applicationMenu ?? null) as unknown as ElectronMenu | null;
  }

  /** The item a person can pick at a path of labels, e.g. `['Pause reminders', 'For 1 hour']` (disabled rows are text). */
  find(labels: readonly string[]): MenuItemConstructorOptions | undefined {
    let items: MenuItemConstructorOptions[] = this.template;
    let found: MenuItemConstructorOptions | undefined;
    for (const label of labels) {
      found = items.find((item) => item.label === label && item.enabled !== false);
      if (!found) return undefined;
      items = Array.isArray(found.submenu) ? (found.submenu as MenuItemConstructorOptions[]) : [];
    }
    return found;
  }

  labels(): string[] {
    return this.template.filter((item) => item.type !== 'separator').map((item) => item.label ?? '');
  }
}

export function nativeImageModule() {
  return {
    createFromPath(path: string): NativeImage {
      // Electron returns an empty image for a missing or unreadable file; it does not throw.
      const bytes = fs.existsSync(path) ? fs.readFileSync(path) : null;
      const isImage = bytes !== null && bytes.subarray(1, 4).toString('latin1') === 'PNG';
      let template = false;
      return {
        isEmpty: () => !isImage,
        isTemplateImage: () => template,
        setTemplateImage: (on: boolean) => {
          template = on;
        },
        getSize: () => (isImage ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) } : { width: 0, height: 0 }),
      } as Partial<NativeImage> as NativeImage;
    },
  };
}

export function trayClass(realm: Realm) {
  return class TrayStandIn extends EventEmitter implements Shape<ElectronTray> {
    menu: MenuStandIn | null = null;
    /** Each menu set, as text: what the person would see. */
    readonly menuHistory: string[] = [];
    tooltip = '';
    private destroyed = false;

    constructor(readonly image: NativeImage) {
      super();
      realm.mustBeReady('Tray');
      realm.trays.push(this);
    }

    setContextMenu(menu: ElectronMenu | null): void {
      this.menu = menu as unknown as MenuStandIn | null;
      this.menuHistory.push(JSON.stringify(this.menu?.template ?? null));
    }

    setToolTip(tooltip: string): void {
      this.tooltip = tooltip;
    }

    destroy(): void {
      this.destroyed = true;
    }

    isDestroyed(): boolean {
      return this.destroyed;
    }
  };
}
export type TrayStandIn = InstanceType<ReturnType<typeof trayClass>>;

/**
 * Electron's Notification. The OS keeps only a weak hold on it, like Electron (electron#12690): a
 * notification the app stops referencing is garbage-collected and its buttons then do nothing.
 */
export function notificationClass(realm: Realm) {
  return class NotificationStandIn extends EventEmitter implements Shape<ElectronNotification> {
    static isSupported(): boolean {
      return realm.notificationsSupported;
    }

    readonly title: string;
    readonly body: string;

    constructor(readonly options: NotificationConstructorOptions = {}) {
      super();
      this.title = options.title ?? '';
      this.body = options.body ?? '';
    }

    show(): void {
      const failure = realm.notificationFailure();
      if (failure) {
        setImmediate(() => this.emit('failed', electronEvent(), failure));
        return;
      }
      realm.deliveredNotifications.push({ ref: new WeakRef(this), options: this.options, closedByApp: false });
      this.emit('show', electronEvent());
    }

    close(): void {
      const delivered = realm.deliveredNotifications.find((d) => d.ref.deref() === this);
      if (delivered) delivered.closedByApp = true;
      this.emit('close', electronEvent({}));
    }
  };
}

export function powerMonitorModule(realm: Realm) {
  const monitor = Object.assign(new EventEmitter(), {
    getSystemIdleTime: () => realm.idleSeconds,
    getSystemIdleState: (threshold: number) => (realm.idleSeconds >= threshold ? ('idle' as const) : ('active' as const)),
    isOnBatteryPower: () => false,
  }) satisfies Shape<PowerMonitor>;
  // Electron: "The powerMonitor module can't be used until the ready event of the app module is emitted."
  return new Proxy(monitor, {
    get(target, key, receiver) {
      realm.mustBeReady(`powerMonitor.${String(key)}`);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

export function nativeThemeModule() {
  return Object.assign(new EventEmitter(), { shouldUseDarkColors: false, themeSource: 'system' as const }) satisfies Shape<NativeTheme>;
}
