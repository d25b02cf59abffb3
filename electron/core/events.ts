import type { ReminderStatus } from './reminders/reminder-status';
import type { DueReminder } from './reminders/scheduler';

/** What the main process pushes to the page without being asked. */
export interface LimberEvents {
  reminderShown: DueReminder;
  reminderWithdrawn: { id: string };
  reminderStatus: ReminderStatus;
}
export type EventName = keyof LimberEvents;
export const EVENT_NAMES: readonly EventName[] = ['reminderShown', 'reminderWithdrawn', 'reminderStatus'];

export type Emit = <E extends EventName>(event: E, payload: LimberEvents[E]) => void;
