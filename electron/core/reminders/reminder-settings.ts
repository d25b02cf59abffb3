import { z } from 'zod';

// What the person can set about reminders. Pure: shared with the renderer's Settings page.

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 09:30');

const intervalReminder = z.strictObject({
  enabled: z.boolean(),
  /** Minutes of active desk time between reminders. */
  everyMinutes: z.number().int('must be a whole number').min(5, 'must be at least 5 minutes').max(240, 'must be at most 240 minutes'),
  /** Idle at least this long counts as a natural break and restarts the count. */
  breakMinutes: z.number().int('must be a whole number').min(1, 'must be at least 1 minute').max(60, 'must be at most 60 minutes'),
});

const dailyReminder = z.strictObject({ enabled: z.boolean(), time: clockTime });

export const reminderSettingsSchema = z.strictObject({
  posture: intervalReminder,
  movement: intervalReminder,
  checkIn: dailyReminder,
  magnesium: dailyReminder,
  workingHours: z
    .strictObject({
      enabled: z.boolean(),
      /** 0 = Sunday … 6 = Saturday. */
      days: z.array(z.number().int().min(0).max(6)).max(7),
      start: clockTime,
      end: clockTime,
    })
    .refine((w) => w.start < w.end, { message: 'must end after it starts', path: ['end'] }),
  /** Which bad moments hold reminders (each detector can be turned off); all on for older journals. */
  quiet: z
    .strictObject({ call: z.boolean(), 'full-screen': z.boolean(), 'system-do-not-disturb': z.boolean() })
    .default({ call: true, 'full-screen': true, 'system-do-not-disturb': true }),
  /**
   * How a movement break shows: the banner and notification only, or also a break screen with
   * the warm-up and a countdown; "strict" offers no Skip for its first `strictSeconds`.
   */
  breakScreen: z
    .strictObject({
      mode: z.enum(['banner', 'screen', 'strict'], { error: 'must be banner, screen or strict' }),
      strictSeconds: z.number().int('must be a whole number').min(10, 'must be at least 10 seconds').max(300, 'must be at most 300 seconds'),
    })
    .default({ mode: 'banner', strictSeconds: 60 }),
});
export type ReminderSettings = z.output<typeof reminderSettingsSchema>;

/**
 * Defaults from the evidence notes: change position every 30 minutes of active time, a movement
 * break of about 5 minutes after 50–60 minutes of screen work (HSE DSE). Daily ones are opt-in.
 * Working hours are off here, for journals from before the first-run welcome asked about them; the
 * welcome turns them on (Mon–Fri 09:00–17:30) unless the person chooses evenings and weekends too.
 */
export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  posture: { enabled: true, everyMinutes: 30, breakMinutes: 3 },
  movement: { enabled: true, everyMinutes: 60, breakMinutes: 5 },
  checkIn: { enabled: false, time: '20:30' },
  magnesium: { enabled: false, time: '22:00' },
  workingHours: { enabled: false, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30' },
  quiet: { call: true, 'full-screen': true, 'system-do-not-disturb': true },
  breakScreen: { mode: 'banner', strictSeconds: 60 },
};

export const INTERVAL_KINDS = ['movement', 'posture'] as const;
export const DAILY_KINDS = ['checkIn', 'magnesium'] as const;
export type IntervalKind = (typeof INTERVAL_KINDS)[number];
export type DailyKind = (typeof DAILY_KINDS)[number];
export type ReminderKind = IntervalKind | DailyKind;
