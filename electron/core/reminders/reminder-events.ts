import type { Emit } from '../events';
import type { ReminderScheduler } from './scheduler';
import type { ReminderNotifier } from './scheduler-ports';

/**
 * A notifier that shows each reminder on the desktop (where the host has a way) and also pushes
 * it to the page, which shows it as a banner with the same choices.
 */
export function notifierWithEvents(desktop: ReminderNotifier | null, emit: Emit): ReminderNotifier {
  return {
    show(reminder) {
      desktop?.show(reminder);
      emit('reminderShown', reminder);
    },
    withdraw(id) {
      desktop?.withdraw(id);
      emit('reminderWithdrawn', { id });
    },
  };
}

/** Pushes the status to the page whenever it changes. Returns the unsubscribe function. */
export function pushStatus(scheduler: ReminderScheduler, emit: Emit): () => void {
  return scheduler.onChange(() => emit('reminderStatus', scheduler.status()));
}
