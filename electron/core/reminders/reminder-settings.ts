import { z } from 'zod';
import { BUILT_IN_REMINDERS, MAX_REMINDERS, type Reminder } from './reminder-list';

// What the person can set about reminders: their list of reminders, and the rules every one follows.

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 09:30');
const weekdays = z.array(z.number().int().min(0, 'must be a day of the week').max(6, 'must be a day of the week')).max(7);

const deskTime = z.strictObject({
  type: z.literal('desk-time'),
  /** Minutes of active desk time between reminders. */
  everyMinutes: z.number().int('must be a whole number').min(5, 'must be at least 5 minutes').max(240, 'must be at most 240 minutes'),
  /** Idle at least this long counts as a natural break and restarts the count. */
  breakMinutes: z.number().int('must be a whole number').min(1, 'must be at least 1 minute').max(60, 'must be at most 60 minutes'),
});

const clock = z.strictObject({
  type: z.literal('clock'),
  times: z
    .array(clockTime)
    .min(1, 'must have at least one time')
    .max(6, 'must have at most 6 times')
    .refine((times) => new Set(times).size === times.length, 'must not list the same time twice'),
  /** 0 = Sunday … 6 = Saturday. */
  days: weekdays.min(1, 'must have at least one day').refine((days) => new Set(days).size === days.length, 'must not list a day twice'),
});

export const reminderSchema = z.strictObject({
  /** Stable: the built-ins' names, or one the page makes for a new reminder. Outcomes are logged by it. */
  id: z.string().regex(/^[A-Za-z0-9-]{1,40}$/, 'must be letters, digits and dashes (at most 40)'),
  name: z.string().trim().min(1, 'must not be empty').max(40, 'must be at most 40 characters'),
  message: z.string().trim().max(200, 'must be at most 200 characters'),
  enabled: z.boolean(),
  schedule: z.discriminatedUnion('type', [deskTime, clock], { error: 'must be every so many minutes at the computer, or at set times' }),
  /** The routine its notification and banner open, if any. */
  routineId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a routine').max(80).nullable(),
});

const workingHours = z
  .strictObject({
    enabled: z.boolean(),
    /** 0 = Sunday … 6 = Saturday. */
    days: weekdays,
    start: clockTime,
    end: clockTime,
  })
  .refine((w) => w.start < w.end, { message: 'must end after it starts', path: ['end'] });

/** The rules every reminder follows, saved from Settings in one go. */
export const reminderRulesSchema = z.strictObject({
  workingHours,
  /** Which bad moments hold reminders (each detector can be turned off); all on for older journals. */
  quiet: z
    .strictObject({ call: z.boolean(), 'full-screen': z.boolean(), 'system-do-not-disturb': z.boolean() })
    .default({ call: true, 'full-screen': true, 'system-do-not-disturb': true }),
  /**
   * How a break that opens a routine shows: the banner and notification only, or also a break
   * screen with the routine and a countdown; "strict" offers no Skip for its first `strictSeconds`.
   */
  breakScreen: z
    .strictObject({
      mode: z.enum(['banner', 'screen', 'strict'], { error: 'must be banner, screen or strict' }),
      strictSeconds: z.number().int('must be a whole number').min(10, 'must be at least 10 seconds').max(300, 'must be at most 300 seconds'),
    })
    .default({ mode: 'banner', strictSeconds: 60 }),
});
export type ReminderRules = z.output<typeof reminderRulesSchema>;

export const reminderSettingsSchema = reminderRulesSchema.extend({
  reminders: z
    .array(reminderSchema)
    .max(MAX_REMINDERS, `must be at most ${MAX_REMINDERS} reminders`)
    .refine((list) => new Set(list.map((r) => r.id)).size === list.length, 'must not hold two reminders with one id'),
});
export type ReminderSettings = z.output<typeof reminderSettingsSchema>;

/**
 * Defaults from the evidence notes: change position every 30 minutes of active time, a movement
 * break of about 5 minutes after 50–60 minutes of screen work (HSE DSE). Clock ones are opt-in.
 * Working hours are off here, for journals from before the first-run welcome asked about them; the
 * welcome turns them on (Mon–Fri 09:00–17:30) unless the person chooses evenings and weekends too.
 */
export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  reminders: BUILT_IN_REMINDERS.map((r) => ({ ...r })),
  workingHours: { enabled: false, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30' },
  quiet: { call: true, 'full-screen': true, 'system-do-not-disturb': true },
  breakScreen: { mode: 'banner', strictSeconds: 60 },
};

/** Settings as stored before reminders became a list: four fixed ones. */
const fixedFour = z.looseObject({
  posture: z.strictObject({ enabled: z.boolean(), everyMinutes: z.number(), breakMinutes: z.number() }),
  movement: z.strictObject({ enabled: z.boolean(), everyMinutes: z.number(), breakMinutes: z.number() }),
  checkIn: z.strictObject({ enabled: z.boolean(), time: z.string() }),
  magnesium: z.strictObject({ enabled: z.boolean(), time: z.string() }),
});

/** Reads stored settings of any version: the fixed four become the built-in reminders, as set. */
export const storedReminderSettingsSchema = z.preprocess((raw) => {
  const old = fixedFour.safeParse(raw);
  if (!old.success) return raw;
  const { posture, movement, checkIn, magnesium, ...rules } = old.data;
  const reminders = BUILT_IN_REMINDERS.map((builtIn): Reminder => {
    const set = { posture, movement, checkIn, magnesium }[builtIn.id as 'posture' | 'movement' | 'checkIn' | 'magnesium'];
    const schedule: Reminder['schedule'] =
      'time' in set
        ? { type: 'clock', times: [set.time], days: [0, 1, 2, 3, 4, 5, 6] }
        : { type: 'desk-time', everyMinutes: set.everyMinutes, breakMinutes: set.breakMinutes };
    return { ...builtIn, enabled: set.enabled, schedule };
  });
  return { ...rules, reminders };
}, reminderSettingsSchema);
