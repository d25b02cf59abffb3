import { EventEmitter } from 'node:events';
import path from 'node:path';
import type {
  App,
  Dialog,
  LoginItemSettings,
  LoginItemSettingsOptions,
  MessageBoxSyncOptions,
  OnBeforeRequestListenerDetails,
  CallbackResponse,
  RelaunchOptions,
  SaveDialogOptions,
  SaveDialogReturnValue,
  Session,
  Settings,
  Shell,
  WebRequestFilter,
} from 'electron';
import { electronEvent, type Realm, type Shape } from './realm';

export interface AppOptions {
  /** Folder standing in for the OS's per-user application data (`appData`). */
  appData: string;
  documents: string;
  isPackaged: boolean;
  /** False when another Limber already holds the single-instance lock. */
  singleInstance: boolean;
  execPath: string;
  /** The app's folder: the project in development, resources/app.asar when packaged. */
  appPath: string;
  /** The open windows, which quitting closes first. */
  windows: () => { close(): void }[];
}

type RequestListener = (details: OnBeforeRequestListenerDetails, callback: (response: CallbackResponse) => void) => void;
type PermissionRequestHandler = Parameters<Session['setPermissionRequestHandler']>[0];
type PermissionCheckHandler = Parameters<Session['setPermissionCheckHandler']>[0];

/** `app`: the lifecycle rules (ready once, setPath before use) and what the OS sees of it. */
export class AppStandIn extends EventEmitter implements Shape<App> {
  readonly isPackaged: boolean;
  name = 'Limber';
  private readonly paths: Map<string, string>;
  private readonly readyPromise: Promise<void>;
  private resolveReady!: () => void;
  loginItems: { openAtLogin: boolean; args: string[]; path: string } = { openAtLogin: false, args: [], path: '' };

  private readonly windows: () => { close(): void }[];

  constructor(
    private readonly realm: Realm,
    private readonly options: AppOptions,
  ) {
    super();
    this.isPackaged = options.isPackaged;
    this.windows = options.windows;
    this.paths = new Map([
      ['appData', options.appData],
      ['userData', path.join(options.appData, 'Limber')],
      ['documents', options.documents],
      ['temp', path.join(options.appData, '..', 'tmp')],
    ]);
    this.readyPromise = new Promise((resolve) => (this.resolveReady = resolve));
  }

  /** Not Electron's: the OS finishing start-up. */
  becomeReady(): void {
    this.realm.ready = true;
    this.emit('will-finish-launching');
    this.resolveReady();
    this.emit('ready', electronEvent(), {});
  }

  whenReady(): Promise<void> {
    return this.readyPromise;
  }

  isReady(): boolean {
    return this.realm.ready;
  }

  getPath(name: Parameters<App['getPath']>[0]): string {
    const found = this.paths.get(name);
    if (!found) throw new Error(`Failed to get '${name}' path`);
    return found;
  }

  setPath(name: string, value: string): void {
    if (!path.isAbsolute(value)) throw new Error(`Path must be absolute: ${value}`);
    this.paths.set(name, value);
  }

  getName(): string {
    return this.name;
  }

  /** Electron: "On Windows, you have to call it after the ready event gets emitted." */
  getLocale(): string {
    if (this.realm.platform === 'win32') this.realm.mustBeReady('app.getLocale()');
    return this.realm.locale;
  }

  getVersion(): string {
    return '0.1.0';
  }

  requestSingleInstanceLock(): boolean {
    return this.options.singleInstance;
  }

  setAppUserModelId(id: string): void {
    this.realm.appUserModelId = id;
    this.realm.appUserModelIdSetBeforeReady = !this.realm.ready;
  }

  /**
   * Windows matches the run key's arguments: asked without the `args` it was set with, it says
   * `openAtLogin: false`. macOS ignores `args` and reports `wasOpenedAtLogin` and `status`.
   */
  getLoginItemSettings(options: LoginItemSettingsOptions = {}): LoginItemSettings {
    const { openAtLogin, args } = this.loginItems;
    const argsMatch = this.realm.platform !== 'win32' || JSON.stringify(options.args ?? []) === JSON.stringify(args);
    const pending = this.realm.platform === 'darwin' && this.realm.loginItemNeedsApproval;
    return {
      openAtLogin: openAtLogin && argsMatch && !pending,
      executableWillLaunchAtLogin: openAtLogin,
      wasOpenedAtLogin: this.realm.openedAtLogin,
      status: openAtLogin ? (pending ? 'requires-approval' : 'enabled') : 'not-registered',
      launchItems: [],
    };
  }

  setLoginItemSettings(settings: Settings): void {
    this.loginItems = { openAtLogin: settings.openAtLogin ?? false, args: settings.args ?? [], path: settings.path ?? this.options.execPath };
  }

  /** Electron's order: `before-quit`, windows close, `will-quit`; either can be prevented. */
  quit(): void {
    this.realm.quitCalled = true;
    const before = electronEvent();
    this.emit('before-quit', before);
    if (before.defaultPrevented) return;
    for (const window of this.windows()) window.close();
    if (this.windows().length > 0) return;
    const will = electronEvent();
    this.emit('will-quit', will);
    if (will.defaultPrevented) return;
    this.emit('quit', electronEvent(), 0);
    this.realm.exitCode ??= 0;
  }

  getAppPath(): string {
    return this.options.appPath;
  }

  exit(code = 0): void {
    this.realm.exitCode = code;
  }

  relaunch(options: RelaunchOptions = {}): void {
    this.realm.relaunches.push(options);
  }

  focus(): void {}
}

export function dialogModule(realm: Realm) {
  const answer = (options: MessageBoxSyncOptions) => realm.messageBoxAnswers.shift() ?? options.defaultId ?? 0;
  return {
    showMessageBoxSync(...args: unknown[]) {
      const options = args.at(-1) as MessageBoxSyncOptions;
      realm.mustBeReady('dialog.showMessageBoxSync');
      realm.dialogs.push({ kind: 'messageBox', options });
      return answer(options);
    },
    async showMessageBox(...args: unknown[]) {
      const options = args.at(-1) as MessageBoxSyncOptions;
      realm.dialogs.push({ kind: 'messageBox', options });
      return { response: answer(options), checkboxChecked: false };
    },
    showErrorBox(title: string, content: string) {
      // Electron allows this one before `ready` (it is how start-up failures are reported).
      realm.dialogs.push({ kind: 'error', options: { title, content } });
    },
    async showSaveDialog(...args: unknown[]): Promise<SaveDialogReturnValue> {
      const options = args.at(-1) as SaveDialogOptions;
      realm.dialogs.push({ kind: 'save', options });
      return realm.saveDialogAnswer === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: realm.saveDialogAnswer };
    },
  } satisfies Partial<Dialog>;
}

/** session.defaultSession: the handlers Limber installs, kept so tests can ask them as Chromium would. */
export function sessionModule(realm: Realm) {
  const state = {
    permissionRequest: null as PermissionRequestHandler,
    permissionCheck: null as PermissionCheckHandler,
    requestFilters: [] as { filter: WebRequestFilter; listener: RequestListener }[],
    spellChecker: true,
  };
  const defaultSession = {
    setPermissionRequestHandler: (handler: PermissionRequestHandler) => void (state.permissionRequest = handler),
    setPermissionCheckHandler: (handler: PermissionCheckHandler) => void (state.permissionCheck = handler),
    setSpellCheckerEnabled: (on: boolean) => void (state.spellChecker = on),
    webRequest: {
      onBeforeRequest(filterOrListener: WebRequestFilter | RequestListener | null, listener?: RequestListener | null) {
        if (typeof filterOrListener === 'function') state.requestFilters.push({ filter: { urls: ['<all_urls>'] }, listener: filterOrListener });
        else if (filterOrListener && listener) state.requestFilters.push({ filter: filterOrListener, listener });
      },
    },
  } satisfies Partial<Omit<Session, 'webRequest'>> & { webRequest: Partial<Session['webRequest']> };
  return {
    state,
    session: {
      get defaultSession() {
        realm.mustBeReady('session.defaultSession');
        return defaultSession;
      },
    },
  };
}

export function shellModule() {
  const opened: string[] = [];
  return { opened, shell: { openExternal: async (url: string) => void opened.push(url) } satisfies Partial<Shell> };
}
