import notifier from 'node-notifier';
import type { ReminderNotifier } from '../core/reminders/scheduler-ports';

/**
 * Desktop notifications from plain Node through node-notifier. A machine without a notification
 * service gets one warning, then the in-page banner alone.
 */
export function nodeDesktopNotifier(): ReminderNotifier {
  let warned = false;
  return {
    show(reminder) {
      notifier.notify({ title: `Limber: ${reminder.title}`, message: reminder.body }, (error) => {
        if (error && !warned) {
          warned = true;
          console.warn(`Limber preview: desktop notifications unavailable (${error.message.split('\n')[0]}); the page shows reminders.`);
        }
      });
    },
    // node-notifier cannot take a notification back; the banner in the page is withdrawn instead.
    withdraw() {},
  };
}
