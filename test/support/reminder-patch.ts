import { DEFAULT_REMINDER_SETTINGS, storedReminderSettingsSchema, type ReminderSettings } from '../../electron/core/reminders/reminder-settings';
import type { Reminder } from '../../electron/core/reminders/reminder-list';

// Tests tune the built-in reminders in the terms they were written in (posture every 30 minutes,
// magnesium at 22:00), read through the same upgrade a journal from before reminder lists takes.

type Desk = { enabled: boolean; everyMinutes: number; breakMinutes: number };
type Daily = { enabled: boolean; time: string };
type Rules = Omit<ReminderSettings, 'reminders'>;

export type SettingsPatch = {
  posture?: Partial<Desk>;
  movement?: Partial<Desk>;
  checkIn?: Partial<Daily>;
  magnesium?: Partial<Daily>;
  /** The person's own, after the built-ins. */
  own?: Reminder[];
} & { [K in keyof Rules]?: Partial<Rules[K]> };

export function reminderSettings(patch: SettingsPatch = {}): ReminderSettings {
  const d = DEFAULT_REMINDER_SETTINGS;
  const legacy = {
    posture: { enabled: true, everyMinutes: 30, breakMinutes: 3, ...patch.posture },
    movement: { enabled: true, everyMinutes: 60, breakMinutes: 5, ...patch.movement },
    checkIn: { enabled: false, time: '20:30', ...patch.checkIn },
    magnesium: { enabled: false, time: '22:00', ...patch.magnesium },
    workingHours: { ...d.workingHours, ...patch.workingHours },
    quiet: { ...d.quiet, ...patch.quiet },
    breakScreen: { ...d.breakScreen, ...patch.breakScreen },
  };
  const settings = storedReminderSettingsSchema.parse(legacy);
  return { ...settings, reminders: [...settings.reminders, ...(patch.own ?? [])] };
}
