import type { ReminderSettings } from './reminder-settings';

// The reminders Limber starts with, and the words for any reminder's schedule. Free of zod and
// Node: the page restores a built-in from here and describes schedules with the same words.

export type Reminder = ReminderSettings['reminders'][number];
export type ReminderSchedule = Reminder['schedule'];

export const MAX_REMINDERS = 20;

const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];

/** Editable and restorable, never removed: turning one off is how it goes away. */
export const BUILT_IN_REMINDERS: readonly Reminder[] = [
  {
    id: 'posture',
    name: 'Change position',
    message: 'Shift how you sit, or stand for a moment, and move a little.',
    enabled: true,
    schedule: { type: 'desk-time', everyMinutes: 30, breakMinutes: 3 },
    routineId: null,
  },
  {
    id: 'movement',
    name: 'Movement break',
    message: 'About five minutes: stand up and walk about, or do the desk warm-up.',
    enabled: true,
    schedule: { type: 'desk-time', everyMinutes: 60, breakMinutes: 5 },
    routineId: 'desk-warm-up',
  },
  {
    id: 'checkIn',
    name: 'Evening check-in',
    message: 'How was your back today? It takes a few seconds to log.',
    enabled: false,
    schedule: { type: 'clock', times: ['20:30'], days: EVERY_DAY },
    routineId: null,
  },
  {
    id: 'magnesium',
    name: 'Magnesium',
    message: 'Your bedtime magnesium reminder. (The evidence for it is weak: see Advice.)',
    enabled: false,
    schedule: { type: 'clock', times: ['22:00'], days: EVERY_DAY },
    routineId: null,
  },
];

export const builtInReminder = (id: string): Reminder | undefined => BUILT_IN_REMINDERS.find((r) => r.id === id);

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "every day", "on weekdays", "at weekends", or "on Monday, Wednesday and Friday". */
export function daysWords(days: readonly number[]): string {
  const set = new Set(days);
  if (set.size === 7) return 'every day';
  const key = [...set].sort().join('');
  if (key === '12345') return 'on weekdays';
  if (key === '06') return 'at weekends';
  const names = [1, 2, 3, 4, 5, 6, 0].filter((d) => set.has(d)).map((d) => DAY_NAMES[d]!);
  return `on ${listWords(names)}`;
}

/** "and" between the last two: "09:30, 13:00 and 16:30". */
export function listWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const minutes = (n: number) => `${n} ${n === 1 ? 'minute' : 'minutes'}`;

/** A schedule in a few words, for the list in Settings: "Every 30 minutes at the computer (a 3-minute break restarts it)". */
export function scheduleWords(schedule: ReminderSchedule, clock: (time: string) => string = (t) => t): string {
  if (schedule.type === 'desk-time') {
    return `Every ${minutes(schedule.everyMinutes)} at the computer; a ${schedule.breakMinutes}-minute break restarts the count`;
  }
  return `At ${listWords([...schedule.times].sort().map(clock))} ${daysWords(schedule.days)}`;
}
