import { z } from 'zod';
import { checkInFactorSchema, type CheckInFactor } from '../journal/check-in-factor';
import { DEFAULT_REMINDER_SETTINGS, storedReminderSettingsSchema } from '../reminders/reminder-settings';
import { NOBODY, reportPersonSchema } from '../report/report-person';

const persistentReminderState = z.strictObject({
  pausedUntil: z.number().int().nullable(),
  doNotDisturb: z.boolean(),
  clockShown: z.record(z.string(), z.number()).default({}),
  /** Journals from before clock reminders had several times a day; read once, then dropped. */
  dailyShownOn: z.record(z.string(), z.string()).optional(),
});

/** Every setting, its type and its default. Stored as JSON per key, so adding one needs no migration. */
export const SETTINGS = {
  /** When the person confirmed the "not medical advice" notice and red flags on first run. */
  noticeAcknowledgedAt: { schema: z.number().int().nullable(), fallback: null },
  reminders: { schema: storedReminderSettingsSchema, fallback: DEFAULT_REMINDER_SETTINGS },
  /** Whether "t" on Today jumps to the usual supplement (a single-key shortcut must be switchable: WCAG 2.1.4). */
  singleKeyShortcuts: { schema: z.boolean(), fallback: true },
  /** Optional name and date of birth for the doctor report's header. */
  reportPerson: { schema: reportPersonSchema, fallback: NOBODY },
  /** The local day the red flags were last shown beside a confirmation (at most once a day). */
  redFlagsShownOn: { schema: z.string().nullable(), fallback: null },
  /** The scheduler's state that must outlive a restart: pause, do-not-disturb, clock ones shown. */
  reminderState: {
    schema: persistentReminderState,
    fallback: { pausedUntil: null, doNotDisturb: false, clockShown: {} } as z.output<typeof persistentReminderState>,
  },
  /** The person's own check-in factors, removed ones included (archived) so past answers keep a name. */
  checkInFactors: { schema: z.array(checkInFactorSchema), fallback: [] as CheckInFactor[] },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type AppSettings = { [K in SettingKey]: z.output<(typeof SETTINGS)[K]['schema']> };
