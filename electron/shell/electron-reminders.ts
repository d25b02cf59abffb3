import { Notification, powerMonitor, type BrowserWindow } from 'electron';
import type { DueReminder, IdleSource, ReminderNotifier, Response, SystemEvent } from '../core/reminders/scheduler-ports';
import { MutterIdle } from '../desktop/mutter-idle';

/**
 * Idle time from the operating system. Electron's powerMonitor works on X11, Windows, macOS and,
 * since Electron 38, on Wayland compositors with the ext-idle-notify protocol; elsewhere on
 * Wayland it reports 0 forever (electron#27912), which looks like constant typing. There, GNOME's
 * Mutter is asked too (asynchronously, never blocking the main process), and the larger answer
 * wins: a source that cannot see idleness only ever says 0. With neither, the idle time is
 * unknown and the app says natural breaks cannot be detected.
 */
export function electronIdleSource(): IdleSource {
  const wayland = process.platform === 'linux' && process.env.XDG_SESSION_TYPE === 'wayland';
  if (!wayland) return { idleSeconds: () => powerMonitor.getSystemIdleTime() };
  const mutter = new MutterIdle();
  let powerMonitorSeesIdle = false;
  return {
    idleSeconds() {
      const electron = powerMonitor.getSystemIdleTime();
      if (electron > 0) powerMonitorSeesIdle = true;
      if (powerMonitorSeesIdle) return electron;
      const gnome = mutter.idleSeconds();
      return gnome === null ? (mutter.unavailable ? null : electron) : Math.max(electron, gnome);
    },
  };
}

/** Forwards lock, unlock, suspend and resume to the scheduler. */
export function forwardPowerEvents(onEvent: (event: SystemEvent) => void): void {
  powerMonitor.on('lock-screen', () => onEvent('lock'));
  powerMonitor.on('unlock-screen', () => onEvent('unlock'));
  powerMonitor.on('suspend', () => onEvent('suspend'));
  powerMonitor.on('resume', () => onEvent('resume'));
}

const ACTIONS: readonly { response: Response; text: string }[] = [
  { response: 'done', text: 'Done' },
  { response: 'snooze-5', text: 'Snooze 5 min' },
  { response: 'skip', text: 'Skip' },
];

/**
 * Electron's own notifications: action buttons on macOS and Windows. A click (or a platform
 * without actions) opens the window, where the banner and the tray offer every choice.
 *
 * Each notification stays referenced until the reminder is answered or withdrawn: Electron
 * forgets the clicks of a garbage-collected notification (electron#12690), and a Windows toast
 * that was closed on screen still sits in Action Center, where its buttons must keep working.
 * One the OS refuses to show (unsigned macOS build, no AppUserModelID) opens the window instead,
 * so the reminder is seen on its banner.
 */
export function electronNotifier(respond: (id: string, response: Response) => void, open: (reminder: DueReminder) => void): ReminderNotifier {
  const shown = new Map<string, Notification>();
  const forget = (id: string) => shown.delete(id);
  return {
    show(reminder) {
      if (!Notification.isSupported()) return open(reminder);
      const notification = new Notification({
        title: reminder.title,
        body: reminder.body,
        actions: ACTIONS.map((a) => ({ type: 'button' as const, text: a.text })),
      });
      notification.on('action', (details) => {
        const action = ACTIONS[details.actionIndex];
        if (!action) return;
        forget(reminder.id);
        respond(reminder.id, action.response);
      });
      notification.on('click', () => open(reminder));
      notification.on('failed', () => {
        forget(reminder.id);
        open(reminder);
      });
      shown.set(reminder.id, notification);
      notification.show();
    },
    withdraw(id) {
      shown.get(id)?.close();
      forget(id);
    },
  };
}

/** Sends a pushed event to the window, if one is open. */
export function sendToWindow(window: () => BrowserWindow | undefined) {
  return (event: string, payload: unknown) => window()?.webContents.send(`event:${event}`, payload);
}
