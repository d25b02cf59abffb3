import { BrowserWindow, nativeTheme, type WebPreferences } from 'electron';
import { APP_ORIGIN } from './app-protocol';

export interface WindowSize {
  width: number;
  height: number;
}

const MAIN: WindowSize = { width: 1024, height: 760 };
/** The tray's "Log pain…" window: just the quick form. */
export const LOG_WINDOW: WindowSize = { width: 460, height: 560 };

/** What every Limber window runs with, visible or not. */
export function secureWebPreferences(preload: string, devTools: boolean): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    // Chromium's spellchecker downloads dictionaries on Windows and Linux; Limber never goes online.
    spellcheck: false,
    devTools,
  };
}

/**
 * A Limber window with the secure settings every window gets; `route` picks the page. `inactive`
 * shows it without taking the keyboard from the window the person is typing in.
 */
export function createMainWindow(preload: string, devTools: boolean, route = '', size: WindowSize = MAIN, inactive = false): BrowserWindow {
  const window = new BrowserWindow({
    ...size,
    // The pages reflow down to 320 CSS px (test/e2e/accessibility.e2e.test.ts): let the window go that narrow.
    minWidth: Math.min(320, size.width),
    minHeight: 480,
    title: 'Limber',
    show: false,
    // Matches the page background so there is no white flash before first paint in dark mode.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#16181d' : '#f7f7f4',
    webPreferences: secureWebPreferences(preload, devTools),
  });
  window.once('ready-to-show', () => (inactive ? window.showInactive() : window.show()));
  void window.loadURL(`${APP_ORIGIN}/index.html${route}`);
  return window;
}
