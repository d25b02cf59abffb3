import type { EventEmitter } from 'node:events';
import type { CustomScheme, Event as ElectronEvent, IpcMainInvokeEvent, NotificationConstructorOptions } from 'electron';
import type { TrayStandIn } from './system';

/**
 * What the stand-in `electron` module shares between its parts: whether the app is ready, and what
 * the app did that a person would see (windows, notifications, dialogs, the tray, quitting).
 * Everything here is recorded so tests can assert on it; nothing here is part of Electron's API.
 */
export class Realm {
  ready = false;
  /** Set by the stand-in's app once made; parts emit app events such as `web-contents-created` through it. */
  app!: EventEmitter;
  readonly ipcHandlers = new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown>();
  readonly protocolHandlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  readonly privilegedSchemes: CustomScheme[] = [];
  readonly trays: TrayStandIn[] = [];
  /** What reached the OS's notification centre; the app's objects are held weakly, as the OS does. */
  readonly deliveredNotifications: { ref: WeakRef<EventEmitter>; options: NotificationConstructorOptions; closedByApp: boolean }[] = [];
  /** Every dialog shown, in order, with what it said. */
  readonly dialogs: { kind: string; options: unknown }[] = [];
  /** Answers for message boxes, taken in order (the index of the button pressed); default: the default button. */
  readonly messageBoxAnswers: number[] = [];
  saveDialogAnswer: string | null = null;
  /** What the page does once loaded (the renderer itself is tested in Chromium; here a test acts it out). */
  onPageLoad: ((url: string, contents: EventEmitter) => void) | null = null;
  idleSeconds = 0;
  notificationsSupported = true;
  appUserModelId: string | null = null;
  appUserModelIdSetBeforeReady = false;
  macSigned = true;
  /** macOS: the login item waits for the person's approval in System Settings. */
  loginItemNeedsApproval = false;
  /** macOS: the OS opened the app at login. */
  openedAtLogin = false;
  exitCode: number | null = null;
  quitCalled = false;
  relaunches: { args?: string[]; execPath?: string }[] = [];
  /** The application locale Chromium picked from the OS (LANG on Linux). */
  locale = 'en-US';

  constructor(readonly platform: NodeJS.Platform) {}

  /** Electron throws these synchronously; the app would crash at start-up. */
  mustBeReady(what: string): void {
    if (!this.ready) throw new Error(`${what} cannot be used before the app is ready`);
  }

  /**
   * Why the OS would refuse to show a notification: unsigned macOS apps cannot post to
   * UNUserNotificationCenter; Windows toasts need the app's AppUserModelID.
   */
  notificationFailure(): string | null {
    if (this.platform === 'darwin' && !this.macSigned) return 'Notifications are not allowed for this application (not code-signed)';
    if (this.platform === 'win32' && this.appUserModelId === null) return 'No AppUserModelID: the toast cannot be attributed to an app';
    return null;
  }
}

/**
 * How a stand-in is checked against electron.d.ts: every member it has must have Electron's type.
 * EventEmitter's own methods are left out (Electron retypes them to return its classes).
 */
export type Shape<T> = Partial<Omit<T, keyof NodeJS.EventEmitter>>;

/** An Electron event object: `preventDefault()` and `defaultPrevented`, plus its parameters. */
export function electronEvent<P extends object>(params: P = {} as P): ElectronEvent<P> {
  let prevented = false;
  return Object.assign(
    {
      preventDefault: () => {
        prevented = true;
      },
      get defaultPrevented() {
        return prevented;
      },
    },
    params,
  );
}

/**
 * Values crossing between the page, the preload and the main process are copied with the
 * structured clone algorithm, as Electron's IPC and contextBridge do: class instances arrive as
 * plain objects, functions cannot be sent over IPC at all.
 */
export function cloneForIpc<T>(value: T): T {
  return structuredClone(value);
}

/**
 * contextBridge's copy of a value exposed to the page: functions stay callable (their arguments and
 * results copied in turn, promises resolved then copied), everything else is structured-cloned,
 * and the page gets frozen copies it cannot use to reach back into the preload.
 */
export function cloneAcrossBridge(value: unknown): unknown {
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return (...args: unknown[]) => {
      const result = fn(...args.map(cloneAcrossBridge));
      return result instanceof Promise ? result.then(cloneAcrossBridge) : cloneAcrossBridge(result);
    };
  }
  if (Array.isArray(value)) return Object.freeze(value.map(cloneAcrossBridge));
  if (isPlainObject(value)) {
    return Object.freeze(Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, cloneAcrossBridge(inner)])));
  }
  return structuredClone(value);
}

/** A plain object of any realm (the preload's context has its own `Object.prototype`). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}
