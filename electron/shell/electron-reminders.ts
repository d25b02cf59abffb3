import { Notification, powerMonitor, type BrowserWindow } from 'electron';
import type { DueReminder, IdleSource, ReminderNotifier, Response, SystemEvent } from '../core/reminders/scheduler';
import { mutterIdleSeconds } from '../desktop/mutter-idle';

/**
 * Idle time from the operating system. On Wayland, Electron reports 0 forever (electron#27912):
 * there GNOME's Mutter is asked over D-Bus instead, and where nothing answers the idle time is
 * reported as unknown, so the app says natural breaks cannot be detected rather than mistaking a
 * lunch break for typing.
 */
export function electronIdleSource(): IdleSource {
  const wayland = process.platform === 'linux' && process.env.XDG_SESSION_TYPE === 'wayland';
  if (!wayland) return { idleSeconds: () => powerMonitor.getSystemIdleTime() };
  const mutter = mutterIdleSeconds() !== null;
  return { idleSeconds: () => (mutter ? mutterIdleSeconds() : null) };
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
 */
export function electronNotifier(respond: (id: string, response: Response) => void, open: (reminder: DueReminder) => void): ReminderNotifier {
  const shown = new Map<string, Notification>();
  return {
    show(reminder) {
      if (!Notification.isSupported()) return;
      const notification = new Notification({
        title: reminder.title,
        body: reminder.body,
        actions: ACTIONS.map((a) => ({ type: 'button' as const, text: a.text })),
      });
      notification.on('action', (_event, index) => {
        const action = ACTIONS[index];
        if (action) respond(reminder.id, action.response);
      });
      notification.on('click', () => open(reminder));
      notification.on('close', () => shown.delete(reminder.id));
      shown.set(reminder.id, notification);
      notification.show();
    },
    withdraw(id) {
      shown.get(id)?.close();
      shown.delete(id);
    },
  };
}

/** Sends a pushed event to the window, if one is open. */
export function sendToWindow(window: () => BrowserWindow | undefined) {
  return (event: string, payload: unknown) => window()?.webContents.send(`event:${event}`, payload);
}
