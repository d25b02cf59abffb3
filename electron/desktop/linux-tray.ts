import { execFile } from 'node:child_process';

/**
 * Whether a Linux desktop shows tray icons. Electron registers a StatusNotifierItem when a
 * watcher owns `org.kde.StatusNotifierWatcher` (KDE, Cinnamon, GNOME with an AppIndicator
 * extension…), else falls back to an XEmbed icon that only X11 panels show. GNOME Shell shows
 * neither, and Electron cannot tell: a tray-only Limber would be invisible and unquittable.
 */
export async function linuxTrayShown(env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const watcher = await statusNotifierWatcher(env);
  if (watcher) return true;
  const gnome = /gnome/i.test(env.XDG_CURRENT_DESKTOP ?? '');
  return !(gnome || env.XDG_SESSION_TYPE === 'wayland');
}

/** Asks the session bus whether a StatusNotifierWatcher is registered; false when nothing answers. */
function statusNotifierWatcher(env: NodeJS.ProcessEnv): Promise<boolean> {
  return new Promise((resolve) =>
    execFile(
      'dbus-send',
      ['--session', '--print-reply', '--dest=org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus.NameHasOwner', 'string:org.kde.StatusNotifierWatcher'],
      { env, timeout: 2000 },
      (error, stdout) => resolve(!error && /boolean true/.test(stdout)),
    ),
  );
}
