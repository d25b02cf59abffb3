import { BrowserWindow, nativeTheme } from 'electron';
import { APP_ORIGIN } from './app-protocol';

export function createMainWindow(preload: string, devTools: boolean, route = ''): BrowserWindow {
  const window = new BrowserWindow({
    width: 1024,
    height: 760,
    minWidth: 420,
    minHeight: 480,
    title: 'Limber',
    show: false,
    // Matches the page background so there is no white flash before first paint in dark mode.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#16181d' : '#f7f7f4',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      devTools,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html${route}`);
  return window;
}
