import { z } from 'zod';
import { TAKEN_KINDS } from '../core/journal/vocabulary';
import type { ItemRef, ItemView, LibraryOverview, RedFlagAttention, SearchResult, TipView } from '../core/advice/views';
import { activityPatchSchema, newActivitySchema, type Activity } from '../core/journal/activity';
import { episodePatchSchema, newEpisodeSchema, type Episode } from '../core/journal/episode';
import { checkInSchema, type CheckIn } from '../core/journal/check-in';
import { factorListSchema } from '../core/journal/check-in-factor';
import { foodPatchSchema, newFoodSchema, type FoodEntry } from '../core/journal/food';
import { dayKeySchema, idSchema, pageQuerySchema, type Page } from '../core/journal/paging';
import { timelineQuerySchema, type TimelinePage } from '../core/journal/timeline';
import { dosePatchSchema, newDoseSchema, newSupplementSchema, type Supplement, type SupplementDose } from '../core/journal/supplement';
import { DEFAULT_REMINDER_SETTINGS, reminderRulesSchema, reminderSchema, type ReminderSettings } from '../core/reminders/reminder-settings';
import type { QuietDetector } from '../core/reminders/quiet';
import type { ReminderStatus } from '../core/reminders/reminder-status';
import { reportPersonSchema } from '../core/report/report-person';
import type { AutostartView } from '../core/autostart';
import type { BackupHealth } from '../core/backup/restore-port';
import type { AppSettings } from '../core/settings/settings-schema';
import { daySpanSchema, insightsQuerySchema, type DoctorReport, type Insights } from '../core/insights/insight-types';
import type { PdfOutcome } from '../core/report/report-pdf';
import { ownRoutineIdSchema, routineIdSchema, saveRoutineSchema, type OwnRoutine } from '../core/routines/own-routine';
import type { RoutineDetail, RoutineSummary } from '../core/routines/routine-views';
import { JOURNAL_FORMAT, JOURNAL_VERSION, MAX_IMPORT_CHARS, type ImportReport, type JournalFile } from '../core/transfer/journal-file';

/**
 * One channel of the renderer ↔ main contract. Everything else (preload, preview client, IPC and
 * HTTP bindings, handler table, renderer API type) is derived from `contract`, never restated.
 */
export interface Channel<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I;
  /** A valid input: documents the channel and seeds the malformed-payload property test. */
  readonly example: z.input<I>;
  /** Carries the output type only; never set at run time. */
  readonly output?: O;
}

const channel =
  <O>() =>
  <I extends z.ZodType>(input: I, example: z.input<I>): Channel<I, O> => ({ input, example });

const nothing = z.strictObject({});
const byId = z.strictObject({ id: idSchema });
const adviceId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be an advice item id such as heat-therapy').max(80);
const deleted = channel<{ id: number; deletedAt: number }>();

export const contract = {
  journal: {
    timeline: channel<TimelinePage>()(timelineQuerySchema, { kinds: ['episode', 'activity'], text: 'heat', limit: 50 }),
    addEpisode: channel<Episode & { attention: RedFlagAttention | null }>()(newEpisodeSchema, {
      startedAt: Date.UTC(2026, 10, 25, 9, 30),
      timeZone: 'Europe/London',
      intensity: 6,
      areas: ['lower-back-left'],
      durationMinutes: 45,
      triggers: ['posture'],
      relief: ['heat'],
      reliefHelped: 2,
      notes: 'Stiff after sitting all morning',
    }),
    listEpisodes: channel<Page<Episode>>()(pageQuerySchema, { limit: 20 }),
    updateEpisode: channel<Episode>()(episodePatchSchema, { id: 1, patch: { intensity: 3 } }),
    deleteEpisode: deleted(byId, { id: 1 }),
    restoreEpisode: channel<Episode>()(byId, { id: 1 }),
    addActivity: channel<Activity>()(newActivitySchema, {
      startedAt: Date.UTC(2026, 10, 25, 12, 0),
      timeZone: 'Europe/London',
      kind: 'walk',
      minutes: 20,
      note: 'Round the park at lunch',
    }),
    listActivities: channel<Page<Activity>>()(pageQuerySchema, { limit: 20 }),
    updateActivity: channel<Activity>()(activityPatchSchema, { id: 1, patch: { minutes: 30 } }),
    deleteActivity: deleted(byId, { id: 1 }),
    restoreActivity: channel<Activity>()(byId, { id: 1 }),
    addSupplement: channel<Supplement>()(newSupplementSchema, { name: 'Magnesium', defaultDose: '200 mg' }),
    listSupplements: channel<Supplement[]>()(z.strictObject({ kind: z.enum(TAKEN_KINDS, { error: 'must be supplement or medication' }).default('supplement') }), {
      kind: 'medication',
    }),
    archiveSupplement: channel<{ id: number }>()(byId, { id: 1 }),
    takeSupplement: channel<SupplementDose>()(newDoseSchema, {
      supplementId: 1,
      startedAt: Date.UTC(2026, 10, 25, 22),
      timeZone: 'Europe/London',
    }),
    listSupplementDoses: channel<Page<SupplementDose>>()(pageQuerySchema, { limit: 20 }),
    updateSupplementDose: channel<SupplementDose>()(dosePatchSchema, { id: 1, patch: { dose: '100 mg' } }),
    deleteSupplementDose: deleted(byId, { id: 1 }),
    restoreSupplementDose: channel<SupplementDose>()(byId, { id: 1 }),
    addFood: channel<FoodEntry>()(newFoodSchema, {
      startedAt: Date.UTC(2026, 10, 25, 13),
      timeZone: 'Europe/London',
      tags: ['vegetables', 'berries'],
      note: 'Salad and blueberries',
    }),
    listFood: channel<Page<FoodEntry>>()(pageQuerySchema, { limit: 20 }),
    updateFood: channel<FoodEntry>()(foodPatchSchema, { id: 1, patch: { tags: ['nuts'] } }),
    deleteFood: deleted(byId, { id: 1 }),
    restoreFood: channel<FoodEntry>()(byId, { id: 1 }),
    saveCheckIn: channel<CheckIn & { attention: RedFlagAttention | null }>()(checkInSchema, {
      day: '2026-11-25',
      timeZone: 'Europe/London',
      pain: 3,
      stiffness: 4,
      sleep: 7,
      note: 'Better after the walk',
    }),
    checkIn: channel<CheckIn | null>()(z.strictObject({ day: dayKeySchema }), { day: '2026-11-25' }),
    listCheckIns: channel<CheckIn[]>()(
      z.strictObject({ from: dayKeySchema.optional(), limit: z.number().int().min(1).max(400).default(31) }),
      { from: '2026-11-01', limit: 31 },
    ),
    deleteCheckIn: deleted(byId, { id: 1 }),
    restoreCheckIn: channel<CheckIn>()(byId, { id: 1 }),
  },
  advice: {
    overview: channel<LibraryOverview>()(nothing, {}),
    item: channel<ItemView>()(z.strictObject({ id: adviceId }), { id: 'heat-therapy' }),
    search: channel<SearchResult>()(
      z.strictObject({
        query: z.string().max(200, 'must be at most 200 characters'),
        limit: z.number().int('must be a whole number').min(1, 'must be 1 to 50').max(50, 'must be 1 to 50').default(20),
      }),
      { query: 'magnesium', limit: 10 },
    ),
    setSaved: channel<ItemView>()(z.strictObject({ id: adviceId, saved: z.boolean() }), { id: 'heat-therapy', saved: true }),
    saved: channel<ItemRef[]>()(nothing, {}),
    nextTip: channel<TipView>()(nothing, {}),
    tipOfTheDay: channel<TipView>()(z.strictObject({ day: dayKeySchema }), { day: '2026-11-25' }),
  },
  routines: {
    list: channel<RoutineSummary[]>()(nothing, {}),
    get: channel<RoutineDetail>()(z.strictObject({ id: routineIdSchema }), { id: 'desk-warm-up' }),
    save: channel<OwnRoutine>()(saveRoutineSchema, {
      name: 'Morning stretch',
      activity: 'warm-up',
      steps: [
        { title: 'Shoulder rolls', text: 'Slowly backwards, then forwards.', seconds: 30, illustration: null },
        { title: 'Heel raises', text: 'Hold the desk for balance.', reps: 10, illustration: null },
      ],
    }),
    copy: channel<OwnRoutine>()(z.strictObject({ id: routineIdSchema }), { id: 'desk-warm-up' }),
    delete: channel<{ id: string; deletedAt: number }>()(z.strictObject({ id: ownRoutineIdSchema }), { id: 'mine-mhx4k2p0' }),
    restore: channel<OwnRoutine>()(z.strictObject({ id: ownRoutineIdSchema }), { id: 'mine-mhx4k2p0' }),
  },
  reminders: {
    status: channel<ReminderStatus>()(nothing, {}),
    settings: channel<ReminderSettings>()(nothing, {}),
    updateRules: channel<ReminderSettings>()(reminderRulesSchema, {
      workingHours: DEFAULT_REMINDER_SETTINGS.workingHours,
      quiet: DEFAULT_REMINDER_SETTINGS.quiet,
      breakScreen: DEFAULT_REMINDER_SETTINGS.breakScreen,
    }),
    saveReminder: channel<ReminderSettings>()(z.strictObject({ reminder: reminderSchema }), {
      reminder: {
        id: 'water-a1b2',
        name: 'Drink water',
        message: 'A glass of water, and a stretch on the way.',
        enabled: true,
        schedule: { type: 'clock', times: ['10:30', '15:00'], days: [1, 2, 3, 4, 5] },
        routineId: 'desk-warm-up',
      },
    }),
    removeReminder: channel<ReminderSettings>()(z.strictObject({ id: reminderSchema.shape.id }), { id: 'water-a1b2' }),
    restoreReminder: channel<ReminderSettings>()(z.strictObject({ id: reminderSchema.shape.id }), { id: 'posture' }),
    respond: channel<ReminderStatus>()(
      z.strictObject({ id: z.string().min(1).max(100), response: z.enum(['done', 'skip', 'snooze-5', 'snooze-10']) }),
      { id: 'posture-1', response: 'done' },
    ),
    pause: channel<ReminderStatus>()(z.strictObject({ for: z.enum(['30-minutes', '1-hour', 'tomorrow']) }), { for: '1-hour' }),
    resume: channel<ReminderStatus>()(nothing, {}),
    setDoNotDisturb: channel<ReminderStatus>()(z.strictObject({ on: z.boolean() }), { on: true }),
    quietDetectors: channel<readonly QuietDetector[]>()(nothing, {}),
  },
  data: {
    exportJson: channel<JournalFile>()(nothing, {}),
    exportCsv: channel<string>()(
      z.strictObject({ kind: z.enum(['episodes', 'activities', 'supplementDoses', 'food', 'checkIns']) }),
      { kind: 'episodes' },
    ),
    backups: channel<{ name: string; day: string; sizeBytes: number }[]>()(nothing, {}),
    backupHealth: channel<BackupHealth>()(nothing, {}),
    restoreBackup: channel<{ restartNeeded: boolean }>()(
      z.strictObject({ name: z.string().regex(/^limber-\d{4}-\d{2}-\d{2}\.sqlite3$/, 'must be the name of a Limber backup') }),
      { name: 'limber-2026-11-24.sqlite3' },
    ),
    importJson: channel<ImportReport>()(
      z.strictObject({ text: z.string().max(MAX_IMPORT_CHARS, 'is larger than the 64 MiB an export file can be') }),
      {
        text: JSON.stringify({
          format: JOURNAL_FORMAT,
          version: JOURNAL_VERSION,
          exportedAt: Date.UTC(2026, 10, 25),
          episodes: [],
          activities: [],
          supplements: [],
          supplementDoses: [],
          food: [],
          checkIns: [],
          checkInFactors: [],
          routines: [],
          reminders: [],
        } satisfies JournalFile),
      },
    ),
  },
  insights: {
    overview: channel<Insights>()(insightsQuerySchema, { range: '3-months', today: '2026-11-25' }),
  },
  report: {
    build: channel<DoctorReport>()(daySpanSchema, { from: '2026-09-01', to: '2026-11-25' }),
    pdfSupported: channel<{ supported: boolean }>()(nothing, {}),
    savePdf: channel<PdfOutcome>()(daySpanSchema, { from: '2026-09-01', to: '2026-11-25' }),
  },
  settings: {
    get: channel<AppSettings>()(nothing, {}),
    acknowledgeNotice: channel<AppSettings>()(nothing, {}),
    setSingleKeyShortcuts: channel<AppSettings>()(z.strictObject({ on: z.boolean() }), { on: false }),
    setReportPerson: channel<AppSettings>()(reportPersonSchema, { name: 'Alex Example', dateOfBirth: '1980-03-14' }),
    setCheckInFactors: channel<AppSettings>()(factorListSchema, {
      factors: [
        { name: 'Slept on the new mattress', type: 'yes-no' },
        { name: 'Stress', type: 'scale' },
      ],
    }),
    autostart: channel<AutostartView>()(nothing, {}),
    setAutostart: channel<AutostartView>()(z.strictObject({ on: z.boolean() }), { on: true }),
  },
} as const satisfies Record<string, Record<string, Channel>>;

export type Contract = typeof contract;
export type GroupName = keyof Contract;
export type ChannelName = { [G in GroupName]: `${G}.${keyof Contract[G] & string}` }[GroupName];
export type InputOf<C> = C extends Channel<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<C> = C extends Channel<infer I, unknown> ? z.output<I> : never;
export type OutputOf<C> = C extends Channel<z.ZodType, infer O> ? O : never;

export interface ChannelEntry {
  name: ChannelName;
  group: string;
  method: string;
  channel: Channel;
}

/** Every channel with its wire name `group.method`, in declaration order. */
export const channels: readonly ChannelEntry[] = Object.entries(contract).flatMap(([group, methods]) =>
  Object.entries(methods).map(([method, channel]) => ({
    name: `${group}.${method}` as ChannelName,
    group,
    method,
    channel: channel as Channel,
  })),
);

export function findChannel(name: string): ChannelEntry | undefined {
  return channels.find((c) => c.name === name);
}
