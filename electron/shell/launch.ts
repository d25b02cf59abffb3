import path from 'node:path';
import { app } from 'electron';
import pkg from '../../package.json';

/** Passed by the login item / autostart entry: start in the tray, window closed. */
export const AUTOSTART_FLAG = '--autostart';
export const APP_ID = pkg.build.appId;

/**
 * What must be settled before anything reads the user-data folder or shows a notification, so it
 * runs first, before the single-instance lock (which lives in that folder).
 */
export function prepareAppIdentity(): void {
  // A run from source keeps a journal of its own: trying a change never migrates the real one.
  if (!app.isPackaged) app.setPath('userData', path.join(app.getPath('appData'), `${app.getName()} (development)`));
  // Windows attributes toasts to this id; the installer's Start-menu shortcut carries the same one.
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
}

/** Started by the OS at login (then Limber stays in the tray), rather than by the person. */
export function startedAtLogin(argv: readonly string[]): boolean {
  if (argv.includes(AUTOSTART_FLAG)) return true;
  // macOS ignores a login item's arguments; it says instead whether it opened the app at login.
  return process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin;
}

/** The command that starts this Limber: the AppImage file, the executable, or Electron and the app's folder. */
export function launchCommand(): string[] {
  if (process.env.APPIMAGE) return [process.env.APPIMAGE];
  return app.isPackaged ? [process.execPath] : [process.execPath, app.getAppPath()];
}

/** Starts Limber again as the person started it: never as "started at login" (that would hide the window). */
export function relaunch(): void {
  const args = process.argv.slice(1).filter((arg) => arg !== AUTOSTART_FLAG);
  // An AppImage runs from a temporary mount that goes away on exit: start the AppImage file itself.
  const appImage = process.env.APPIMAGE;
  app.relaunch(appImage ? { execPath: appImage, args } : { args });
}
