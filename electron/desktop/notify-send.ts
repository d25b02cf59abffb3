import { spawn, spawnSync } from 'node:child_process';
import type { DueReminder, ReminderNotifier, Response } from '../core/reminders/scheduler-ports';

const ACTIONS: readonly { response: Response; text: string }[] = [
  { response: 'done', text: 'Done' },
  { response: 'snooze-5', text: 'Snooze 5 min' },
  { response: 'snooze-10', text: 'Snooze 10 min' },
  { response: 'skip', text: 'Skip' },
];

/**
 * True where `notify-send` 0.8+ exists: it can show actions and report the one chosen (GNOME,
 * KDE, dunst…), which node-notifier on Linux cannot.
 */
export function notifySendAvailable(): boolean {
  if (process.platform !== 'linux') return false;
  const result = spawnSync('notify-send', ['--version'], { encoding: 'utf8' });
  const match = /(\d+)\.(\d+)/.exec(result.stdout ?? '');
  return result.status === 0 && match !== null && (Number(match[1]) > 0 || Number(match[2]) >= 8);
}

/**
 * Linux desktop notifications with Done / Snooze / Skip through `notify-send --wait --action`.
 * The chosen action comes back on its stdout; a click on the body opens Limber. Servers without
 * actions simply show the text, and the page's banner (or the tray) carries the choices.
 */
export function notifySendNotifier(
  respond: (id: string, response: Response) => void,
  open: (reminder: DueReminder) => void,
): ReminderNotifier {
  const serverIds = new Map<string, string>();
  return {
    show(reminder) {
      const child = spawn(
        'notify-send',
        [
          '--app-name=Limber',
          '--print-id',
          ...ACTIONS.map((a) => `--action=${a.response}=${a.text}`),
          '--action=default=Open Limber',
          reminder.title,
          reminder.body,
        ],
        { stdio: ['ignore', 'pipe', 'ignore'] },
      );
      let buffered = '';
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        buffered += chunk;
        const lines = buffered.split('\n');
        buffered = lines.pop() ?? '';
        for (const line of lines.map((l) => l.trim()).filter(Boolean)) {
          // First the server's id (to withdraw it later), then the chosen action, if any.
          if (!serverIds.has(reminder.id) && /^\d+$/.test(line)) serverIds.set(reminder.id, line);
          else if (line === 'default') open(reminder);
          else {
            const action = ACTIONS.find((a) => a.response === line);
            if (action) respond(reminder.id, action.response);
          }
        }
      });
      child.on('error', (error) => console.warn(`Limber: notify-send failed: ${error.message}`));
      child.on('exit', () => serverIds.delete(reminder.id));
    },
    withdraw(id) {
      const serverId = serverIds.get(id);
      if (!serverId) return;
      spawn(
        'dbus-send',
        [
          '--session',
          '--type=method_call',
          '--dest=org.freedesktop.Notifications',
          '/org/freedesktop/Notifications',
          'org.freedesktop.Notifications.CloseNotification',
          `uint32:${serverId}`,
        ],
        { stdio: 'ignore' },
      ).on('error', () => {});
    },
  };
}
