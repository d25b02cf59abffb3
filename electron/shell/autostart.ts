import { app } from 'electron';
import type { Autostart } from '../core/autostart';
import { linuxAutostart } from '../desktop/linux-autostart';
import { AUTOSTART_FLAG, launchCommand } from './launch';

/** Electron's login-item API on macOS and Windows; an XDG autostart entry on Linux. */
export function electronAutostart(): Autostart {
  if (process.platform === 'linux') return linuxAutostart(launchCommand());
  // Run from source, the login item must start Electron with the app's folder.
  const args = [...launchCommand().slice(1), AUTOSTART_FLAG];
  return {
    state() {
      // Windows compares the run key's arguments: asked without them it always says "off".
      const settings = app.getLoginItemSettings(process.platform === 'win32' ? { args } : undefined);
      const needsApproval = process.platform === 'darwin' && settings.status === 'requires-approval';
      return { enabled: settings.openAtLogin || needsApproval, needsApproval };
    },
    set: (on) => app.setLoginItemSettings({ openAtLogin: on, args }),
  };
}
