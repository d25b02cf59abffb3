import { app } from 'electron';
import type { Autostart } from '../core/autostart';
import { linuxAutostart } from '../desktop/linux-autostart';

/** Electron's login-item API on macOS and Windows; an XDG autostart entry on Linux. */
export function electronAutostart(): Autostart {
  if (process.platform === 'linux') return linuxAutostart(process.env.APPIMAGE ?? process.execPath);
  return {
    enabled: () => app.getLoginItemSettings().openAtLogin,
    set: (on) => app.setLoginItemSettings({ openAtLogin: on, args: ['--autostart'] }),
  };
}
