import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Autostart } from '../core/autostart';

/**
 * Linux has no login-item API in Electron: an XDG autostart entry does it
 * (~/.config/autostart/limber.desktop). `--autostart` starts Limber in the tray, window closed.
 * `command` is what starts Limber: the executable (or AppImage), and in development also the app's folder.
 */
export function linuxAutostart(command: readonly string[], configHome = process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config')): Autostart {
  const file = path.join(configHome, 'autostart', 'limber.desktop');
  return {
    state: () => ({ enabled: fs.existsSync(file), needsApproval: false }),
    set(on) {
      if (!on) return fs.rmSync(file, { force: true });
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(
        file,
        [
          '[Desktop Entry]',
          'Type=Application',
          'Name=Limber',
          'Comment=Back-care companion: posture and movement reminders',
          `Exec=${command.map((arg) => `"${arg.replace(/(["`$\\])/g, '\\$1')}"`).join(' ')} --autostart`,
          'Terminal=false',
          'X-GNOME-Autostart-enabled=true',
          '',
        ].join('\n'),
      );
    },
  };
}
