import type { ReminderStatus } from './reminders/reminder-status';
import type { DueReminder } from './reminders/scheduler-ports';

/** What the main process pushes to the page without being asked. */
export interface LimberEvents {
  reminderShown: DueReminder;
  reminderWithdrawn: { id: string };
  reminderStatus: ReminderStatus;
  /** The preview's break screen: open it as a page layout for this reminder, or close it. */
  breakScreen: { id: string; open: boolean };
}
export type EventName = keyof LimberEvents;
export const EVENT_NAMES: readonly EventName[] = ['reminderShown', 'reminderWithdrawn', 'reminderStatus', 'breakScreen'];

export type Emit = <E extends EventName>(event: E, payload: LimberEvents[E]) => void;
